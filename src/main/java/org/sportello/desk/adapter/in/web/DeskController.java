package org.sportello.desk.adapter.in.web;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.sportello.desk.application.Desk;
import org.sportello.desk.domain.Conversation;
import org.sportello.desk.domain.DeskMessage;
import org.sportello.shared.RequestRefused;
import org.sportello.shared.Violation;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agents' desk, for bank operators (HTTP Basic, as the rest of the admin API): the open
 * conversations, each one's lines, an answer into the customer's chat, closing. The chat's
 * platform id never leaves the server: for the web chat it is the browser's credential.
 */
@RestController
@RequestMapping(path = "/api/v1/admin/desk/conversations", produces = MediaType.APPLICATION_JSON_VALUE)
class DeskController {

    /** @param customerId the bank's id of the customer whose chat it is; null when the chat was not linked */
    record ConversationView(String id, String channel, String customerId, String language, String reason, String status,
                            Instant openedAt, Instant closedAt, String closedBy, List<MessageView> messages) {

        static ConversationView of(Conversation conversation, List<MessageView> messages) {
            return new ConversationView(conversation.id(), conversation.chat().channel().name().toLowerCase(Locale.ROOT),
                    conversation.customer() == null ? null : conversation.customer().value(), conversation.language().code(),
                    conversation.reason(), conversation.status().name(), conversation.openedAt(), conversation.closedAt(),
                    conversation.closedBy(), messages);
        }
    }

    record MessageView(long seq, String author, String agent, String text, Instant at) {

        static MessageView of(DeskMessage message) {
            return new MessageView(message.seq(), message.author().name(), message.agent(), message.text(), message.at());
        }
    }

    record ReplyRequest(String text) {
    }

    private final Desk desk;

    DeskController(Desk desk) {
        this.desk = desk;
    }

    /** Without their lines: open one to read it. */
    @GetMapping
    List<ConversationView> list(@RequestParam(name = "status", defaultValue = "OPEN") String status) {
        return desk.conversations(status(status)).stream().map(conversation -> ConversationView.of(conversation, null)).toList();
    }

    @GetMapping("/{id}")
    ConversationView conversation(@PathVariable String id) {
        return ConversationView.of(desk.conversation(id), desk.messagesOf(id).stream().map(MessageView::of).toList());
    }

    @PostMapping(path = "/{id}/replies", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<MessageView> reply(@PathVariable String id, @RequestBody ReplyRequest reply, Principal agent) {
        MessageView line = MessageView.of(desk.reply(id, agent.getName(), reply.text()));
        return ResponseEntity.created(URI.create("/api/v1/admin/desk/conversations/" + id)).body(line);
    }

    /** Closing a closed conversation changes nothing and answers the same. */
    @PostMapping("/{id}/close")
    ConversationView close(@PathVariable String id, Principal agent) {
        desk.close(id, agent.getName());
        return conversation(id);
    }

    private static Conversation.Status status(String status) {
        try {
            return Conversation.Status.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String detail = "OPEN or CLOSED, got '" + (status.length() > 20 ? status.substring(0, 20) + "…" : status) + "'";
            throw new RequestRefused(RequestRefused.Reason.INVALID, "invalid-desk-request", "Invalid desk request", "status: " + detail,
                    List.of(Violation.ofField("status", detail)));
        }
    }
}

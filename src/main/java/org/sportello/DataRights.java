package org.sportello;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sportello.bank.CustomerRecords;
import org.sportello.bank.Customers;
import org.sportello.channel.Transcripts;
import org.sportello.desk.DeskRecords;
import org.sportello.notify.OutboxRecords;
import org.sportello.consent.ConsentAdministration;
import org.sportello.consent.ConsentCheck;
import org.sportello.shared.Channel;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.CustomerId;
import org.sportello.shared.RequestRefused;
import org.sportello.shared.Violation;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Data subjects' rights (GDPR articles 15 and 17), for the bank's operators: a JSON export of
 * everything held about a customer or a chat identity, and erasure of a chat identity's
 * conversation and links. What is kept after erasure, and why, is in docs/privacy.md.
 */
@RestController
@RequestMapping(path = "/api/v1/admin", produces = MediaType.APPLICATION_JSON_VALUE)
class DataRights {

    private final ConsentAdministration consents;
    private final CustomerRecords records;
    private final Customers customers;
    private final Transcripts transcripts;
    private final OutboxRecords outbox;
    private final DeskRecords desk;

    DataRights(ConsentAdministration consents, CustomerRecords records, Customers customers, Transcripts transcripts,
               OutboxRecords outbox, DeskRecords desk) {
        this.consents = consents;
        this.records = records;
        this.customers = customers;
        this.transcripts = transcripts;
        this.outbox = outbox;
        this.desk = desk;
    }

    @GetMapping("/customers/{customerId}/export")
    Map<String, Object> exportCustomer(@PathVariable String customerId, Principal operator) {
        CustomerId customer = new CustomerId(customerId);
        ConsentCheck.Granted grant = consents.exportGrant(customer, operator.getName());
        if (customers.profileOf(grant).isEmpty()) {
            throw new RequestRefused(RequestRefused.Reason.NOT_FOUND, "unknown-customer", "Unknown customer",
                    "no customer has id '" + customerId + "'");
        }
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("customerId", customerId);
        export.put("bank", records.exportOf(grant));
        export.put("consents", consents.consentsOf(customer));
        List<Map<String, Object>> chats = new ArrayList<>();
        for (ChatAddress chat : consents.chatsOf(customer)) {
            chats.add(chat(chat));
        }
        export.put("chats", chats);
        export.put("audit", consents.auditOf(customer));
        return export;
    }

    @GetMapping("/chats/{channel}/{chatUserId}/export")
    Map<String, Object> exportChat(@PathVariable String channel, @PathVariable String chatUserId) {
        return chat(address(channel, chatUserId));
    }

    /**
     * Erases the chat identity's conversation and links (revoking an active one first). The audit
     * trail and the bank's transactions stay: the law requires them (docs/privacy.md).
     */
    @DeleteMapping("/chats/{channel}/{chatUserId}")
    Map<String, Object> eraseChat(@PathVariable String channel, @PathVariable String chatUserId, Principal operator) {
        ChatAddress chat = address(channel, chatUserId);
        int links = consents.erase(chat, operator.getName());
        int lines = transcripts.erase(chat) + outbox.erase(chat) + desk.erase(chat);
        Map<String, Object> erased = new LinkedHashMap<>();
        erased.put("consentsErased", links);
        erased.put("messagesErased", lines);
        erased.put("kept", "the audit trail of consents and data accesses (by consent id, without chat identity or"
                + " message text) and the bank's own records, which the law requires the bank to keep");
        return erased;
    }

    private Map<String, Object> chat(ChatAddress chat) {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("channel", chat.channel().name());
        export.put("consents", consents.consentsOf(chat));
        // The web chat's transcript; for the platforms, the copies of what Sportello sent there (the
        // platform keeps the conversation itself).
        export.put("messages", chat.channel() == org.sportello.shared.Channel.WEB ? transcripts.of(chat) : outbox.of(chat));
        export.put("agentConversations", desk.of(chat));
        export.put("audit", consents.auditOf(chat));
        return export;
    }

    private static ChatAddress address(String channel, String chatUserId) {
        Optional<Channel> known = java.util.Arrays.stream(Channel.values())
                .filter(value -> value.name().equals(channel.toUpperCase(Locale.ROOT))).findFirst();
        if (known.isEmpty()) {
            String detail = "unknown channel '" + channel + "'; one of " + java.util.Arrays.toString(Channel.values()).toLowerCase(Locale.ROOT);
            throw new RequestRefused(RequestRefused.Reason.NOT_FOUND, "unknown-channel", "Unknown channel", detail,
                    List.of(Violation.ofField("channel", detail)));
        }
        return new ChatAddress(known.get(), chatUserId);
    }
}

package org.sportello.channel.adapter.in.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.sportello.bank.CustomerProfile;
import org.sportello.bank.Customers;
import org.sportello.channel.application.WebChat;
import org.sportello.channel.application.WebChatProperties;
import org.sportello.channel.domain.ChatMessage;
import org.sportello.consent.AccessPurpose;
import org.sportello.consent.ConsentCheck;
import org.sportello.consent.Consents;
import org.sportello.consent.LinkedChat;
import org.sportello.consent.UnlinkReason;
import org.sportello.notify.NotificationPreferences;
import org.sportello.notify.NotificationSettings;
import org.sportello.notify.QuickReply;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.IdGenerator;
import org.sportello.shared.Language;
import org.sportello.shared.RequestRefused;
import org.sportello.shared.Scope;
import org.sportello.shared.Secrets;
import org.sportello.shared.RequestRefused.Reason;
import org.sportello.shared.Violation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The web chat's HTTP side. A browser is known by the {@value #COOKIE} cookie, a random chat
 * identity; the customer links it to their bank account at the bank ({@code /link/start}), and
 * until then the assistant can talk but reads nothing.
 */
@RestController
@RequestMapping(path = "/api/v1/webchat", produces = MediaType.APPLICATION_JSON_VALUE)
class WebChatController {

    static final String COOKIE = "sportello_chat";
    static final Duration COOKIE_LIFETIME = Duration.ofDays(365);
    static final int CLIENT_ID_CHARS_MAX = 64;

    /** 32 random bytes: the chat identity is the browser's credential. */
    static final int CHAT_USER_ID_BYTES = 32;

    private final WebChat chat;
    private final SseLiveDelivery live;
    private final Consents consents;
    private final Customers customers;
    private final IdGenerator ids;
    private final Secrets secrets;
    private final WebChatProperties properties;
    private final NotificationSettings settings;

    WebChatController(WebChat chat, SseLiveDelivery live, Consents consents, Customers customers, IdGenerator ids,
                      Secrets secrets, WebChatProperties properties, NotificationSettings settings) {
        this.settings = settings;
        this.chat = chat;
        this.live = live;
        this.consents = consents;
        this.customers = customers;
        this.ids = ids;
        this.secrets = secrets;
        this.properties = properties;
    }

    record Session(boolean linked, String name, String givenName, String language) {
    }

    record Say(String text, String clientId, String payload, String language) {
    }

    /**
     * The browser's chat: a new browser gets its chat identity (a random credential in an
     * HttpOnly cookie) and the assistant's introduction; a linked one the customer's name.
     */
    @GetMapping("/session")
    ResponseEntity<Session> session(@CookieValue(name = COOKIE, required = false) String chatUserId,
                                    @RequestParam(name = "lang", required = false) String lang, HttpServletRequest request) {
        Language asked = language(lang, request);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        String user = chatUserId;
        if (!isChatUserId(user)) {
            user = secrets.token(CHAT_USER_ID_BYTES);
            ResponseCookie cookie = ResponseCookie.from(COOKIE, user)
                    .httpOnly(true).sameSite("Lax").path("/").secure(request.isSecure()).maxAge(COOKIE_LIFETIME).build();
            answer.header(HttpHeaders.SET_COOKIE, cookie.toString());
            chat.start(user, asked);
        }
        ChatAddress address = ChatAddress.web(user);
        Optional<LinkedChat> link = consents.linkOf(address);
        if (link.isEmpty()) {
            return answer.body(new Session(false, null, null, asked.code()));
        }
        Optional<CustomerProfile> profile = consents.check(address, Scope.ACCOUNTS, AccessPurpose.ANSWER)
                instanceof ConsentCheck.Granted granted ? customers.profileOf(granted) : Optional.empty();
        return answer.body(new Session(true, profile.map(CustomerProfile::displayName).orElse(null),
                profile.map(CustomerProfile::givenName).orElse(null), link.get().language().code()));
    }

    /**
     * Forgets this browser: the web chat's equivalent of a platform's unlink event. The link ends
     * and the cookie goes; the transcript stays until the customer asks for erasure.
     */
    @PostMapping("/sign-out")
    ResponseEntity<Void> signOut(@CookieValue(name = COOKIE, required = false) String chatUserId) {
        if (isChatUserId(chatUserId)) {
            consents.unlink(ChatAddress.web(chatUserId), UnlinkReason.PLATFORM);
        }
        ResponseCookie expired = ResponseCookie.from(COOKIE, "").path("/").maxAge(Duration.ZERO).build();
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, expired.toString()).build();
    }

    /** The linked chat's notification preferences. */
    @GetMapping("/preferences")
    NotificationPreferences preferences(@CookieValue(name = COOKIE, required = false) String chatUserId) {
        return settings.of(linkedChat(chatUserId).linkId());
    }

    @PutMapping(path = "/preferences", consumes = MediaType.APPLICATION_JSON_VALUE)
    NotificationPreferences setPreferences(@CookieValue(name = COOKIE, required = false) String chatUserId,
                                           @RequestBody NotificationPreferences preferences) {
        LinkedChat link = linkedChat(chatUserId);
        if (preferences == null) {
            throw invalid("preferences", "required: the preferences as GET returns them");
        }
        return settings.set(link.linkId(), preferences);
    }

    private LinkedChat linkedChat(String chatUserId) {
        return consents.linkOf(ChatAddress.web(chatUser(chatUserId))).orElseThrow(() -> new RequestRefused(Reason.FORBIDDEN,
                "chat-not-linked", "Chat not linked", "this chat is not linked to a bank account; link it first (/link/start)"));
    }

    @GetMapping("/messages")
    List<WireMessage> history(@CookieValue(name = COOKIE, required = false) String chatUserId,
                              @RequestParam(name = "after", defaultValue = "0") long after) {
        String user = chatUser(chatUserId);
        return chat.history(user, after, properties.historyMessages()).stream().map(WireMessage::of).toList();
    }

    @PostMapping(path = "/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<WireMessage> say(@CookieValue(name = COOKIE, required = false) String chatUserId, @RequestBody Say say) {
        String user = chatUser(chatUserId);
        if (say == null || say.text() == null || say.text().isBlank()) {
            throw invalid("text", "required: what the customer typed");
        }
        if (say.text().length() > WebChat.TEXT_CHARS_MAX) {
            throw invalid("text", "must be at most " + WebChat.TEXT_CHARS_MAX + " characters, got " + say.text().length());
        }
        String clientId = say.clientId() == null ? ids.newId() : say.clientId();
        if (!clientId.matches("[A-Za-z0-9_-]{1," + CLIENT_ID_CHARS_MAX + "}")) {
            throw invalid("clientId", "must be 1 to " + CLIENT_ID_CHARS_MAX + " letters, digits, '-' or '_'");
        }
        if (say.payload() != null && !QuickReply.isPayload(say.payload())) {
            throw invalid("payload", "must be 1 to " + QuickReply.PAYLOAD_CHARS_MAX
                    + " printable ASCII characters, as a quick reply's payload or LOCATION:lat,lon");
        }
        Language language = say.language() == null ? null : Language.fromTag(say.language()).orElse(null);
        ChatMessage said = chat.receive(user, clientId, say.text(), say.payload(), language);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(WireMessage.of(said));
    }

    /**
     * Server-sent events: first what came after {@code after} (or the Last-Event-ID the browser
     * sends when it reconnects), then every new line as it is written.
     */
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@CookieValue(name = COOKIE, required = false) String chatUserId,
                      @RequestParam(name = "after", defaultValue = "0") long after,
                      @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
                      HttpServletResponse response) {
        String user = chatUser(chatUserId);
        long seen = Math.max(after, parseSeq(lastEventId));
        response.setHeader("X-Accel-Buffering", "no"); // nginx: do not buffer the stream
        // Registered before the catch-up read, so nothing written in between is missed;
        // the browser drops a line it already has by its seq.
        SseEmitter emitter = live.open(user);
        for (ChatMessage missed : chat.history(user, seen, properties.historyMessages())) {
            live.send(emitter, missed);
        }
        return emitter;
    }

    private String chatUser(String chatUserId) {
        if (!isChatUserId(chatUserId)) {
            throw new RequestRefused(Reason.UNAUTHENTICATED, "no-chat-session", "No chat session",
                    "this browser has no chat session yet; open the chat page (GET /api/v1/webchat/session) first");
        }
        return chatUserId;
    }

    static boolean isChatUserId(String value) {
        return value != null && value.matches("[A-Za-z0-9_-]{8,64}");
    }

    static Language language(String lang, HttpServletRequest request) {
        return Language.fromTag(lang).or(() -> Language.fromTag(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))).orElse(Language.IT);
    }

    private static long parseSeq(String lastEventId) {
        if (lastEventId == null || !lastEventId.matches("[0-9]{1,18}")) {
            return 0;
        }
        return Long.parseLong(lastEventId);
    }

    private static RequestRefused invalid(String field, String detail) {
        return new RequestRefused(Reason.INVALID, "invalid-chat-request", "Invalid chat request",
                field + ": " + detail, List.of(Violation.ofField(field, detail)));
    }
}

package org.sportello.channel.adapter.in.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.sportello.bank.CustomerProfile;
import org.sportello.bank.Customers;
import org.sportello.bank.DemoCustomers;
import org.sportello.channel.application.WebChat;
import org.sportello.channel.application.WebChatProperties;
import org.sportello.channel.domain.ChatMessage;
import org.sportello.consent.Consents;
import org.sportello.consent.LinkedChat;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.IdGenerator;
import org.sportello.shared.Language;
import org.sportello.shared.RequestRefused;
import org.sportello.shared.RequestRefused.Reason;
import org.sportello.shared.Violation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The web chat's HTTP side. A browser is known by the {@value #COOKIE} cookie, a random id that
 * the demo sign-in links to a demo customer; everything else needs that link.
 */
@RestController
@RequestMapping(path = "/api/v1/webchat", produces = MediaType.APPLICATION_JSON_VALUE)
class WebChatController {

    static final String COOKIE = "sportello_chat";
    static final Duration COOKIE_LIFETIME = Duration.ofDays(365);
    static final int CLIENT_ID_CHARS_MAX = 64;

    private final WebChat chat;
    private final SseLiveDelivery live;
    private final Consents consents;
    private final Customers customers;
    private final ObjectProvider<DemoCustomers> demo;
    private final IdGenerator ids;
    private final WebChatProperties properties;

    WebChatController(WebChat chat, SseLiveDelivery live, Consents consents, Customers customers,
                      ObjectProvider<DemoCustomers> demo, IdGenerator ids, WebChatProperties properties) {
        this.chat = chat;
        this.live = live;
        this.consents = consents;
        this.customers = customers;
        this.demo = demo;
        this.ids = ids;
        this.properties = properties;
    }

    record DemoCustomer(String id, String name, String language) {
    }

    record SignIn(String customerId) {
    }

    record Session(String name, String givenName, String language) {
    }

    record Say(String text, String clientId, String payload, String language) {
    }

    @GetMapping("/demo-customers")
    List<DemoCustomer> demoCustomers() {
        return demoBank().list().stream()
                .map(profile -> new DemoCustomer(profile.id().value(), profile.displayName(), profile.language().code()))
                .toList();
    }

    @PostMapping(path = "/demo-sign-in", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Session> signIn(@RequestBody SignIn signIn,
                                   @CookieValue(name = COOKIE, required = false) String chatUserId,
                                   HttpServletRequest request) {
        if (signIn == null || signIn.customerId() == null || signIn.customerId().isBlank()) {
            throw invalid("customerId", "required: the id of a demo customer from /api/v1/webchat/demo-customers");
        }
        CustomerProfile customer = demoBank().list().stream()
                .filter(profile -> profile.id().value().equals(signIn.customerId()))
                .findFirst()
                .orElseThrow(() -> new RequestRefused(Reason.NOT_FOUND, "unknown-demo-customer", "Unknown demo customer",
                        "no demo customer has id '" + signIn.customerId() + "'; pick one from /api/v1/webchat/demo-customers"));
        String user = isChatUserId(chatUserId) ? chatUserId : ids.newId();
        consents.linkDemoCustomer(ChatAddress.web(user), customer.id());
        ResponseCookie cookie = ResponseCookie.from(COOKIE, user)
                .httpOnly(true).sameSite("Lax").path("/").secure(request.isSecure()).maxAge(COOKIE_LIFETIME).build();
        return ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, cookie.toString()).body(session(customer));
    }

    @PostMapping("/sign-out")
    ResponseEntity<Void> signOut(@CookieValue(name = COOKIE, required = false) String chatUserId) {
        if (isChatUserId(chatUserId)) {
            consents.unlink(ChatAddress.web(chatUserId));
        }
        ResponseCookie expired = ResponseCookie.from(COOKIE, "").path("/").maxAge(Duration.ZERO).build();
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, expired.toString()).build();
    }

    @GetMapping("/session")
    Session session(@CookieValue(name = COOKIE, required = false) String chatUserId) {
        LinkedChat link = linked(chatUserId);
        return customers.find(link.customer()).map(WebChatController::session).orElseThrow(this::notSignedIn);
    }

    @GetMapping("/messages")
    List<WireMessage> history(@CookieValue(name = COOKIE, required = false) String chatUserId,
                              @RequestParam(name = "after", defaultValue = "0") long after) {
        LinkedChat link = linked(chatUserId);
        return chat.history(link.address().userId(), after, properties.historyMessages()).stream().map(WireMessage::of).toList();
    }

    @PostMapping(path = "/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<WireMessage> say(@CookieValue(name = COOKIE, required = false) String chatUserId, @RequestBody Say say) {
        LinkedChat link = linked(chatUserId);
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
        if (say.payload() != null && say.payload().length() > 64) {
            throw invalid("payload", "must be at most 64 characters");
        }
        Language language = say.language() == null ? null : Language.fromTag(say.language()).orElse(null);
        ChatMessage said = chat.receive(link.address().userId(), clientId, say.text(), say.payload(), language);
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
        LinkedChat link = linked(chatUserId);
        String user = link.address().userId();
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

    private DemoCustomers demoBank() {
        DemoCustomers bank = demo.getIfAvailable();
        if (bank == null) {
            throw new RequestRefused(Reason.NOT_FOUND, "demo-off", "Demo bank is off",
                    "demo sign-in is available only while sportello.demo.enabled is true");
        }
        return bank;
    }

    private LinkedChat linked(String chatUserId) {
        if (!isChatUserId(chatUserId)) {
            throw notSignedIn();
        }
        Optional<LinkedChat> link = consents.linkOf(ChatAddress.web(chatUserId));
        return link.orElseThrow(this::notSignedIn);
    }

    private RequestRefused notSignedIn() {
        return new RequestRefused(Reason.UNAUTHENTICATED, "not-signed-in", "Not signed in",
                "this browser is not linked to a customer; sign in from the start page");
    }

    private static boolean isChatUserId(String value) {
        return value != null && value.matches("[A-Za-z0-9-]{8,64}");
    }

    private static long parseSeq(String lastEventId) {
        if (lastEventId == null || !lastEventId.matches("[0-9]{1,18}")) {
            return 0;
        }
        return Long.parseLong(lastEventId);
    }

    private static Session session(CustomerProfile profile) {
        return new Session(profile.displayName(), profile.givenName(), profile.language().code());
    }

    private static RequestRefused invalid(String field, String detail) {
        return new RequestRefused(Reason.INVALID, "invalid-chat-request", "Invalid chat request",
                field + ": " + detail, List.of(Violation.ofField(field, detail)));
    }
}

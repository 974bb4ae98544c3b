package org.sportello.consent.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sportello.bank.AuthorisationRefused;
import org.sportello.bank.AuthorisationReplayed;
import org.sportello.bank.Authorisations;
import org.sportello.bank.AuthorisedConsent;
import org.sportello.consent.AccountLinked;
import org.sportello.consent.Linking;
import org.sportello.consent.LinkingDeclined;
import org.sportello.consent.LinkingResult;
import org.sportello.consent.UnlinkReason;
import org.sportello.consent.domain.Link;
import org.sportello.consent.domain.audit.AuditKind;
import org.sportello.consent.domain.audit.AuditRecord;
import org.sportello.shared.Channel;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.Digests;
import org.sportello.shared.IdGenerator;
import org.sportello.shared.Language;
import org.sportello.shared.Secrets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The gateway's half of linking: state and PKCE out, code and verifier back. */
@Service
@Transactional
class LinkingService implements Linking {

    private static final Logger log = LoggerFactory.getLogger(LinkingService.class);

    /** 32 random bytes: 43 characters, the PKCE verifier's recommended strength (RFC 7636). */
    static final int SECRET_BYTES = 32;
    /** Link buttons a chat may still hold: the newest requests that a platform's code is tried against. */
    static final int PLATFORM_REQUESTS_TRIED = 10;

    private final LinkStore links;
    private final ConsentRegister register;
    private final Authorisations bank;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final IdGenerator ids;
    private final Secrets secrets;
    private final ConsentProperties properties;
    private final String publicUrl;

    LinkingService(LinkStore links, ConsentRegister register, Authorisations bank, AuditTrail audit,
                   ApplicationEventPublisher events, Clock clock, IdGenerator ids, Secrets secrets, ConsentProperties properties,
                   @Value("${sportello.public-url:http://localhost:8080}") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.links = links;
        this.register = register;
        this.bank = bank;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.ids = ids;
        this.secrets = secrets;
        this.properties = properties;
    }

    @Override
    public LinkingStart start(ChatAddress chat, Language language, String redirectUri, String accountLinkingToken) {
        Instant now = clock.instant();
        String state = secrets.token(SECRET_BYTES);
        String verifier = secrets.token(SECRET_BYTES);
        Link link = Link.awaiting(ids.newId(), chat, language, now);
        links.insertAwaiting(link, Digests.sha256Hex(state), verifier, redirectUri);
        audit.record(new AuditRecord(AuditKind.LINK_REQUESTED, link.id(), null, null, null, ConsentRegister.actor(chat), null, now));
        String url = properties.bankUrl()
                + "?account_linking_token=" + encode(accountLinkingToken)
                + "&redirect_uri=" + encode(redirectUri)
                + "&state=" + encode(state)
                + "&code_challenge=" + challenge(verifier)
                + "&code_challenge_method=S256"
                + "&lang=" + language.code();
        return new LinkingStart(link.id(), url);
    }

    @Override
    public LinkingStart startOnPlatform(ChatAddress chat, Language language) {
        Instant now = clock.instant();
        String state = secrets.token(SECRET_BYTES);
        String verifier = secrets.token(SECRET_BYTES);
        Link link = Link.awaiting(ids.newId(), chat, language, now);
        links.insertAwaiting(link, Digests.sha256Hex(state), verifier, null);
        audit.record(new AuditRecord(AuditKind.LINK_REQUESTED, link.id(), null, null, null, ConsentRegister.actor(chat), null, now));
        String base = properties.bankUrl().startsWith("/") ? publicUrl + properties.bankUrl() : properties.bankUrl();
        return new LinkingStart(link.id(), base + "?state=" + encode(state) + "&code_challenge=" + challenge(verifier)
                + "&code_challenge_method=S256&lang=" + language.code());
    }

    @Override
    public LinkingResult complete(ChatAddress browser, String state, String authorizationCode, String error) {
        Optional<LinkStore.Pending> found = state == null || state.isBlank() ? Optional.empty()
                : links.byStateHash(Digests.sha256Hex(state)).filter(pending -> pending.link().address().channel() != Channel.WEB
                        || pending.link().address().equals(browser));
        if (found.isEmpty()) {
            return new LinkingResult.Failed(LinkingResult.Failure.STATE_MISMATCH,
                    "the state parameter matches no linking request of this chat");
        }
        return complete(found.get(), authorizationCode, error);
    }

    /**
     * Messenger's event names no request: each link button the chat was sent started one, and the
     * customer may have tapped any. The code is bound to one verifier; the newest requests are
     * tried first, and a verifier that does not match moves on to the next.
     */
    @Override
    public LinkingResult completeOnPlatform(ChatAddress chat, String authorizationCode) {
        List<LinkStore.Pending> waiting = links.awaitingOf(chat, PLATFORM_REQUESTS_TRIED);
        if (waiting.isEmpty()) {
            return new LinkingResult.Failed(LinkingResult.Failure.STATE_MISMATCH, "this chat has no linking request waiting");
        }
        LinkingResult result = null;
        for (LinkStore.Pending pending : waiting) {
            result = complete(pending, authorizationCode, null, true);
            if (result != null) {
                return result;
            }
        }
        return new LinkingResult.Failed(LinkingResult.Failure.CODE_REFUSED,
                "code_verifier does not match the code_challenge the linking started with");
    }

    private LinkingResult complete(LinkStore.Pending pending, String authorizationCode, String error) {
        return complete(pending, authorizationCode, error, false);
    }

    /** @param tryingRequests null instead of a refusal when the code belongs to another request of the chat */
    private LinkingResult complete(LinkStore.Pending pending, String authorizationCode, String error, boolean tryingRequests) {
        Instant now = clock.instant();
        Link request = pending.link();
        ChatAddress chat = request.address();
        if (request.status() != Link.Status.AWAITING_AUTHORISATION) {
            return new LinkingResult.Failed(LinkingResult.Failure.ALREADY_COMPLETED,
                    "this linking request is already " + request.status());
        }
        if (!now.isBefore(request.requestedAt().plus(properties.requestValidity()))) {
            links.update(request.expired(now), Link.Status.AWAITING_AUTHORISATION);
            return new LinkingResult.Failed(LinkingResult.Failure.REQUEST_EXPIRED,
                    "more than " + properties.requestValidity().toMinutes() + " minutes passed since the linking started");
        }
        if (error != null && !error.isBlank()) {
            Link rejected = request.rejected(now);
            if (links.update(rejected, Link.Status.AWAITING_AUTHORISATION)) {
                audit.record(new AuditRecord(AuditKind.LINK_REJECTED, request.id(), null, null, null, "bank", limit(error), now));
                events.publishEvent(new LinkingDeclined(request.id(), chat, request.language()));
            }
            return new LinkingResult.Declined();
        }
        AuthorisedConsent consent;
        try {
            consent = bank.redeem(authorizationCode == null ? "" : authorizationCode, pending.redirectUri(), pending.codeVerifier());
        } catch (AuthorisationRefused refused) {
            if (tryingRequests && refused.reason() == AuthorisationRefused.Reason.VERIFIER_MISMATCH) {
                return null;
            }
            log.info("linking request {} refused by the bank: {}", request.id(), refused.reason());
            return new LinkingResult.Failed(LinkingResult.Failure.CODE_REFUSED, refused.getMessage());
        }
        Optional<Link> previous = links.authorisedOf(chat);
        previous.ifPresent(old -> register.revoke(old, Link.EndReason.RENEWED, null, "system"));
        Link linked = request.authorised(consent.customer(), consent.scopes(), now, consent.expiresAt(), consent.grantId(),
                consent.language());
        if (!links.update(linked, Link.Status.AWAITING_AUTHORISATION)) {
            return new LinkingResult.Failed(LinkingResult.Failure.ALREADY_COMPLETED, "this linking request completed meanwhile");
        }
        audit.record(new AuditRecord(AuditKind.LINK_AUTHORISED, linked.id(), linked.customer(), null, null, "bank",
                "scopes " + String.join(",", linked.scopes().stream().map(Enum::name).sorted().toList()), now));
        events.publishEvent(new AccountLinked(linked.id(), chat, linked.customer(), linked.scopes(), linked.expiresAt(),
                linked.language(), previous.isPresent()));
        return new LinkingResult.Linked(ConsentRegister.view(linked), previous.isPresent());
    }

    /** The bank saw a code used twice: whatever it opened is cut off. */
    @ApplicationModuleListener
    void on(AuthorisationReplayed replayed) {
        links.byBankGrant(replayed.grantId())
                .filter(link -> link.status() == Link.Status.AUTHORISED)
                .ifPresent(link -> register.revoke(link, Link.EndReason.CODE_REPLAYED, UnlinkReason.SECURITY, "bank"));
    }

    static String challenge(String verifier) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Digests.sha256(verifier));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String limit(String text) {
        return text.length() <= 100 ? text : text.substring(0, 100);
    }
}

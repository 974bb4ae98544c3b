package org.sportello.bank.application;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sportello.bank.AuthorisationRefused;
import org.sportello.bank.AuthorisationReplayed;
import org.sportello.bank.Authorisations;
import org.sportello.bank.AuthorisedConsent;
import org.sportello.bank.application.LinkRequestRefused.Problem;
import org.sportello.bank.domain.linking.LinkAttempt;
import org.sportello.bank.domain.linking.LinkAttempt.Refusal;
import org.sportello.bank.domain.linking.LinkAttempt.Stage;
import org.sportello.bank.domain.linking.LinkAttempt.Step;
import org.sportello.shared.Digests;
import org.sportello.shared.IdGenerator;
import org.sportello.shared.Language;
import org.sportello.shared.Scope;
import org.sportello.shared.Secrets;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bank's side of account linking: its pages' steps (login, one-time code, consent) and its
 * token endpoint, which exchanges the authorization code for the consent given.
 */
@Service
@Transactional
public class LinkAttempts implements Authorisations {

    /** Messenger's tokens and our own base64url ones. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._~+/=-]{16,512}");
    private static final Pattern STATE = Pattern.compile("[\\x21-\\x7e]{8,200}");
    /** BASE64URL(SHA-256(verifier)) without padding: always 43 characters (RFC 7636). */
    private static final Pattern S256_CHALLENGE = Pattern.compile("[A-Za-z0-9_-]{43}");
    static final int CODE_BYTES = 32;

    private final LinkAttemptStore attempts;
    private final LoginStore logins;
    private final PasswordEncoder passwords;
    private final OneTimeCodeSender phone;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final IdGenerator ids;
    private final Secrets secrets;
    private final BankLinkProperties properties;
    /** Compared with when a user name is unknown, so a wrong name costs as long as a wrong password. */
    private final String unknownUserHash;

    LinkAttempts(LinkAttemptStore attempts, LoginStore logins, PasswordEncoder passwords, OneTimeCodeSender phone,
                 ApplicationEventPublisher events, Clock clock, IdGenerator ids, Secrets secrets, BankLinkProperties properties) {
        this.attempts = attempts;
        this.logins = logins;
        this.passwords = passwords;
        this.phone = phone;
        this.events = events;
        this.clock = clock;
        this.ids = ids;
        this.secrets = secrets;
        this.properties = properties;
        this.unknownUserHash = passwords.encode(secrets.token(16));
    }

    /**
     * Checks what the chat sent and opens an attempt.
     *
     * @param pageOrigin scheme, host and port the page was reached on, for redirect paths allowed relative to it
     * @throws LinkRequestRefused naming the parameter at fault
     */
    public LinkAttempt begin(String token, String redirectUri, String state, String codeChallenge, String challengeMethod,
                             Language language, String pageOrigin) {
        if (token == null || token.isBlank()) {
            throw new LinkRequestRefused(Problem.TOKEN_MISSING, "required");
        }
        if (!TOKEN.matcher(token).matches()) {
            throw new LinkRequestRefused(Problem.TOKEN_MISSING, "must be 16 to 512 URL-safe characters");
        }
        if (redirectUri == null || redirectUri.isBlank()) {
            throw new LinkRequestRefused(Problem.REDIRECT_MISSING, "required");
        }
        if (!isAllowed(redirectUri, pageOrigin)) {
            throw new LinkRequestRefused(Problem.REDIRECT_NOT_ALLOWED, "'" + redirectUri + "' is not an allowed redirect");
        }
        if (state == null || !STATE.matcher(state).matches()) {
            throw new LinkRequestRefused(Problem.STATE_MISSING, "required: 8 to 200 printable characters");
        }
        if (challengeMethod == null || !challengeMethod.equals("S256")) {
            throw new LinkRequestRefused(Problem.METHOD_UNSUPPORTED, "must be S256, was '" + challengeMethod + "'");
        }
        if (codeChallenge == null || !S256_CHALLENGE.matcher(codeChallenge).matches()) {
            throw new LinkRequestRefused(Problem.CHALLENGE_INVALID, "must be the 43-character base64url SHA-256 of the verifier");
        }
        LinkAttempt attempt = LinkAttempt.begin(ids.newId(), redirectUri, state, codeChallenge, language, clock.instant());
        if (!attempts.insert(attempt, Digests.sha256Hex(token))) {
            throw new LinkRequestRefused(Problem.TOKEN_USED, "this token was used before");
        }
        return attempt;
    }

    @Transactional(readOnly = true)
    public Optional<LinkAttempt> find(String attemptId) {
        return attemptId == null ? Optional.empty() : attempts.find(attemptId);
    }

    /** Why the attempt can take no step now, or null when it can. */
    public Refusal blocked(LinkAttempt attempt) {
        return attempt.blockedAt(clock.instant());
    }

    /** Checks user name and password; on success a one-time code goes to the customer's phone. */
    public Step login(LinkAttempt attempt, String username, String password) {
        Instant now = clock.instant();
        Refusal blocked = blockedAt(attempt, Stage.LOGIN, now);
        if (blocked != null) {
            return new Step(attempt, blocked);
        }
        Optional<LoginStore.Login> login = username == null ? Optional.empty() : logins.byUsername(username.strip());
        boolean matches = passwords.matches(password == null ? "" : password,
                login.map(LoginStore.Login::passwordHash).orElse(unknownUserHash));
        if (login.isEmpty() || !matches) {
            return save(attempt.loginFailed(now), Stage.LOGIN);
        }
        String code = secrets.digits(LinkAttempt.OTP_DIGITS);
        LinkAttempt next = attempt.loggedIn(login.get().customer(), attempt.fingerprint(code), now);
        Step step = save(new Step(next, null), Stage.LOGIN);
        if (step.succeeded()) {
            phone.send(attempt.id(), next.customer(), code, attempt.language());
        }
        return step;
    }

    /** A fresh one-time code, replacing the last. */
    public Step resend(LinkAttempt attempt) {
        Instant now = clock.instant();
        Refusal blocked = blockedAt(attempt, Stage.ONE_TIME_CODE, now);
        if (blocked != null) {
            return new Step(attempt, blocked);
        }
        String code = secrets.digits(LinkAttempt.OTP_DIGITS);
        Step step = save(attempt.resend(attempt.fingerprint(code), now), Stage.ONE_TIME_CODE);
        if (step.succeeded()) {
            phone.send(attempt.id(), attempt.customer(), code, attempt.language());
        }
        return step;
    }

    public Step verify(LinkAttempt attempt, String oneTimeCode) {
        Instant now = clock.instant();
        Refusal blocked = blockedAt(attempt, Stage.ONE_TIME_CODE, now);
        if (blocked != null) {
            return new Step(attempt, blocked);
        }
        return save(attempt.verify(oneTimeCode, now), Stage.ONE_TIME_CODE);
    }

    /** Until when a consent given now lasts. */
    public Instant consentExpiry() {
        return clock.instant().plus(properties.consentValidity());
    }

    /**
     * The customer's answer on the consent screen. Returns where to send the browser: the chat's
     * redirect with a single-use authorization code, or with {@code error=access_denied}.
     * {@link Scope#ACCOUNTS} is always part of a consent: without it there is nothing to link.
     */
    public Decision decide(LinkAttempt attempt, boolean approve, Set<Scope> scopes) {
        Instant now = clock.instant();
        Refusal blocked = blockedAt(attempt, Stage.CONSENT, now);
        if (blocked != null) {
            return new Decision(new Step(attempt, blocked), null);
        }
        if (!approve) {
            Step step = save(new Step(attempt.declined(), null), Stage.CONSENT);
            return new Decision(step, step.succeeded() ? redirect(attempt, "error=access_denied") : null);
        }
        Set<Scope> granted = EnumSet.of(Scope.ACCOUNTS);
        granted.addAll(scopes);
        String code = secrets.token(CODE_BYTES);
        Step step = save(attempt.approve(granted, now.plus(properties.consentValidity()), Digests.sha256Hex(code), now),
                Stage.CONSENT);
        return new Decision(step, step.succeeded() ? redirect(attempt, "authorization_code=" + encode(code)) : null);
    }

    /** @param redirect where to send the browser, null when the step was refused */
    public record Decision(Step step, String redirect) {
    }

    @Override
    @Transactional(noRollbackFor = AuthorisationRefused.class)
    public AuthorisedConsent redeem(String authorizationCode, String redirectUri, String codeVerifier) {
        Instant now = clock.instant();
        LinkAttempt attempt = attempts.byCodeHash(Digests.sha256Hex(authorizationCode == null ? "" : authorizationCode))
                .orElseThrow(() -> new AuthorisationRefused(AuthorisationRefused.Reason.UNKNOWN_CODE,
                        "unknown authorization code"));
        if (attempt.stage() == Stage.REDEEMED) {
            events.publishEvent(new AuthorisationReplayed(attempt.id(), now));
            throw new AuthorisationRefused(AuthorisationRefused.Reason.CODE_ALREADY_USED,
                    "authorization code already used; what it granted is revoked as a precaution");
        }
        if (attempt.stage() != Stage.CODE_ISSUED) {
            throw new AuthorisationRefused(AuthorisationRefused.Reason.UNKNOWN_CODE,
                    "authorization code no longer valid (attempt " + attempt.stage() + ")");
        }
        if (!now.isBefore(attempt.codeExpiresAt())) {
            throw new AuthorisationRefused(AuthorisationRefused.Reason.CODE_EXPIRED, "authorization code expired: it is valid for "
                    + LinkAttempt.CODE_VALIDITY.toSeconds() + " seconds");
        }
        if (redirectUri != null && !attempt.redirectUri().equals(redirectUri)) {
            throw new AuthorisationRefused(AuthorisationRefused.Reason.REDIRECT_MISMATCH,
                    "redirect_uri differs from the one the code was issued for");
        }
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(Digests.sha256(codeVerifier == null ? "" : codeVerifier));
        if (!Digests.equalInConstantTime(challenge, attempt.codeChallenge())) {
            throw new AuthorisationRefused(AuthorisationRefused.Reason.VERIFIER_MISMATCH,
                    "code_verifier does not match the code_challenge the linking started with");
        }
        if (!attempts.update(attempt.redeemed(now), Stage.CODE_ISSUED)) {
            throw new AuthorisationRefused(AuthorisationRefused.Reason.CODE_ALREADY_USED, "authorization code already used");
        }
        return new AuthorisedConsent(attempt.id(), attempt.customer(), attempt.scopes(), attempt.consentExpiresAt(),
                attempt.language());
    }

    private static Refusal blockedAt(LinkAttempt attempt, Stage expected, Instant now) {
        Refusal blocked = attempt.blockedAt(now);
        if (blocked != null) {
            return blocked;
        }
        return attempt.stage() == expected ? null : Refusal.ATTEMPT_OVER;
    }

    private Step save(Step step, Stage expected) {
        if (!attempts.update(step.attempt(), expected)) {
            LinkAttempt now = attempts.find(step.attempt().id()).orElseThrow();
            return new Step(now, Refusal.ATTEMPT_OVER);
        }
        return step;
    }

    private boolean isAllowed(String redirectUri, String pageOrigin) {
        URI uri;
        try {
            uri = new URI(redirectUri);
        } catch (URISyntaxException e) {
            return false;
        }
        if (!uri.isAbsolute() || uri.getRawFragment() != null || uri.getRawUserInfo() != null
                || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            return false;
        }
        String withoutQuery = uri.getScheme() + "://" + uri.getRawAuthority() + (uri.getRawPath() == null ? "" : uri.getRawPath());
        for (String allowed : properties.redirectUris()) {
            String absolute = allowed.startsWith("/") ? pageOrigin + allowed : allowed;
            if (withoutQuery.equals(absolute)) {
                return true;
            }
        }
        return false;
    }

    private static String redirect(LinkAttempt attempt, String result) {
        String separator = attempt.redirectUri().contains("?") ? "&" : "?";
        return attempt.redirectUri() + separator + result + "&state=" + encode(attempt.state());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

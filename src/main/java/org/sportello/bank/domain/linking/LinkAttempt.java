package org.sportello.bank.domain.linking;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Digests;
import org.sportello.shared.Language;
import org.sportello.shared.Scope;

/**
 * One visit to the bank's linking pages, from the chat's link button to the authorization code
 * the gateway redeems: login, one-time code (strong customer authentication), consent. Each step
 * returns the attempt as it is now, with the refusal if the step failed; secrets are kept only as
 * SHA-256 fingerprints.
 */
public record LinkAttempt(String id, String redirectUri, String state, String codeChallenge, Language language, Stage stage,
                          CustomerId customer, int loginFailures, String otpHash, Instant otpExpiresAt, int otpFailures,
                          int otpSent, Set<Scope> scopes, Instant consentExpiresAt, String codeHash, Instant codeExpiresAt,
                          Instant redeemedAt, Instant createdAt, Instant expiresAt) {

    public static final int LOGIN_FAILURES_MAX = 5;
    public static final int OTP_FAILURES_MAX = 5;
    public static final int OTP_SENDS_MAX = 3;
    public static final int OTP_DIGITS = 6;
    public static final Duration OTP_VALIDITY = Duration.ofMinutes(5);
    public static final Duration CODE_VALIDITY = Duration.ofSeconds(60);
    public static final Duration ATTEMPT_VALIDITY = Duration.ofMinutes(15);

    /** Where the attempt is. */
    public enum Stage {
        LOGIN, ONE_TIME_CODE, CONSENT, CODE_ISSUED, REDEEMED,
        /** The customer declined to give consent. */
        DECLINED,
        /** Too many wrong passwords or codes. */
        LOCKED,
        /** Too slow. */
        EXPIRED;

        public boolean isOver() {
            return ordinal() >= CODE_ISSUED.ordinal();
        }
    }

    /** Why a step was refused; {@code key} names the text shown to the customer. */
    public enum Refusal {
        ATTEMPT_EXPIRED("bank.link.error.attempt-expired"),
        ATTEMPT_OVER("bank.link.error.attempt-over"),
        LOCKED("bank.link.error.locked"),
        WRONG_PASSWORD("bank.link.error.wrong-password"),
        WRONG_CODE("bank.link.error.wrong-code"),
        CODE_EXPIRED("bank.link.error.code-expired"),
        TOO_MANY_CODES("bank.link.error.too-many-codes"),
        RESEND_LIMIT("bank.link.error.resend-limit"),
        NO_SCOPE("bank.link.error.no-scope");

        private final String key;

        Refusal(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** The attempt after a step, and the refusal when the step failed. */
    public record Step(LinkAttempt attempt, Refusal refusal) {

        public boolean succeeded() {
            return refusal == null;
        }
    }

    public LinkAttempt {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(redirectUri, "redirectUri == null");
        Objects.requireNonNull(state, "state == null");
        Objects.requireNonNull(codeChallenge, "codeChallenge == null");
        Objects.requireNonNull(language, "language == null");
        Objects.requireNonNull(stage, "stage == null");
        Objects.requireNonNull(createdAt, "createdAt == null");
        Objects.requireNonNull(expiresAt, "expiresAt == null");
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
    }

    public static LinkAttempt begin(String id, String redirectUri, String state, String codeChallenge, Language language,
                                    Instant now) {
        return new LinkAttempt(id, redirectUri, state, codeChallenge, language, Stage.LOGIN, null, 0, null, null, 0, 0, Set.of(),
                null, null, null, null, now, now.plus(ATTEMPT_VALIDITY));
    }

    /** The fingerprint of a one-time code, bound to this attempt. */
    public String fingerprint(String oneTimeCode) {
        return Digests.sha256Hex(id + ":" + oneTimeCode);
    }

    /** The refusal, if the attempt cannot take any step at {@code now}. */
    public Refusal blockedAt(Instant now) {
        if (stage == Stage.LOCKED) {
            return otpFailures >= OTP_FAILURES_MAX ? Refusal.TOO_MANY_CODES : Refusal.LOCKED;
        }
        if (stage.isOver()) {
            return Refusal.ATTEMPT_OVER;
        }
        if (stage == Stage.EXPIRED || !now.isBefore(expiresAt)) {
            return Refusal.ATTEMPT_EXPIRED;
        }
        return null;
    }

    /** Wrong user name or password. */
    public Step loginFailed(Instant now) {
        requireStage(Stage.LOGIN);
        int failures = loginFailures + 1;
        LinkAttempt next = with(failures >= LOGIN_FAILURES_MAX ? Stage.LOCKED : Stage.LOGIN, customer, failures, otpHash,
                otpExpiresAt, otpFailures, otpSent);
        return new Step(next, failures >= LOGIN_FAILURES_MAX ? Refusal.LOCKED : Refusal.WRONG_PASSWORD);
    }

    /** Signed in; a one-time code (given as its {@link #fingerprint}) goes to the customer's phone. */
    public LinkAttempt loggedIn(CustomerId who, String otpFingerprint, Instant now) {
        requireStage(Stage.LOGIN);
        return with(Stage.ONE_TIME_CODE, Objects.requireNonNull(who, "who == null"), loginFailures, otpFingerprint,
                now.plus(OTP_VALIDITY), 0, 1);
    }

    /** A new code replaces the last one, at most {@value #OTP_SENDS_MAX} codes in all. */
    public Step resend(String otpFingerprint, Instant now) {
        requireStage(Stage.ONE_TIME_CODE);
        if (otpSent >= OTP_SENDS_MAX) {
            return new Step(this, Refusal.RESEND_LIMIT);
        }
        return new Step(with(Stage.ONE_TIME_CODE, customer, loginFailures, otpFingerprint, now.plus(OTP_VALIDITY), otpFailures,
                otpSent + 1), null);
    }

    /** The customer typed {@code oneTimeCode}: single use, {@link #OTP_VALIDITY}, at most {@value #OTP_FAILURES_MAX} tries. */
    public Step verify(String oneTimeCode, Instant now) {
        requireStage(Stage.ONE_TIME_CODE);
        if (!now.isBefore(otpExpiresAt)) {
            return new Step(this, Refusal.CODE_EXPIRED);
        }
        if (!Digests.equalInConstantTime(fingerprint(oneTimeCode == null ? "" : oneTimeCode.strip()), otpHash)) {
            int failures = otpFailures + 1;
            boolean locked = failures >= OTP_FAILURES_MAX;
            return new Step(with(locked ? Stage.LOCKED : Stage.ONE_TIME_CODE, customer, loginFailures, otpHash, otpExpiresAt,
                    failures, otpSent), locked ? Refusal.TOO_MANY_CODES : Refusal.WRONG_CODE);
        }
        return new Step(with(Stage.CONSENT, customer, loginFailures, null, null, otpFailures, otpSent), null);
    }

    /** Wrong tries left before the attempt locks. */
    public int codeTriesLeft() {
        return OTP_FAILURES_MAX - otpFailures;
    }

    public int passwordTriesLeft() {
        return LOGIN_FAILURES_MAX - loginFailures;
    }

    /** Consent given for {@code granted} until {@code until}: an authorization code (as its SHA-256) is issued. */
    public Step approve(Set<Scope> granted, Instant until, String codeFingerprint, Instant now) {
        requireStage(Stage.CONSENT);
        if (granted.isEmpty()) {
            return new Step(this, Refusal.NO_SCOPE);
        }
        return new Step(new LinkAttempt(id, redirectUri, state, codeChallenge, language, Stage.CODE_ISSUED, customer,
                loginFailures, null, null, otpFailures, otpSent, granted, until, codeFingerprint, now.plus(CODE_VALIDITY), null,
                createdAt, expiresAt), null);
    }

    public LinkAttempt declined() {
        requireStage(Stage.CONSENT);
        return with(Stage.DECLINED, customer, loginFailures, null, null, otpFailures, otpSent);
    }

    /** The gateway redeemed the code. */
    public LinkAttempt redeemed(Instant now) {
        requireStage(Stage.CODE_ISSUED);
        return new LinkAttempt(id, redirectUri, state, codeChallenge, language, Stage.REDEEMED, customer, loginFailures, null,
                null, otpFailures, otpSent, scopes, consentExpiresAt, codeHash, codeExpiresAt, now, createdAt, expiresAt);
    }

    private LinkAttempt with(Stage next, CustomerId who, int logins, String otp, Instant otpUntil, int otpTries, int sent) {
        return new LinkAttempt(id, redirectUri, state, codeChallenge, language, next, who, logins, otp, otpUntil, otpTries, sent,
                scopes, consentExpiresAt, codeHash, codeExpiresAt, redeemedAt, createdAt, expiresAt);
    }

    private void requireStage(Stage expected) {
        if (stage != expected) {
            throw new IllegalStateException("linking attempt " + id + " is at " + stage + ", not " + expected);
        }
    }
}

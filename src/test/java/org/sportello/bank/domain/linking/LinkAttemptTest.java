package org.sportello.bank.domain.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sportello.bank.domain.linking.LinkAttempt.Refusal;
import org.sportello.bank.domain.linking.LinkAttempt.Stage;
import org.sportello.bank.domain.linking.LinkAttempt.Step;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Language;
import org.sportello.shared.Scope;

/** The bank's linking rules, one by one: passwords, one-time codes, consent, the attempt's life. */
class LinkAttemptTest {

    static final Instant START = Instant.parse("2026-11-18T09:30:00Z");
    static final CustomerId GIULIA = new CustomerId("giulia.rossi");
    static final String CODE = "482913";

    static LinkAttempt fresh() {
        return LinkAttempt.begin("attempt-1", "https://chat.example/link/complete", "state-1234",
                "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", Language.IT, START);
    }

    static LinkAttempt awaitingCode() {
        LinkAttempt attempt = fresh();
        return attempt.loggedIn(GIULIA, attempt.fingerprint(CODE), START);
    }

    @Test
    void theFifthWrongPasswordLocksTheAttempt() {
        LinkAttempt attempt = fresh();
        for (int tries = 1; tries < LinkAttempt.LOGIN_FAILURES_MAX; tries++) {
            Step step = attempt.loginFailed(START);
            assertThat(step.refusal()).isEqualTo(Refusal.WRONG_PASSWORD);
            attempt = step.attempt();
            assertThat(attempt.passwordTriesLeft()).isEqualTo(LinkAttempt.LOGIN_FAILURES_MAX - tries);
        }
        Step locked = attempt.loginFailed(START);
        assertThat(locked.refusal()).isEqualTo(Refusal.LOCKED);
        assertThat(locked.attempt().stage()).isEqualTo(Stage.LOCKED);
        assertThat(locked.attempt().blockedAt(START)).isEqualTo(Refusal.LOCKED);
    }

    @Test
    void theRightCodeWorksOnceAndIsForgotten() {
        Step verified = awaitingCode().verify(CODE, START.plusSeconds(30));
        assertThat(verified.succeeded()).isTrue();
        assertThat(verified.attempt().stage()).isEqualTo(Stage.CONSENT);
        assertThat(verified.attempt().otpHash()).isNull();
        assertThatThrownBy(() -> verified.attempt().verify(CODE, START.plusSeconds(31)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("linking attempt attempt-1 is at CONSENT, not ONE_TIME_CODE");
    }

    @Test
    void aCodeLastsFiveMinutes() {
        assertThat(awaitingCode().verify(CODE, START.plus(LinkAttempt.OTP_VALIDITY).minusMillis(1)).succeeded()).isTrue();
        Step late = awaitingCode().verify(CODE, START.plus(LinkAttempt.OTP_VALIDITY));
        assertThat(late.refusal()).isEqualTo(Refusal.CODE_EXPIRED);
        assertThat(late.attempt().stage()).isEqualTo(Stage.ONE_TIME_CODE);
    }

    @Test
    void theFifthWrongCodeLocksTheAttemptEvenForTheRightOne() {
        LinkAttempt attempt = awaitingCode();
        for (int tries = 1; tries < LinkAttempt.OTP_FAILURES_MAX; tries++) {
            Step step = attempt.verify("000000", START);
            assertThat(step.refusal()).isEqualTo(Refusal.WRONG_CODE);
            attempt = step.attempt();
            assertThat(attempt.codeTriesLeft()).isEqualTo(LinkAttempt.OTP_FAILURES_MAX - tries);
        }
        Step locked = attempt.verify("000000", START);
        assertThat(locked.refusal()).isEqualTo(Refusal.TOO_MANY_CODES);
        assertThat(locked.attempt().blockedAt(START)).isEqualTo(Refusal.TOO_MANY_CODES);
    }

    @Test
    void aNewCodeReplacesTheLastAndAtMostThreeAreSent() {
        LinkAttempt attempt = awaitingCode();
        Step second = attempt.resend(attempt.fingerprint("111111"), START.plusSeconds(10));
        assertThat(second.succeeded()).isTrue();
        assertThat(second.attempt().verify(CODE, START.plusSeconds(11)).refusal()).isEqualTo(Refusal.WRONG_CODE);
        Step third = second.attempt().resend(attempt.fingerprint("222222"), START.plusSeconds(20));
        assertThat(third.succeeded()).isTrue();
        assertThat(third.attempt().resend(attempt.fingerprint("333333"), START.plusSeconds(30)).refusal())
                .isEqualTo(Refusal.RESEND_LIMIT);
        assertThat(third.attempt().verify("222222", START.plusSeconds(21)).succeeded()).isTrue();
    }

    @Test
    void aCodeIsBoundToItsAttempt() {
        LinkAttempt other = LinkAttempt.begin("attempt-2", "https://chat.example/link/complete", "state-5678",
                "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", Language.IT, START);
        assertThat(other.fingerprint(CODE)).isNotEqualTo(fresh().fingerprint(CODE));
    }

    @Test
    void consentIssuesAnAuthorizationCodeForSixtySecondsThenTheAttemptIsOver() {
        LinkAttempt consenting = awaitingCode().verify(CODE, START).attempt();
        Instant until = START.plus(Duration.ofDays(180));
        Step approved = consenting.approve(EnumSet.of(Scope.ACCOUNTS, Scope.BALANCES), until, "code-fingerprint", START);
        assertThat(approved.attempt().stage()).isEqualTo(Stage.CODE_ISSUED);
        assertThat(approved.attempt().codeExpiresAt()).isEqualTo(START.plusSeconds(60));
        assertThat(approved.attempt().scopes()).isEqualTo(Set.of(Scope.ACCOUNTS, Scope.BALANCES));
        assertThat(approved.attempt().blockedAt(START)).isEqualTo(Refusal.ATTEMPT_OVER);
        assertThat(approved.attempt().redeemed(START.plusSeconds(5)).stage()).isEqualTo(Stage.REDEEMED);
        assertThat(consenting.approve(Set.of(), until, "x", START).refusal()).isEqualTo(Refusal.NO_SCOPE);
        assertThat(consenting.declined().stage()).isEqualTo(Stage.DECLINED);
    }

    @Test
    void anAttemptLastsFifteenMinutes() {
        assertThat(fresh().blockedAt(START.plus(LinkAttempt.ATTEMPT_VALIDITY).minusMillis(1))).isNull();
        assertThat(fresh().blockedAt(START.plus(LinkAttempt.ATTEMPT_VALIDITY))).isEqualTo(Refusal.ATTEMPT_EXPIRED);
    }
}

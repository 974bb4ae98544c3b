package org.sportello.consent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.sportello.consent.ConsentCheck;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Language;
import org.sportello.shared.Scope;

/** A consent's states: awaiting authorisation, authorised, rejected, revoked, expired. */
class LinkTest {

    static final Instant REQUESTED = Instant.parse("2026-11-18T08:59:00Z");
    static final Instant GRANTED = Instant.parse("2026-11-18T09:00:00Z");
    static final Instant EXPIRES = GRANTED.plus(Duration.ofDays(180));
    static final CustomerId GIULIA = new CustomerId("giulia.rossi");

    static Link awaiting() {
        return Link.awaiting("link-1", ChatAddress.web("chat-1"), Language.IT, REQUESTED);
    }

    static Link linkWith(Scope... scopes) {
        return awaiting().authorised(GIULIA, EnumSet.of(scopes[0], scopes), GRANTED, EXPIRES, "grant-1", Language.IT);
    }

    @Test
    void awaitsAuthorisationWithNoCustomerAndReadsNothing() {
        Link link = awaiting();
        assertThat(link.status()).isEqualTo(Link.Status.AWAITING_AUTHORISATION);
        assertThat(link.customer()).isNull();
        assertThat(link.check(Scope.ACCOUNTS, GRANTED)).isEqualTo(new ConsentCheck.Refused(ConsentCheck.Reason.NOT_LINKED, Scope.ACCOUNTS));
    }

    @Test
    void grantsAScopeTheCustomerGranted() {
        assertThat(linkWith(Scope.BALANCES).check(Scope.BALANCES, GRANTED.plusSeconds(60)))
                .isEqualTo(new ConsentCheck.Granted("link-1", GIULIA, Scope.BALANCES));
    }

    @Test
    void refusesAScopeNotGranted() {
        assertThat(linkWith(Scope.BALANCES).check(Scope.TRANSACTIONS, GRANTED))
                .isEqualTo(new ConsentCheck.Refused(ConsentCheck.Reason.SCOPE_NOT_GRANTED, Scope.TRANSACTIONS));
    }

    @Test
    void refusesEverythingFromTheMomentItExpires() {
        Link link = linkWith(Scope.BALANCES);

        assertThat(link.check(Scope.BALANCES, EXPIRES.minusMillis(1))).isInstanceOf(ConsentCheck.Granted.class);
        assertThat(link.check(Scope.BALANCES, EXPIRES))
                .isEqualTo(new ConsentCheck.Refused(ConsentCheck.Reason.EXPIRED, Scope.BALANCES));
        assertThat(link.isActiveAt(EXPIRES)).isFalse();
        Link expired = link.expired(EXPIRES);
        assertThat(expired.status()).isEqualTo(Link.Status.EXPIRED);
        assertThat(expired.endReason()).isEqualTo(Link.EndReason.EXPIRED);
    }

    @Test
    void refusesEverythingOnceRevoked() {
        Link revoked = linkWith(Scope.BALANCES, Scope.NOTIFICATIONS).revoked(GRANTED.plusSeconds(5), Link.EndReason.CUSTOMER);

        assertThat(revoked.check(Scope.NOTIFICATIONS, GRANTED.plusSeconds(6)))
                .isEqualTo(new ConsentCheck.Refused(ConsentCheck.Reason.NOT_LINKED, Scope.NOTIFICATIONS));
        assertThat(revoked.status()).isEqualTo(Link.Status.REVOKED);
        assertThat(revoked.endedAt()).isEqualTo(GRANTED.plusSeconds(5));
        assertThat(revoked.endReason()).isEqualTo(Link.EndReason.CUSTOMER);
    }

    @Test
    void aRejectedRequestGrantsNothingAndCannotBeAuthorisedLater() {
        Link rejected = awaiting().rejected(GRANTED);
        assertThat(rejected.status()).isEqualTo(Link.Status.REJECTED);
        assertThat(rejected.endReason()).isEqualTo(Link.EndReason.DECLINED);
        assertThatThrownBy(() -> rejected.authorised(GIULIA, EnumSet.of(Scope.ACCOUNTS), GRANTED, EXPIRES, "g", Language.IT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot authorise a consent that is REJECTED, only one that is AWAITING_AUTHORISATION");
    }

    @Test
    void onlyAnAuthorisedConsentCanBeRevokedOrReminded() {
        assertThatThrownBy(() -> awaiting().revoked(GRANTED, Link.EndReason.BANK))
                .hasMessage("cannot revoke a consent that is AWAITING_AUTHORISATION, only one that is AUTHORISED");
        Link revoked = linkWith(Scope.BALANCES).revoked(GRANTED, Link.EndReason.BANK);
        assertThatThrownBy(() -> revoked.revoked(GRANTED, Link.EndReason.BANK))
                .hasMessage("cannot revoke a consent that is REVOKED, only one that is AUTHORISED");
        assertThatThrownBy(() -> revoked.reminded(GRANTED))
                .hasMessage("cannot remind a consent that is REVOKED, only one that is AUTHORISED");
    }

    @Test
    void needsAReminderOnceWithinTheNoticeBeforeExpiry() {
        Link link = linkWith(Scope.BALANCES);
        Duration notice = Duration.ofDays(14);

        assertThat(link.needsReminderAt(EXPIRES.minus(notice).minusSeconds(1), notice)).isFalse();
        assertThat(link.needsReminderAt(EXPIRES.minus(notice), notice)).isTrue();
        assertThat(link.reminded(EXPIRES.minus(notice)).needsReminderAt(EXPIRES.minusSeconds(1), notice)).isFalse();
        assertThat(link.needsReminderAt(EXPIRES, notice)).isFalse();
    }

    @Test
    void aConsentGrantsAtLeastOneScopeAndExpiresAfterItIsGranted() {
        assertThatThrownBy(() -> awaiting().authorised(GIULIA, EnumSet.noneOf(Scope.class), GRANTED, EXPIRES, "g", Language.IT))
                .hasMessage("a consent grants at least one scope");
        assertThatThrownBy(() -> awaiting().authorised(GIULIA, EnumSet.of(Scope.BALANCES), GRANTED, GRANTED, "g", Language.IT))
                .hasMessage("consent must expire after it is granted");
    }
}

package org.sportello.consent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.sportello.consent.ConsentCheck;
import org.sportello.shared.Scope;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.CustomerId;

class LinkTest {

    static final Instant GRANTED = Instant.parse("2026-11-18T09:00:00Z");
    static final CustomerId GIULIA = new CustomerId("giulia.rossi");

    static Link linkWith(Scope... scopes) {
        return Link.authorised("link-1", ChatAddress.web("chat-1"), GIULIA, EnumSet.of(scopes[0], scopes),
                GRANTED, GRANTED.plus(Duration.ofDays(180)));
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
        Instant expiry = GRANTED.plus(Duration.ofDays(180));

        assertThat(link.check(Scope.BALANCES, expiry.minusMillis(1))).isInstanceOf(ConsentCheck.Granted.class);
        assertThat(link.check(Scope.BALANCES, expiry))
                .isEqualTo(new ConsentCheck.Refused(ConsentCheck.Reason.EXPIRED, Scope.BALANCES));
        assertThat(link.isActiveAt(expiry)).isFalse();
    }

    @Test
    void refusesEverythingOnceRevoked() {
        Link revoked = linkWith(Scope.BALANCES, Scope.NOTIFICATIONS).revokedAt(GRANTED.plusSeconds(5));

        assertThat(revoked.check(Scope.NOTIFICATIONS, GRANTED.plusSeconds(6)))
                .isEqualTo(new ConsentCheck.Refused(ConsentCheck.Reason.NOT_LINKED, Scope.NOTIFICATIONS));
        assertThat(revoked.endedAt()).isEqualTo(GRANTED.plusSeconds(5));
    }

    @Test
    void mustExpireAfterItIsGranted() {
        assertThatThrownBy(() -> Link.authorised("l", ChatAddress.web("c"), GIULIA, EnumSet.of(Scope.BALANCES), GRANTED, GRANTED))
                .hasMessage("consent must expire after it is granted");
    }
}

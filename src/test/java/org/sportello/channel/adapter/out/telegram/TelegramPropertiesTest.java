package org.sportello.channel.adapter.out.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TelegramPropertiesTest {

    static TelegramProperties limits(int ratePerSecond, Duration chatInterval, int chatBurst) {
        return new TelegramProperties("123:token", "webhook-s3cr3t", "https://api.telegram.org/", Duration.ofSeconds(2), Duration.ofSeconds(10),
                ratePerSecond, chatInterval, chatBurst);
    }

    @Test
    void limitsOutsideTheirRangeAreRefusedNamingTheProperty() {
        assertThatThrownBy(() -> limits(0, Duration.ofSeconds(1), 3))
                .hasMessage("sportello.telegram.rate-per-second must be at least 1, got 0");
        assertThatThrownBy(() -> limits(30, Duration.ofSeconds(1), 0))
                .hasMessage("sportello.telegram.chat-burst must be at least 1, got 0");
        assertThatThrownBy(() -> limits(30, Duration.ofSeconds(-1), 3))
                .hasMessage("sportello.telegram.chat-interval must not be negative (0s: no per-chat limit), got PT-1S");
    }

    @Test
    void theTokensStayOutOfItsTextAndTheLimitsAreIn() {
        assertThat(limits(30, Duration.ZERO, 3).toString()).doesNotContain("123:token").doesNotContain("webhook-s3cr3t")
                .contains("apiUrl=https://api.telegram.org,").contains("ratePerSecond=30").contains("chatInterval=PT0S")
                .contains("chatBurst=3");
    }
}

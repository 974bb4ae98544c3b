package org.sportello.assistant.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sportello.assistant.domain.SettingsRequest.Kind;

/** Notification settings asked in words, in Italian and English. */
class SettingsRequestTest {

    static SettingsRequest parsed(String text) {
        Optional<SettingsRequest> request = SettingsRequest.parse(text);
        assertThat(request).as(text).isPresent();
        return request.get();
    }

    @Test
    void paymentsFromAnAmount() {
        assertThat(parsed("avvisami solo sopra i 50 euro")).isEqualTo(new SettingsRequest(Kind.PAYMENTS_FROM, 5_000L, null, null));
        assertThat(parsed("Notify me only for payments over €20,50")).isEqualTo(new SettingsRequest(Kind.PAYMENTS_FROM, 2_050L, null, null));
        assertThat(parsed("notificami le spese oltre 1.250,00 €")).isEqualTo(new SettingsRequest(Kind.PAYMENTS_FROM, 125_000L, null, null));
        assertThat(parsed("avvisami di ogni pagamento")).isEqualTo(new SettingsRequest(Kind.ALL_PAYMENTS, null, null, null));
    }

    @Test
    void aLowBalanceThreshold() {
        assertThat(parsed("notify me when my balance drops below 100")).isEqualTo(new SettingsRequest(Kind.LOW_BALANCE, 10_000L, null, null));
        assertThat(parsed("avvisami quando il saldo scende sotto i 200 euro")).isEqualTo(
                new SettingsRequest(Kind.LOW_BALANCE, 20_000L, null, null));
    }

    @Test
    void aDailyDigestAndQuietHours() {
        assertThat(parsed("riepilogo giornaliero alle 20")).isEqualTo(new SettingsRequest(Kind.DIGEST_AT, null, LocalTime.of(20, 0), null));
        assertThat(parsed("send me a daily digest at 8pm")).isEqualTo(new SettingsRequest(Kind.DIGEST_AT, null, LocalTime.of(20, 0), null));
        assertThat(parsed("niente riepilogo")).isEqualTo(new SettingsRequest(Kind.NO_DIGEST, null, null, null));
        assertThat(parsed("non disturbarmi dalle 22 alle 7")).isEqualTo(
                new SettingsRequest(Kind.QUIET_HOURS, null, LocalTime.of(22, 0), LocalTime.of(7, 0)));
        assertThat(parsed("quiet hours from 22:30 to 6:45")).isEqualTo(
                new SettingsRequest(Kind.QUIET_HOURS, null, LocalTime.of(22, 30), LocalTime.of(6, 45)));
    }

    @Test
    void stopResumeAndShow() {
        assertThat(parsed("stop notifications").kind()).isEqualTo(Kind.PAUSE);
        assertThat(parsed("Smetti di avvisarmi!").kind()).isEqualTo(Kind.PAUSE);
        assertThat(parsed("riattiva le notifiche").kind()).isEqualTo(Kind.RESUME);
        assertThat(parsed("notification settings").kind()).isEqualTo(Kind.SHOW);
        assertThat(parsed("notifiche").kind()).isEqualTo(Kind.SHOW);
    }

    @Test
    void otherQuestionsAreNotSettings() {
        assertThat(SettingsRequest.parse("quanto ho speso sopra i 50 euro?")).isEmpty();
        assertThat(SettingsRequest.parse("what's my balance?")).isEmpty();
        assertThat(SettingsRequest.parse("ultimi movimenti")).isEmpty();
        assertThat(SettingsRequest.parse("non disturbarmi")).as("no hours given").isEmpty();
    }
}

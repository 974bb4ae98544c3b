package org.sportello;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sportello.ApiProperties.Client;
import org.sportello.shared.ApiClient;
import org.sportello.shared.Digests;

class ApiClientsTest {

    static final String HASH = Digests.sha256Hex("a-token");

    static ApiClients of(boolean demoBank, Client... clients) {
        return new ApiClients(new ApiProperties(List.of(clients)), demoBank);
    }

    @Test
    void findsTheClientByItsTokenAndNothingByAnother() {
        ApiClients clients = of(false, new Client("core", HASH.toUpperCase(java.util.Locale.ROOT), ApiClient.Role.BANK_FEED, null),
                new Client("shop", Digests.sha256Hex("b-token"), ApiClient.Role.MERCHANT, " Libreria Dante "));
        assertThat(clients.byToken("a-token")).hasValueSatisfying(client -> {
            assertThat(client.name()).isEqualTo("core");
            assertThat(client.roles()).containsExactly(ApiClient.Role.BANK_FEED);
            assertThat(client.isOneMerchant()).isFalse();
        });
        assertThat(clients.byToken("b-token")).hasValueSatisfying(client -> assertThat(client.merchantName()).isEqualTo("Libreria Dante"));
        assertThat(clients.byToken("c-token")).isEmpty();
        assertThat(clients.openOnLoopback()).as("a client is configured").isFalse();
    }

    @Test
    void onlyADemoNodeWithoutClientsAnswersThisMachineWithoutAToken() {
        assertThat(of(true).openOnLoopback()).isTrue();
        assertThat(of(false).openOnLoopback()).isFalse();
        assertThat(of(true, new Client("core", HASH, ApiClient.Role.BANK_FEED, null)).openOnLoopback()).isFalse();
    }

    @Test
    void mistakesNameThePropertyAndWhatToDo() {
        assertThatThrownBy(() -> of(false, new Client("core", "a-token", ApiClient.Role.BANK_FEED, null)))
                .hasMessage("sportello.api.clients[0].token-sha256 must be the 64 hexadecimal characters of the token's SHA-256"
                        + " (printf %s \"$TOKEN\" | sha256sum), not the token itself");
        assertThatThrownBy(() -> of(false, new Client("core", HASH, ApiClient.Role.BANK_FEED, null),
                new Client("core", HASH, ApiClient.Role.MERCHANT, "Shop")))
                .hasMessage("sportello.api.clients[1].name core is used by an earlier client; names must differ");
        assertThatThrownBy(() -> of(false, new Client("a shop", HASH, ApiClient.Role.MERCHANT, "Shop")))
                .hasMessage("sportello.api.clients[0].name must be 1 to 64 of A-Z a-z 0-9 . _ -, got \"a shop\"");
        assertThatThrownBy(() -> of(false, new Client("shop", HASH, ApiClient.Role.MERCHANT, " ")))
                .hasMessage("sportello.api.clients[0].merchant-name is needed for a MERCHANT: the name its orders carry");
        assertThatThrownBy(() -> of(false, new Client("core", HASH, ApiClient.Role.BANK_FEED, "Shop")))
                .hasMessage("sportello.api.clients[0].merchant-name is for MERCHANT clients only; core is BANK_FEED");
        assertThatThrownBy(() -> of(false, new Client("core", HASH, null, null)))
                .hasMessage("sportello.api.clients[0].role must be BANK_FEED or MERCHANT");
    }

    @Test
    void onlyALoopbackAddressLiteralCountsAsThisMachine() {
        assertThat(ApiTokenFilter.isLoopback("127.0.0.1")).isTrue();
        assertThat(ApiTokenFilter.isLoopback("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(ApiTokenFilter.isLoopback("::1")).isTrue();
        assertThat(ApiTokenFilter.isLoopback("10.1.2.3")).isFalse();
        assertThat(ApiTokenFilter.isLoopback("localhost")).as("a name is never looked up").isFalse();
        assertThat(ApiTokenFilter.isLoopback(null)).isFalse();
    }
}

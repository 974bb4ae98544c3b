package org.sportello;

import java.util.List;
import org.sportello.shared.ApiClient;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may call the machine APIs ({@code POST /api/v1/transactions}, {@code /api/v1/orders}).
 *
 * @param clients each with a name, the SHA-256 of its bearer token (64 hexadecimal characters; the
 *                token itself is never stored), its role and, for a merchant, the merchant name its
 *                orders carry. None: the APIs refuse every call, unless the demo bank is on, when
 *                they answer calls from this machine without a token
 */
@ConfigurationProperties("sportello.api")
record ApiProperties(@DefaultValue List<Client> clients) {

    record Client(String name, String tokenSha256, ApiClient.Role role, String merchantName) {
    }
}

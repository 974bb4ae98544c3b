package org.sportello;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sportello.shared.ApiClient;
import org.sportello.shared.Digests;

/**
 * The configured API clients, checked at start: a mistake names the property at fault. Tokens are
 * compared by their SHA-256 in constant time, and never kept or logged themselves.
 */
final class ApiClients {

    private static final Logger log = LoggerFactory.getLogger(ApiClients.class);
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private record Known(byte[] tokenSha256, ApiClient client) {
    }

    private final List<Known> known = new ArrayList<>();
    private final boolean openOnLoopback;

    ApiClients(ApiProperties properties, boolean demoBank) {
        Set<String> names = new HashSet<>();
        List<ApiProperties.Client> clients = properties.clients();
        for (int i = 0; i < clients.size(); i++) {
            ApiProperties.Client client = clients.get(i);
            String at = "sportello.api.clients[" + i + "].";
            if (client.name() == null || !NAME.matcher(client.name()).matches()) {
                throw new IllegalArgumentException(at + "name must be 1 to 64 of A-Z a-z 0-9 . _ -, got " + quoted(client.name()));
            }
            if (!names.add(client.name())) {
                throw new IllegalArgumentException(at + "name " + client.name() + " is used by an earlier client; names must differ");
            }
            if (client.tokenSha256() == null || !SHA256_HEX.matcher(client.tokenSha256()).matches()) {
                throw new IllegalArgumentException(at + "token-sha256 must be the 64 hexadecimal characters of the token's SHA-256"
                        + " (printf %s \"$TOKEN\" | sha256sum), not the token itself");
            }
            if (client.role() == null) {
                throw new IllegalArgumentException(at + "role must be BANK_FEED or MERCHANT");
            }
            boolean merchant = client.role() == ApiClient.Role.MERCHANT;
            String merchantName = client.merchantName() == null || client.merchantName().isBlank() ? null : client.merchantName().strip();
            if (merchant && merchantName == null) {
                throw new IllegalArgumentException(at + "merchant-name is needed for a MERCHANT: the name its orders carry");
            }
            if (!merchant && merchantName != null) {
                throw new IllegalArgumentException(at + "merchant-name is for MERCHANT clients only; " + client.name() + " is "
                        + client.role());
            }
            known.add(new Known(HexFormat.of().parseHex(client.tokenSha256().toLowerCase(java.util.Locale.ROOT)),
                    new ApiClient(client.name(), EnumSet.of(client.role()), merchantName)));
        }
        this.openOnLoopback = known.isEmpty() && demoBank;
        if (openOnLoopback) {
            log.warn("demo bank on and no API clients configured: POST /api/v1/transactions and /api/v1/orders answer calls from this"
                    + " machine without a token; configure sportello.api.clients before real use");
        } else if (known.isEmpty()) {
            log.info("no API clients configured (sportello.api.clients): the transaction and order APIs refuse every call");
        }
    }

    /** The client whose token this is. Every configured hash is compared, so timing tells nothing. */
    Optional<ApiClient> byToken(String token) {
        byte[] presented = Digests.sha256(token);
        ApiClient found = null;
        for (Known candidate : known) {
            if (MessageDigest.isEqual(candidate.tokenSha256(), presented)) {
                found = candidate.client();
            }
        }
        return Optional.ofNullable(found);
    }

    /** Whether a call from this machine needs no token (demo bank on, no client configured). */
    boolean openOnLoopback() {
        return openOnLoopback;
    }

    boolean isEmpty() {
        return known.isEmpty();
    }

    private static String quoted(String value) {
        return value == null ? "nothing" : "\"" + value + "\"";
    }
}

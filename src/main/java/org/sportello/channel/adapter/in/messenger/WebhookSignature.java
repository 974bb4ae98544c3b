package org.sportello.channel.adapter.in.messenger;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.sportello.shared.Digests;

/**
 * Meta's proof that a webhook call comes from Meta: {@code X-Hub-Signature-256: sha256=<hex>}, the
 * HMAC-SHA256 of the raw body with the app secret. Checked on the bytes as they arrived, before
 * anything parses them, and compared in constant time.
 */
final class WebhookSignature {

    static final String HEADER = "X-Hub-Signature-256";
    static final String PREFIX = "sha256=";
    static final String ALGORITHM = "HmacSHA256";

    /** What the header says about the body. */
    enum Check { VALID, MISSING, MISMATCH }

    private final SecretKeySpec key;

    WebhookSignature(String appSecret) {
        this.key = new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    Check check(String header, byte[] body) {
        if (header == null || header.isBlank()) {
            return Check.MISSING;
        }
        String given = header.strip();
        if (!given.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return Check.MISMATCH;
        }
        String hex = given.substring(PREFIX.length()).toLowerCase(Locale.ROOT);
        return Digests.equalInConstantTime(HexFormat.of().formatHex(hmac(body)), hex) ? Check.VALID : Check.MISMATCH;
    }

    private byte[] hmac(byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM); // a Mac is not thread-safe: one per check
            mac.init(key);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }

    @Override
    public String toString() {
        return "WebhookSignature[key hidden]";
    }
}

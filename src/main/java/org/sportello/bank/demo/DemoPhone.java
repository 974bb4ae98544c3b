package org.sportello.bank.demo;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import org.sportello.bank.application.OneTimeCodeSender;
import org.sportello.bank.domain.linking.LinkAttempt;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Language;
import org.springframework.stereotype.Component;

/**
 * The demo customers' phone: the one-time code the bank "texts" is kept here, in memory, for the
 * code page's demo panel. A bank replaces this bean with its SMS or app-push gateway.
 */
@Component
public class DemoPhone implements OneTimeCodeSender {

    private final Cache<String, String> lastCode = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterWrite(LinkAttempt.OTP_VALIDITY.plus(Duration.ofMinutes(1))).build();

    @Override
    public void send(String attemptId, CustomerId customer, String code, Language language) {
        lastCode.put(attemptId, code);
    }

    /** The last code sent for this attempt, while it may still be valid. */
    public Optional<String> lastCode(String attemptId) {
        return Optional.ofNullable(lastCode.getIfPresent(attemptId));
    }
}

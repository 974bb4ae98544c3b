package org.sportello;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import org.sportello.shared.IdGenerator;
import org.sportello.shared.Secrets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The Spring application: every module under {@code org.sportello}, wired together. Started by
 * {@link Sportello}, the command line.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
@EnableScheduling
public class SportelloApplication {

    /**
     * The one source of time. {@code sportello.clock.fixed} (an ISO-8601 instant) freezes it, for
     * demos and tests that need "now" to be a known moment.
     */
    @Bean
    Clock clock(@Value("${sportello.clock.fixed:}") String fixed) {
        return fixed.isBlank() ? Clock.systemUTC() : Clock.fixed(Instant.parse(fixed), java.time.ZoneOffset.UTC);
    }

    /** Time-ordered UUIDs (version 7): unique across nodes, and friendly to B-tree indexes. */
    @Bean
    IdGenerator idGenerator() {
        TimeBasedEpochGenerator uuids = Generators.timeBasedEpochGenerator();
        return () -> uuids.generate().toString();
    }

    /** Passwords only as salted, encoded hashes ({bcrypt} by default; older encodings still match). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Tokens, codes and verifiers from the operating system's secure random source. */
    @Bean
    Secrets secrets() {
        SecureRandom random = new SecureRandom();
        Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();
        return new Secrets() {
            @Override
            public String token(int bytes) {
                byte[] value = new byte[bytes];
                random.nextBytes(value);
                return base64url.encodeToString(value);
            }

            @Override
            public String digits(int length) {
                StringBuilder code = new StringBuilder(length);
                for (int i = 0; i < length; i++) {
                    code.append((char) ('0' + random.nextInt(10)));
                }
                return code.toString();
            }
        };
    }

    /**
     * Every user-visible text, from {@code i18n/messages_it} and {@code i18n/messages_en}. A missing key
     * is an error, never silently the key itself, and there is no fallback to the machine's locale.
     */
    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setUseCodeAsDefaultMessage(false);
        return messages;
    }
}

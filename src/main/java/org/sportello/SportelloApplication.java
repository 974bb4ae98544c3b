package org.sportello;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.time.Clock;
import java.time.Instant;
import org.sportello.shared.IdGenerator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.scheduling.annotation.EnableAsync;
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

package org.sportello.assistant.application;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sportello.assistant.domain.SettingsRequest;
import org.sportello.consent.Consents;
import org.sportello.consent.LinkedChat;
import org.sportello.notify.NotificationPreferences;
import org.sportello.notify.NotificationSettings;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.Language;
import org.sportello.shared.Money;
import org.springframework.stereotype.Component;

/** Notification preferences changed in words, and confirmed in words. */
@Component
class NotificationSkills {

    private final Consents consents;
    private final NotificationSettings settings;
    private final Replies replies;

    NotificationSkills(Consents consents, NotificationSettings settings, Replies replies) {
        this.consents = consents;
        this.settings = settings;
        this.replies = replies;
    }

    Answer apply(ChatAddress chat, SettingsRequest request, Language language) {
        Optional<LinkedChat> link = consents.linkOf(chat);
        if (link.isEmpty()) {
            return Answer.of(replies.text("assistant.settings.not-linked", language), List.of(replies.linkButton(language)));
        }
        String linkId = link.get().linkId();
        NotificationPreferences now = settings.of(linkId);
        NotificationPreferences changed = switch (request.kind()) {
            case SHOW -> now;
            case PAUSE -> now.withPaused(true);
            case RESUME -> now.withPaused(false);
            case PAYMENTS_FROM -> now.withPaymentsFrom(request.amountMinor());
            case ALL_PAYMENTS -> now.withPaymentsFrom(null);
            case LOW_BALANCE -> now.withLowBalance(request.amountMinor());
            case DIGEST_AT -> now.withDigestAt(request.from());
            case NO_DIGEST -> now.withDigestAt(null);
            case QUIET_HOURS -> now.withQuietHours(request.from(), request.to());
        };
        if (!changed.equals(now)) {
            settings.set(linkId, changed);
        }
        String confirmation = switch (request.kind()) {
            case SHOW -> replies.text("assistant.settings.summary", language, summary(changed, language));
            case PAUSE -> replies.text("assistant.settings.paused", language);
            case RESUME -> replies.text("assistant.settings.resumed", language);
            case PAYMENTS_FROM -> replies.text("assistant.settings.payments-from", language, euros(request.amountMinor(), language));
            case ALL_PAYMENTS -> replies.text("assistant.settings.all-payments", language);
            case LOW_BALANCE -> replies.text("assistant.settings.low-balance", language, euros(request.amountMinor(), language));
            case DIGEST_AT -> replies.text("assistant.settings.digest", language, time(request.from(), language));
            case NO_DIGEST -> replies.text("assistant.settings.no-digest", language);
            case QUIET_HOURS -> replies.text("assistant.settings.quiet", language, time(request.from(), language),
                    time(request.to(), language));
        };
        return Answer.of(confirmation, List.of());
    }

    private String summary(NotificationPreferences preferences, Language language) {
        if (preferences.paused()) {
            return replies.text("assistant.settings.summary.paused", language);
        }
        List<String> lines = new ArrayList<>();
        lines.add(preferences.paymentsFromMinor() == null ? replies.text("assistant.settings.summary.all-payments", language)
                : replies.text("assistant.settings.summary.payments-from", language, euros(preferences.paymentsFromMinor(), language)));
        if (preferences.lowBalanceMinor() != null) {
            lines.add(replies.text("assistant.settings.summary.low-balance", language, euros(preferences.lowBalanceMinor(), language)));
        }
        if (preferences.digestAt() != null) {
            lines.add(replies.text("assistant.settings.summary.digest", language, time(preferences.digestAt(), language)));
        }
        if (preferences.quietFrom() != null) {
            lines.add(replies.text("assistant.settings.summary.quiet", language, time(preferences.quietFrom(), language),
                    time(preferences.quietTo(), language)));
        }
        return "\n• " + String.join("\n• ", lines);
    }

    private static String euros(long minor, Language language) {
        return Money.ofMinor(minor, "EUR").format(language);
    }

    private static String time(java.time.LocalTime time, Language language) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(language.locale()).format(time);
    }
}

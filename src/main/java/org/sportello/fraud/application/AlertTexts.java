package org.sportello.fraud.application;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.sportello.fraud.FraudCase;
import org.sportello.fraud.FraudReason;
import org.sportello.notify.QuickReply;
import org.sportello.shared.Language;
import org.sportello.shared.MaskedPan;
import org.sportello.shared.Money;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** "Was this you?" in the customer's language: the payment, why it looks suspicious, and the two answers as buttons. */
@Component
class AlertTexts {

    /** Payload prefixes of the two answers; the case id follows. */
    static final String YES = "FRAUD:YES:";
    static final String NO = "FRAUD:NO:";
    static final ZoneId BANK_ZONE = ZoneId.of("Europe/Rome");
    /** Reasons named in one alert: the strongest say why; more would bury the question. */
    static final int REASONS_SHOWN = 3;

    private final MessageSource messages;

    AlertTexts(MessageSource messages) {
        this.messages = messages;
    }

    String question(FraudCase fraudCase, Language language) {
        return text(fraudCase.cardFrozen() ? "fraud.alert.held" : "fraud.alert.question", fraudCase, language);
    }

    String reminder(FraudCase fraudCase, Language language) {
        return text("fraud.alert.reminder", fraudCase, language);
    }

    List<QuickReply> answers(FraudCase fraudCase, Language language) {
        return List.of(new QuickReply(messages.getMessage("fraud.alert.yes", null, language.locale()), YES + fraudCase.caseId()),
                new QuickReply(messages.getMessage("fraud.alert.no", null, language.locale()), NO + fraudCase.caseId()));
    }

    private String text(String key, FraudCase fraudCase, Language language) {
        String card = fraudCase.cardLast4() == null ? "" : MaskedPan.ofLast4(fraudCase.cardLast4()).display();
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(language.locale()).withZone(BANK_ZONE)
                .format(fraudCase.occurredAt());
        String merchant = fraudCase.merchant() == null ? "?" : fraudCase.merchant();
        return messages.getMessage(key, new Object[] {card, fraudCase.amount().format(language), merchant, when,
                reasons(fraudCase.reasons(), language)}, language.locale());
    }

    /**
     * The bank's own alert as its sentence; the scorer's reasons, strongest first and at most
     * {@link #REASONS_SHOWN}, as one sentence: "Mi sembra insolito: un pagamento di …; alle 03:12, …".
     */
    private String reasons(List<FraudReason> reasons, Language language) {
        List<String> bank = reasons.stream().filter(reason -> reason.code().startsWith("bank-alert")).map(reason -> reason(reason, language))
                .toList();
        List<String> scored = reasons.stream().filter(reason -> !reason.code().startsWith("bank-alert")).limit(REASONS_SHOWN)
                .map(reason -> reason(reason, language)).toList();
        String why = scored.isEmpty() ? "" : messages.getMessage("fraud.alert.why", new Object[] {String.join("; ", scored)}, language.locale());
        return String.join(" ", bank) + (bank.isEmpty() || why.isEmpty() ? "" : " ") + why;
    }

    private String reason(FraudReason reason, Language language) {
        return messages.getMessage("fraud.reason." + reason.code(), reason.figures().stream().map(figure -> figure(figure, language)).toArray(),
                language.locale());
    }

    /** Money figures in the chat's language ("1.240,00 €", "€1,240.00"), numbers as numbers, the rest as it is. */
    private static Object figure(String figure, Language language) {
        if (figure.startsWith(FraudReason.MONEY)) {
            String[] parts = figure.substring(FraudReason.MONEY.length()).split(":");
            return Money.ofMinor(Long.parseLong(parts[1]), parts[0]).format(language);
        }
        return figure.matches("-?[0-9]{1,18}") ? (Object) Long.valueOf(figure) : figure;
    }
}

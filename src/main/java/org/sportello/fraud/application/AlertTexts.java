package org.sportello.fraud.application;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Collectors;
import org.sportello.fraud.FraudCase;
import org.sportello.fraud.FraudReason;
import org.sportello.notify.QuickReply;
import org.sportello.shared.Language;
import org.sportello.shared.MaskedPan;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** "Was this you?" in the customer's language: the payment, why it looks suspicious, and the two answers as buttons. */
@Component
class AlertTexts {

    /** Payload prefixes of the two answers; the case id follows. */
    static final String YES = "FRAUD:YES:";
    static final String NO = "FRAUD:NO:";
    static final ZoneId BANK_ZONE = ZoneId.of("Europe/Rome");

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

    private String reasons(List<FraudReason> reasons, Language language) {
        return reasons.stream().map(reason -> messages.getMessage("fraud.reason." + reason.code(), reason.figures().toArray(),
                reason.code(), language.locale())).collect(Collectors.joining(" "));
    }
}

package org.sportello.assistant.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sportello.assistant.domain.Intent;
import org.sportello.bank.TransactionSummary;
import org.sportello.consent.ConsentCheck;
import org.sportello.notify.MessageToSend;
import org.sportello.notify.Purpose;
import org.sportello.notify.QuickReply;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.Language;
import org.sportello.shared.MaskedPan;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes the assistant's answers: texts from the bundles, quick replies, one message id per cause. */
@Component
class Replies {

    /** What the help answer offers to tap. */
    static final List<Intent> SUGGESTIONS = List.of(Intent.BALANCE, Intent.TRANSACTIONS_RECENT, Intent.HELP);

    static final ZoneId BANK_ZONE = ZoneId.of("Europe/Rome");

    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Replies(MessageSource messages, ApplicationEventPublisher events, Clock clock) {
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    String text(String key, Language language, Object... arguments) {
        return messages.getMessage(key, arguments, language.locale());
    }

    List<QuickReply> suggestions(Language language) {
        List<QuickReply> replies = new ArrayList<>();
        for (Intent intent : SUGGESTIONS) {
            replies.add(suggestion(intent, language));
        }
        return replies;
    }

    /** A button that asks for {@code intent}, titled in the customer's language. */
    QuickReply suggestion(Intent intent, Language language) {
        return new QuickReply(text("assistant.suggestion." + intent.code(), language), intent.payload());
    }

    /** The button that takes the customer to the bank to link (or re-link) this chat. */
    QuickReply linkButton(Language language) {
        return linkButton("assistant.link.button", language);
    }

    QuickReply linkButton(String titleKey, Language language) {
        return QuickReply.linkAccount(text(titleKey, language));
    }

    /** Yes and no to "unlink your account?". */
    List<QuickReply> unlinkChoices(Language language) {
        return List.of(new QuickReply(text("assistant.unlink.yes", language), Dialogue.UNLINK_CONFIRM),
                new QuickReply(text("assistant.unlink.no", language), Dialogue.UNLINK_CANCEL));
    }

    /** Why a question cannot be answered, and the button that mends it: link, give the missing scope, or renew. */
    Answer refused(ConsentCheck.Refused refused, Language language) {
        String key = switch (refused.reason()) {
            case NOT_LINKED -> "assistant.consent.not-linked";
            case SCOPE_NOT_GRANTED -> "assistant.consent.scope-missing";
            case EXPIRED -> "assistant.consent.expired";
        };
        String text = text(key, language, text("consent.scope." + refused.scope().name().toLowerCase(Locale.ROOT), language));
        String button = refused.reason() == ConsentCheck.Reason.NOT_LINKED ? "assistant.link.button" : "assistant.link.renew-button";
        return Answer.of(text, List.of(linkButton(button, language)));
    }

    /** "• 17/11/26 Esselunga: -45,20 € · •••• 4821": a transaction as a line of a list. */
    String transactionLine(TransactionSummary transaction, ZoneId zone, Language language) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(language.locale()).withZone(zone);
        String party = transaction.merchantName() != null ? transaction.merchantName()
                : text("assistant.transactions.kind." + transaction.kind().name().toLowerCase(Locale.ROOT), language);
        String card = transaction.cardLast4() == null ? "" : " · " + MaskedPan.ofLast4(transaction.cardLast4()).display();
        return text("assistant.transactions.line", language, date.format(transaction.bookedAt()), party,
                transaction.amount().format(language), card);
    }

    /** A calendar day as the customer reads it: "5 dicembre 2026", "5 December 2026". */
    String day(LocalDate day, Language language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).format(day);
    }

    /** A day as the customer reads it ("18 maggio 2027", "18 May 2027"), in the bank's time zone. */
    String date(Instant instant, Language language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).withZone(BANK_ZONE).format(instant);
    }

    /**
     * Sends one reply. {@code messageId} comes from what caused it plus a part number, so that a
     * redelivered cause produces the same ids and the channel drops the copies.
     */
    void send(String messageId, ChatAddress to, Language language, String text, List<QuickReply> quickReplies) {
        send(messageId, to, language, Purpose.REPLY, text, quickReplies);
    }

    /** Sends an answer with its picture, if it has one. */
    void send(String messageId, ChatAddress to, Language language, Answer answer) {
        events.publishEvent(new MessageToSend(messageId, to, language, Purpose.REPLY, answer.text(), answer.quickReplies(),
                clock.instant()).withPicture(answer.picture().orElse(null)));
    }

    /** Sends a message about the customer's link or consent, not an answer: platforms may let it through later. */
    void sendAboutAccount(String messageId, ChatAddress to, Language language, String text, List<QuickReply> quickReplies) {
        send(messageId, to, language, Purpose.ACCOUNT, text, quickReplies);
    }

    private void send(String messageId, ChatAddress to, Language language, Purpose purpose, String text,
                      List<QuickReply> quickReplies) {
        events.publishEvent(new MessageToSend(messageId, to, language, purpose, text, quickReplies, clock.instant()));
    }
}

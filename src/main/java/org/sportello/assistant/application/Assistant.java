package org.sportello.assistant.application;

import java.util.List;
import java.util.Optional;
import org.sportello.assistant.CustomerSaid;
import org.sportello.assistant.domain.Intent;
import org.sportello.assistant.domain.Interpreter;
import org.sportello.assistant.domain.Understanding;
import org.sportello.bank.CustomerProfile;
import org.sportello.bank.Customers;
import org.sportello.consent.AccountLinked;
import org.sportello.consent.Consents;
import org.sportello.consent.LinkedChat;
import org.sportello.shared.Language;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Answers what customers say, and greets them when they link an account. */
@Component
class Assistant {

    private final Consents consents;
    private final Customers customers;
    private final AccountSkills skills;
    private final Replies replies;

    Assistant(Consents consents, Customers customers, AccountSkills skills, Replies replies) {
        this.consents = consents;
        this.customers = customers;
        this.skills = skills;
        this.replies = replies;
    }

    @ApplicationModuleListener
    void on(CustomerSaid said) {
        Understanding understanding = understand(said);
        Language language = understanding.language()
                .or(() -> Optional.ofNullable(said.languageHint()))
                .orElseGet(() -> preferredLanguage(said));
        String replyId = "reply:" + said.messageId();
        if (said.cardNumbersRemoved() > 0) {
            replies.send(replyId + ":card", said.from(), language, replies.text("assistant.card-number-removed", language),
                    List.of());
        }
        Answer answer = switch (understanding.intent()) {
            case BALANCE -> skills.balance(said.from(), language);
            case TRANSACTIONS_RECENT -> skills.recentTransactions(said.from(), language);
            case GREETING -> Answer.of(replies.text("assistant.greeting", language), replies.suggestions(language));
            case THANKS -> Answer.of(replies.text("assistant.thanks", language), List.of());
            case HELP -> Answer.of(replies.text("assistant.help", language), replies.suggestions(language));
            case OUT_OF_SCOPE -> Answer.of(replies.text("assistant.not-understood", language), replies.suggestions(language));
        };
        replies.send(replyId, said.from(), language, answer.text(), answer.quickReplies());
    }

    /** The bot says what it is as the conversation starts. */
    @ApplicationModuleListener
    void on(AccountLinked linked) {
        Optional<CustomerProfile> profile = customers.find(linked.customer());
        Language language = profile.map(CustomerProfile::language).orElse(Language.IT);
        String name = profile.map(CustomerProfile::givenName).orElse("");
        replies.send("welcome:" + linked.linkId(), linked.address(), language,
                replies.text("assistant.welcome", language, name), replies.suggestions(language));
    }

    private static Understanding understand(CustomerSaid said) {
        Understanding fromText = Interpreter.understand(said.text());
        if (said.payload() != null && said.payload().startsWith("INTENT:")) {
            Optional<Intent> tapped = Intent.ofCode(said.payload().substring("INTENT:".length()));
            if (tapped.isPresent()) {
                return new Understanding(fromText.language(), tapped.get());
            }
        }
        return fromText;
    }

    private Language preferredLanguage(CustomerSaid said) {
        return consents.linkOf(said.from())
                .map(LinkedChat::customer)
                .flatMap(customers::find)
                .map(CustomerProfile::language)
                .orElse(Language.IT);
    }
}

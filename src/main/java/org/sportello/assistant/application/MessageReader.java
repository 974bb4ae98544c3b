package org.sportello.assistant.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sportello.assistant.IntentGuess;
import org.sportello.assistant.IntentModel;
import org.sportello.assistant.MessageParser;
import org.sportello.assistant.ParsedMessage;
import org.sportello.assistant.domain.Intent;
import org.sportello.assistant.domain.Understanding;
import org.sportello.assistant.domain.entities.CustomerContext;
import org.sportello.assistant.domain.entities.Entity;
import org.sportello.assistant.domain.entities.EntityExtractor;
import org.sportello.bank.Accounts;
import org.sportello.bank.CustomerProfile;
import org.sportello.bank.Customers;
import org.sportello.bank.Period;
import org.sportello.bank.SpendingFacts;
import org.sportello.bank.TransactionKind;
import org.sportello.bank.TransactionSummary;
import org.sportello.consent.AccessPurpose;
import org.sportello.consent.ConsentCheck;
import org.sportello.consent.Consents;
import org.sportello.consent.LinkedChat;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.Language;
import org.sportello.shared.Scope;
import org.springframework.stereotype.Component;

/**
 * Reads a message: its language, its intent with the model's confidence and the next likeliest
 * intents, and its entities. For a linked chat, merchants are matched against the customer's own
 * history (read through the TRANSACTIONS consent, and kept a few minutes) and dates resolve in
 * the customer's time zone.
 */
@Component
class MessageReader implements MessageParser {

    static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Rome");
    /** How far back the merchants a customer may name are looked for. */
    static final int MERCHANT_HISTORY_DAYS = 400;
    /** The customer's merchants are read again after this: new ones appear, and each read is audited. */
    static final Duration MERCHANTS_KEPT = Duration.ofMinutes(10);
    static final int ALTERNATIVES_MAX = 3;
    /** Recent transactions looked through for the people the customer exchanges money with (the most the bank gives). */
    static final int CONTACT_TRANSACTIONS_MAX = 50;

    private final IntentModel model;
    private final LanguageGuesser languages;
    private final EntityExtractor extractor;
    private final Consents consents;
    private final SpendingFacts facts;
    private final Customers customers;
    private final Accounts accounts;
    private final Clock clock;
    private final Cache<String, Known> known = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(MERCHANTS_KEPT).build();

    /** What the bank knows that helps reading a customer's message: their zone, merchants and the people they exchange money with. */
    private record Known(ZoneId zone, List<String> merchants, List<String> contacts) {
    }

    MessageReader(IntentModel model, LanguageGuesser languages, EntityExtractor extractor, Consents consents, SpendingFacts facts, Customers customers,
                  Accounts accounts, Clock clock) {
        this.model = model;
        this.languages = languages;
        this.extractor = extractor;
        this.consents = consents;
        this.facts = facts;
        this.customers = customers;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A message in a chat: the customer's merchants and time zone when the chat is linked. */
    Understanding read(String text, ChatAddress chat, Optional<LinkedChat> link) {
        Known customer = link.map(linked -> known(chat, linked)).orElse(new Known(DEFAULT_ZONE, List.of(), List.of()));
        Optional<Language> language = languages.of(text);
        CustomerContext context = new CustomerContext(clock.instant().atZone(customer.zone()), language,
                CustomerContext.EURO, customer.merchants(), customer.contacts());
        return read(text, language, context);
    }

    /** A message outside any chat (the parse API): relative dates from {@code now}, no customer's names. */
    Understanding read(String text, ZonedDateTime now) {
        Optional<Language> language = languages.of(text);
        return read(text, language, new CustomerContext(now, language, CustomerContext.EURO, List.of(), List.of()));
    }

    @Override
    public ParsedMessage parse(String text, ZonedDateTime now) {
        Understanding understanding = read(text, now);
        return new ParsedMessage(understanding.language().orElse(Language.IT), understanding.intent().code(), understanding.confidence(),
                understanding.entities().stream().map(Entity::json).toList());
    }

    private Understanding read(String text, Optional<Language> language, CustomerContext context) {
        List<IntentGuess> ranked = model.ranked(text, ALTERNATIVES_MAX + 1);
        IntentGuess best = ranked.get(0);
        List<Intent> alternatives = ranked.stream().skip(1).map(guess -> intent(guess.intent())).toList();
        List<Entity> entities = extractor.extract(text, context);
        return new Understanding(language, intent(best.intent()), best.confidence(), alternatives, entities);
    }

    private Known known(ChatAddress chat, LinkedChat link) {
        return Objects.requireNonNull(known.get(link.linkId(), linkId -> lookUp(chat)));
    }

    private Known lookUp(ChatAddress chat) {
        ConsentCheck check = consents.check(chat, Scope.TRANSACTIONS, AccessPurpose.ANSWER);
        if (!(check instanceof ConsentCheck.Granted grant)) {
            return new Known(DEFAULT_ZONE, List.of(), List.of());
        }
        ZoneId zone = customers.profileOf(grant).map(CustomerProfile::timeZone).orElse(DEFAULT_ZONE);
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        Period recent = new Period(today.minusDays(MERCHANT_HISTORY_DAYS), today.plusDays(1), zone);
        List<String> merchants = facts.totals(grant, recent, SpendingFacts.Grouping.MERCHANT).stream().map(SpendingFacts.Total::key)
                .filter(Objects::nonNull).limit(CustomerContext.NAMES_MAX).toList();
        // No contact list exists yet: the people the customer sent money to or received it from stand in for one.
        List<String> contacts = accounts.recentTransactions(grant, CONTACT_TRANSACTIONS_MAX).stream()
                .filter(transaction -> transaction.kind() == TransactionKind.TRANSFER_OUT || transaction.kind() == TransactionKind.TRANSFER_IN)
                .map(TransactionSummary::merchantName).filter(Objects::nonNull).distinct().limit(CustomerContext.NAMES_MAX).toList();
        return new Known(zone, merchants, contacts);
    }

    /** A model trained on other labels (an operator's file) may name intents Sportello does not act on: read as out of scope. */
    private static Intent intent(String code) {
        return Intent.ofCode(code).orElse(Intent.OUT_OF_SCOPE);
    }
}

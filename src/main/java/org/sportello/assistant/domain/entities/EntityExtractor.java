package org.sportello.assistant.domain.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds every entity in a customer's message: periods, amounts, cards, categories, merchants,
 * payees and places. Where two claim the same text, the longer wins ("ottobre 2025" is a period, so its 2025 is
 * no amount; "la carta 1234" is a card, so its 1234 is no amount), then the more specific kind (see
 * {@link EntityType}). Offsets are Java {@code String} indices into the message as given.
 */
public final class EntityExtractor {

    /** A chat message is at most 2,000 characters (web chat, Messenger); anything after is not read. */
    public static final int MESSAGE_CHARS_MAX = 2_000;

    private final PeriodParser periods = new PeriodParser();
    private final AmountParser amounts = new AmountParser();
    private final CardMatcher cards = new CardMatcher();
    private final CategoryMatcher categories;
    private final PlaceMatcher places;

    /** Without places: for what reads no place (tests of money questions). */
    public EntityExtractor(CategoryMatcher categories) {
        this(categories, PlaceMatcher.NONE);
    }

    /**
     * @param categories the taxonomy's synonyms, built once: they are the same for every customer
     * @param places     the gazetteer's places, built once
     */
    public EntityExtractor(CategoryMatcher categories, PlaceMatcher places) {
        this.categories = Objects.requireNonNull(categories, "categories == null");
        this.places = Objects.requireNonNull(places, "places == null");
    }

    /** The entities of a message, none overlapping another, in the order they appear. */
    public List<Entity> extract(String message, CustomerContext context) {
        Objects.requireNonNull(context, "context == null");
        FoldedText text = FoldedText.of(message);
        List<Entity> found = new ArrayList<>();
        found.addAll(periods.find(text, context.now(), context.language()));
        found.addAll(amounts.find(text, context.defaultCurrency()));
        found.addAll(cards.find(text));
        found.addAll(categories.find(text, context.language()));
        found.addAll(new MerchantMatcher(context.knownMerchants()).find(text));
        found.addAll(new PayeeMatcher(context.contacts()).find(text));
        found.addAll(places.find(text));
        List<Entity> chosen = NonOverlapping.select(found);
        for (Entity entity : chosen) {
            if (!message.startsWith(entity.text(), entity.start())) {
                throw new IllegalStateException("entity " + entity + " does not quote the message at its offsets");
            }
        }
        return chosen;
    }
}

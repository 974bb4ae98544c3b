package org.sportello.assistant.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sportello.assistant.domain.entities.CategoryCode;
import org.sportello.assistant.domain.entities.DatePeriod;
import org.sportello.assistant.domain.entities.Entity;
import org.sportello.assistant.domain.entities.MerchantName;

/**
 * What a question about spending is about: a period, and at most one of a category or a merchant.
 * It carries over from one message to the next: "e a settembre?" keeps October's category and
 * changes the period, "and restaurants?" keeps the period and changes what is counted.
 */
public record SpendingQuestion(Optional<DatePeriod> period, Optional<DatePeriod> against, Optional<String> category,
                               Optional<String> merchant) {

    public static final SpendingQuestion NOTHING = new SpendingQuestion(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    public SpendingQuestion {
        Objects.requireNonNull(period, "period == null");
        Objects.requireNonNull(against, "against == null");
        Objects.requireNonNull(category, "category == null");
        Objects.requireNonNull(merchant, "merchant == null");
    }

    /**
     * What the message's entities name; the rest as in this question. A category replaces a
     * merchant and back. Two periods ("October against September") are compared: the later one
     * is the period, the earlier what it is compared against.
     */
    public SpendingQuestion with(List<Entity> entities) {
        SpendingQuestion question = this;
        List<DatePeriod> periods = entities.stream().map(Entity::value).filter(DatePeriod.class::isInstance).map(DatePeriod.class::cast)
                .sorted(Comparator.comparing(DatePeriod::from)).toList();
        if (periods.size() == 1) {
            question = question.withPeriod(periods.get(0));
        } else if (periods.size() > 1) {
            question = new SpendingQuestion(Optional.of(periods.get(periods.size() - 1)), Optional.of(periods.get(0)), category, merchant);
        }
        for (Entity entity : entities) {
            if (entity.value() instanceof CategoryCode category) {
                question = new SpendingQuestion(question.period, question.against, Optional.of(category.code()), Optional.empty());
            } else if (entity.value() instanceof MerchantName merchant) {
                question = new SpendingQuestion(question.period, question.against, Optional.empty(), Optional.of(merchant.name()));
            }
        }
        return question;
    }

    /** The question about another period, compared with the one before it. */
    public SpendingQuestion withPeriod(DatePeriod period) {
        return new SpendingQuestion(Optional.of(period), Optional.empty(), category, merchant);
    }

    /** Whether the entities name anything a spending question is about. */
    public static boolean namesAnything(List<Entity> entities) {
        return !NOTHING.with(entities).equals(NOTHING);
    }
}

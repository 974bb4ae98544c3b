package org.sportello.fraud;

import java.util.List;
import java.util.Objects;
import org.sportello.shared.Language;
import org.sportello.shared.Money;

/**
 * One reason a payment looks unusual, with the figures that make it concrete for the customer: "a
 * €1,240 payment, 14 times this card's usual amount".
 *
 * @param code    what kind of reason, which names its text in the message bundles
 * @param figures the text's arguments, of the types {@link ReasonCode} lists: Money, Long or String
 */
public record Reason(ReasonCode code, List<Object> figures) {

    public Reason {
        Objects.requireNonNull(code, "code == null");
        figures = List.copyOf(figures);
        for (Object figure : figures) {
            if (!(figure instanceof Money || figure instanceof Long || figure instanceof String)) {
                throw new IllegalArgumentException(code + " figure " + figure + " is not Money, Long or String");
            }
        }
    }

    public static Reason of(ReasonCode code, Object... figures) {
        return new Reason(code, List.of(figures));
    }

    public String messageKey() {
        return code.messageKey();
    }

    /** The figures ready for {@link java.text.MessageFormat}: amounts written the way the language writes money. */
    public Object[] arguments(Language language) {
        return figures.stream().map(figure -> figure instanceof Money money ? money.format(language) : figure).toArray();
    }
}

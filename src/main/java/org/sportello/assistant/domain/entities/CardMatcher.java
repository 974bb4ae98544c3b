package org.sportello.assistant.domain.entities;

import static org.sportello.assistant.domain.entities.Patterns.anyOf;
import static org.sportello.assistant.domain.entities.Patterns.lead;
import static org.sportello.assistant.domain.entities.Patterns.optional;
import static org.sportello.assistant.domain.entities.Patterns.wholeWords;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the card a customer means, by its last four digits, its kind, or both: "la carta che finisce
 * con 1234", "card ending 1234", "la carta 1234", "****1234" (as the chat redacts a card number),
 * "la mia carta di credito", "my debit card", "prepagata", "col bancomat". The phrase keeps its
 * article or possessive ("la carta di credito", "my credit card").
 */
public final class CardMatcher {

    private static final Map<String, CardReference.Kind> KINDS = Map.ofEntries(
            Map.entry("credito", CardReference.Kind.CREDIT), Map.entry("credit", CardReference.Kind.CREDIT),
            Map.entry("debito", CardReference.Kind.DEBIT), Map.entry("debit", CardReference.Kind.DEBIT),
            Map.entry("bancomat", CardReference.Kind.DEBIT),
            Map.entry("prepagata", CardReference.Kind.PREPAID), Map.entry("prepaid", CardReference.Kind.PREPAID));
    /** Kinds that name a card without the word "carta"; "credito" or "debito" alone is credit or debt. */
    private static final Set<String> KINDS_ALONE = Set.of("prepagata", "prepaid", "bancomat");
    /**
     * Alone, "bancomat" is as often the cash machine ("prelievi al bancomat", a category) as the debit
     * card: it is the card after a possessive or a word of paying with ("il mio bancomat", "col bancomat").
     */
    private static final Set<String> PAID_WITH = Set.of("con", "col", "coi", "tramite", "via", "using", "with", "by", "mio", "my");

    private static final List<String> DETERMINERS = List.of("la mia", "il mio", "la tua", "il tuo", "la", "il", "mia",
            "mio", "my", "the", "your", "tua", "tuo");
    private static final String MASK = "(?:[*x•·]{2,}[\\s-]*)+";
    private static final String ENDING = "(?:(?:che|that|which)\\s+)?(?:finisce|termina|terminante|finiscono|ends|ending|ended)"
            + "(?:\\s+(?:con|in|per|with|by))?\\s+";
    private static final String LAST4 = "(?:(?:n|nr|no|numero|number)\\.?\\s*|#\\s*)?(?:" + MASK + ")?(?<last4>[0-9]{4})(?![0-9])";

    private record Rule(Pattern pattern, BiFunction<Matcher, FoldedText, Optional<CardReference>> read) {
    }

    private static final List<Rule> RULES = List.of(
            // "la carta di credito che finisce con 1234", "carta 1234", "my credit card", "debit card ending 1234"
            new Rule(wholeWords(optional(lead(DETERMINERS)) + "(?:carta(?:\\s+(?:di\\s+)?" + kind("kind", KINDS.keySet()) + ")?|"
                    + kind("kindBefore", KINDS.keySet()) + "\\s+card|card)" + optional("\\s+(?:" + ENDING + ")?" + LAST4)),
                    (match, text) -> card(match.group("last4"), kindAfterOrBefore(match))),
            // "prepagata", "il mio bancomat", "col bancomat che finisce con 1234"
            new Rule(wholeWords(optional(lead(DETERMINERS)) + kind("kind", KINDS_ALONE) + optional("\\s+(?:" + ENDING + ")?" + LAST4)),
                    CardMatcher::kindAlone),
            // "****1234", "xxxx 1234", "•••• 1234" as the chat redacts a card number
            new Rule(Pattern.compile("(?<![\\p{L}\\p{N}*•·])" + MASK + "(?<last4>[0-9]{4})(?![0-9])"),
                    (match, text) -> card(match.group("last4"), null)),
            // "quella che finisce con 1234", "ending in 1234"
            new Rule(wholeWords(ENDING + "(?<last4>[0-9]{4})(?![0-9])"), (match, text) -> card(match.group("last4"), null)));

    public List<Entity> find(String message) {
        return find(FoldedText.of(message));
    }

    List<Entity> find(FoldedText text) {
        List<Entity> found = new ArrayList<>();
        for (Rule rule : RULES) {
            Patterns.forEachMatch(rule.pattern(), text.folded(), match -> rule.read().apply(match, text)
                    .ifPresent(card -> found.add(text.entity(card, match.start(), match.end()))));
        }
        return NonOverlapping.select(found);
    }

    /** A card by digits, kind or both; "la carta" alone names no card in particular. */
    private static Optional<CardReference> card(String last4, String kindWord) {
        if (last4 == null && kindWord == null) {
            return Optional.empty();
        }
        return Optional.of(new CardReference(Optional.ofNullable(last4), Optional.ofNullable(kindWord).map(KINDS::get)));
    }

    /** "carta di credito" names the kind after the noun, "credit card" before it. */
    private static String kindAfterOrBefore(Matcher match) {
        String after = match.group("kind");
        return after != null ? after : match.group("kindBefore");
    }

    private static Optional<CardReference> kindAlone(Matcher match, FoldedText text) {
        String kindWord = match.group("kind");
        String last4 = match.group("last4");
        if (kindWord.equals("bancomat") && last4 == null && !paidWith(match, text)) {
            return Optional.empty();
        }
        return card(last4, kindWord);
    }

    /** Whether "bancomat" follows a possessive in the match ("il mio") or a word of paying with ("col"). */
    private static boolean paidWith(Matcher match, FoldedText text) {
        int kindStart = match.start("kind");
        return text.tokens().stream()
                .filter(token -> token.end() <= kindStart)
                .reduce((first, second) -> second)
                .map(previous -> PAID_WITH.contains(previous.word()))
                .orElse(false);
    }

    private static String kind(String group, Set<String> words) {
        return "(?<" + group + ">" + anyOf(words) + ")";
    }
}

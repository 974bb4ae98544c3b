package org.sportello.assistant.domain.entities;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sportello.shared.Money;

/**
 * Finds amounts of money: "20 €", "€ 20,50", "20 euro", "EUR 1.250,00", "1,250.00 EUR", "$15",
 * "15 dollari", "£ 10", "10 sterline", "mille euro". Italian and English ways of writing numbers are
 * both read in either language, because money never has three decimals and a thousands group always
 * has three digits: one or two digits after the last separator are decimals ("20,50", "20.5"), three
 * are thousands ("1.250", "1,250"). A number without a currency is an amount only after a threshold
 * word ("sopra i 50", "over 50"), in the default currency; so a card's last four digits, a year or a
 * date ("3/10") never is.
 */
public final class AmountParser {

    /** Money takes at most a trillion major units: thirteen digits. */
    static final int INTEGER_DIGITS_MAX = 13;
    private static final int THOUSANDS_GROUP_DIGITS = 3;

    private static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(
            Map.entry("€", "EUR"), Map.entry("eur", "EUR"), Map.entry("euro", "EUR"), Map.entry("euros", "EUR"),
            Map.entry("$", "USD"), Map.entry("usd", "USD"), Map.entry("dollaro", "USD"), Map.entry("dollari", "USD"),
            Map.entry("dollar", "USD"), Map.entry("dollars", "USD"),
            Map.entry("£", "GBP"), Map.entry("gbp", "GBP"), Map.entry("sterlina", "GBP"), Map.entry("sterline", "GBP"),
            Map.entry("pound", "GBP"), Map.entry("pounds", "GBP"),
            Map.entry("chf", "CHF"), Map.entry("franchi", "CHF"), Map.entry("franchi svizzeri", "CHF"),
            Map.entry("francs", "CHF"), Map.entry("swiss francs", "CHF"));
    /** Before the number only symbols and ISO codes: "€ 20", "EUR 1.250,00", never "euro 20". */
    private static final Set<String> CURRENCIES_BEFORE = Set.of("€", "$", "£", "eur", "usd", "gbp", "chf");
    private static final List<String> THRESHOLDS = List.of("sopra", "sopra i", "sopra gli", "sopra ai", "sopra a",
            "oltre", "oltre i", "oltre gli", "piu di", "piu dei", "superiore a", "superiori a", "superiore ai",
            "superiori ai", "maggiore di", "maggiori di", "sotto", "sotto i", "sotto gli", "sotto ai", "sotto a",
            "meno di", "meno dei", "inferiore a", "inferiori a", "inferiore ai", "inferiori ai", "almeno", "fino a",
            "fino ai", "over", "above", "more than", "greater than", "bigger than", "under", "below", "less than",
            "at least", "up to", "exceeding");
    /** After a threshold these make the number a count, not money: "più di 3 giorni", "over 10 payments". */
    private static final Set<String> NOT_MONEY = Set.of("giorni", "giorno", "days", "day", "settimane", "settimana",
            "weeks", "week", "mesi", "mese", "months", "month", "anni", "anno", "years", "year", "volte", "times",
            "transazioni", "transactions", "pagamenti", "payments", "movimenti", "ore", "hours", "minuti", "minutes",
            "persone", "people", "km", "percento", "percent");

    private static final String NUMBER = "(?<number>[0-9]{1,3}(?:[.,][0-9]{3})+(?:[.,][0-9]{1,2})?|[0-9]{1,"
            + INTEGER_DIGITS_MAX + "}(?:[.,][0-9]{1,2})?)";
    /** Not part of a word, a date ("3/10", "2025-10"), a time ("10:30") or a masked card ("****1234"). */
    private static final String NUMBER_START = "(?<![\\p{L}\\p{N}.,/:*•#])(?<![0-9]-)";
    private static final String NUMBER_END = "(?![\\p{L}\\p{N}]|[.,/:\\-][0-9]|\\s*%)";

    private static final Pattern CURRENCY_FIRST = Pattern.compile(Patterns.WORD_START + "(?<currency>"
            + Patterns.anyOf(CURRENCIES_BEFORE) + ")\\s*" + NUMBER + NUMBER_END);
    private static final Pattern CURRENCY_AFTER = Pattern.compile(NUMBER_START + "(?:" + NUMBER + "|(?<words>"
            + NumberWords.ANY + "))\\s*(?<currency>" + Patterns.anyOf(CURRENCY_WORDS.keySet()) + ")(?![\\p{L}\\p{N}])");
    private static final Pattern AFTER_THRESHOLD = Pattern.compile(Patterns.WORD_START + Patterns.anyOf(THRESHOLDS)
            + "\\s+" + NUMBER_START + NUMBER + NUMBER_END);

    /** @param defaultCurrency the currency of a number after a threshold word: "sopra i 50" */
    public List<Entity> find(String message, Currency defaultCurrency) {
        return find(FoldedText.of(message), defaultCurrency);
    }

    List<Entity> find(FoldedText text, Currency defaultCurrency) {
        Objects.requireNonNull(defaultCurrency, "defaultCurrency == null");
        List<Entity> found = new ArrayList<>();
        Patterns.forEachMatch(CURRENCY_FIRST, text.folded(), match -> amount(number(match.group("number")), currency(match))
                .ifPresent(amount -> found.add(text.entity(amount, match.start(), match.end()))));
        Patterns.forEachMatch(CURRENCY_AFTER, text.folded(), match -> amount(digitsOrWords(match), currency(match))
                .ifPresent(amount -> found.add(text.entity(amount, match.start(), match.end()))));
        Patterns.forEachMatch(AFTER_THRESHOLD, text.folded(), match -> {
            if (!countFollows(text.folded(), match.end())) {
                amount(number(match.group("number")), defaultCurrency).ifPresent(amount ->
                        found.add(text.entity(amount, match.start("number"), match.end("number"))));
            }
        });
        return NonOverlapping.select(found);
    }

    private static Currency currency(Matcher match) {
        return Currency.getInstance(CURRENCY_WORDS.get(match.group("currency").replaceAll("\\s+", " ")));
    }

    private static Optional<BigDecimal> digitsOrWords(Matcher match) {
        String words = match.group("words");
        return words != null ? NumberWords.count(words).map(BigDecimal::valueOf) : number(match.group("number"));
    }

    /** At the currency's scale; empty with more decimals than the currency has, or above what Money holds. */
    private static Optional<MoneyAmount> amount(Optional<BigDecimal> value, Currency currency) {
        return value.filter(known -> known.scale() <= currency.getDefaultFractionDigits()
                        && known.compareTo(Money.MAJOR_UNITS_MAX) <= 0)
                .map(known -> new MoneyAmount(known.setScale(currency.getDefaultFractionDigits()), currency));
    }

    /**
     * "1.250,00" or "1,250.00" → 1250.00, "20,5" → 20.5, "1.250" → 1250; empty when the separators
     * contradict each other ("1.250.00", "1,250,5" is fine, "0.500" is no amount).
     */
    static Optional<BigDecimal> number(String written) {
        int last = Math.max(written.lastIndexOf('.'), written.lastIndexOf(','));
        if (last < 0) {
            return Optional.of(new BigDecimal(written));
        }
        boolean hasDecimals = written.length() - last - 1 < THOUSANDS_GROUP_DIGITS;
        String whole = hasDecimals ? written.substring(0, last) : written;
        boolean grouped = whole.indexOf('.') >= 0 || whole.indexOf(',') >= 0;
        boolean mixedGroups = whole.indexOf('.') >= 0 && whole.indexOf(',') >= 0;
        boolean groupSignIsDecimalSign = hasDecimals && whole.indexOf(written.charAt(last)) >= 0;
        if (mixedGroups || groupSignIsDecimalSign || grouped && whole.charAt(0) == '0') {
            return Optional.empty();
        }
        String digits = whole.replace(".", "").replace(",", "");
        return Optional.of(new BigDecimal(hasDecimals ? digits + "." + written.substring(last + 1) : digits));
    }

    /** Whether the word after a number counts something else: "più di 3 giorni", "over 10 payments". */
    private static boolean countFollows(String folded, int end) {
        int start = end;
        while (start < folded.length() && Character.isWhitespace(folded.charAt(start))) {
            start++;
        }
        int stop = start;
        while (stop < folded.length() && Character.isLetter(folded.charAt(stop))) {
            stop++;
        }
        return NOT_MONEY.contains(folded.substring(start, stop));
    }
}

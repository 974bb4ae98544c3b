package org.sportello.bank.domain.category;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the merchant string an acquirer sends into the name a customer recognises, with the brand
 * behind it when the dictionary knows it: "AMZN Mktp IT*2K4LK" → Amazon, "PAYPAL *NETFLIX" →
 * Netflix, "SumUp *Bar Roma" → Bar Roma.
 */
public final class MerchantNames {

    /**
     * Payment platforms that write their own name before a '*' and the real merchant after it.
     * Lenders such as Klarna are not among them: a "KLARNA*SHOP" charge repays Klarna.
     */
    static final Set<String> PLATFORMS = Set.of("paypal", "pp", "sq", "square", "sumup", "ztl", "zettle", "iz",
            "izettle", "sp", "tst", "stripe", "google", "payu", "mollie", "paddle", "adyen", "dnh");
    /** Acquirers glue words ("ESSELUNGAMI"): a first word may start with a brand this long or longer. */
    static final int GLUED_BRAND_CHARS_MIN = 5;

    /** A name as shown, and the brand behind it if known. */
    record Recognised(String name, Brand brand) {
        static final Recognised NOBODY = new Recognised(null, null);
    }

    private final PhraseIndex<Brand> brands;

    public MerchantNames(List<Brand> brands) {
        this.brands = new PhraseIndex<>(phrases(brands));
    }

    /** The name as Sportello shows it: the brand's name, else a tidy form of the raw name; null for none. */
    public String normalise(String raw) {
        return recognise(raw).name();
    }

    /** The brand a raw merchant name belongs to. */
    public Optional<Brand> brandOf(String raw) {
        return Optional.ofNullable(recognise(raw).brand());
    }

    Recognised recognise(String raw) {
        if (raw == null || raw.isBlank()) {
            return Recognised.NOBODY;
        }
        String name = raw.length() > Words.TEXT_CHARS_MAX ? raw.substring(0, Words.TEXT_CHARS_MAX) : raw;
        int star = name.indexOf('*');
        if (star < 0) {
            return recognised(find(Words.ofName(name)), name);
        }
        String before = name.substring(0, star).strip();
        String after = stripStars(name.substring(star + 1));
        String[] beforeWords = Words.ofName(before);
        if (beforeWords.length == 1 && PLATFORMS.contains(beforeWords[0]) && !after.isEmpty()) {
            return recognised(find(Words.ofName(after)), after);
        }
        // The merchant wrote "NAME*REFERENCE": the brand may span both ("UBER *EATS"), the name is before.
        return recognised(find(Words.ofName(name)), before.isEmpty() ? after : before);
    }

    /** A brand named anywhere in free text, such as a card payment's statement line; anchored patterns never count. */
    Optional<Brand> brandIn(String text) {
        return brands.best(Words.ofName(text), false, brand -> true, brand -> 0).map(PhraseIndex.Match::value);
    }

    private Brand find(String[] words) {
        Optional<PhraseIndex.Match<Brand>> match = brands.best(words, true, brand -> true, brand -> 0);
        if (match.isPresent()) {
            return match.get().value();
        }
        return words.length == 0 ? null : gluedBrand(words[0]);
    }

    /** "esselungami" → Esselunga: the longest known one-word brand the first word starts with. */
    private Brand gluedBrand(String first) {
        for (int length = first.length() - 1; length >= GLUED_BRAND_CHARS_MIN; length--) {
            Optional<Brand> brand = brands.single(first.substring(0, length));
            if (brand.isPresent()) {
                return brand.get();
            }
        }
        return null;
    }

    private static Recognised recognised(Brand brand, String shownPart) {
        return new Recognised(brand != null ? brand.name() : TidyName.of(shownPart), brand);
    }

    private static String stripStars(String text) {
        int start = 0;
        while (start < text.length() && (text.charAt(start) == '*' || Character.isWhitespace(text.charAt(start)))) {
            start++;
        }
        return text.substring(start).strip();
    }

    private static List<PhraseIndex.Phrase<Brand>> phrases(List<Brand> brands) {
        Map<String, Brand> seen = new HashMap<>();
        List<PhraseIndex.Phrase<Brand>> phrases = new ArrayList<>();
        for (Brand brand : brands) {
            for (String pattern : brand.patterns()) {
                boolean anchored = pattern.startsWith("^");
                String[] words = Words.ofName(anchored ? pattern.substring(1) : pattern);
                if (words.length == 0) {
                    throw new IllegalArgumentException("pattern '" + pattern + "' of " + brand.name() + " has no word to match");
                }
                Brand earlier = seen.putIfAbsent((anchored ? "^" : "") + String.join(" ", words), brand);
                if (earlier == brand) {
                    continue;
                }
                if (earlier != null) {
                    throw new IllegalArgumentException("pattern '" + pattern + "' belongs to both " + earlier.name()
                            + " and " + brand.name());
                }
                phrases.add(new PhraseIndex.Phrase<>(words, anchored, brand));
            }
        }
        return phrases;
    }
}

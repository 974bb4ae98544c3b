package org.sportello.bank.domain.category;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sportello.bank.domain.category.CategoryAssignment.Source;

/**
 * Gives every transaction a category. Sources, strongest first: the customer's own choice for the
 * merchant; the bank's transaction kind where it settles the matter (a SALARY is wages whatever its
 * text); the brand dictionary; a specific merchant category code; keywords in names and remittance;
 * a vague merchant category code; and a default by kind and direction.
 * Everything is precomputed: a call folds three short texts and does a few hash lookups (about half
 * a microsecond). Immutable once built, so one instance serves every ingest thread.
 */
public final class Categoriser {

    /** Below this weight a keyword (bonifico, sepa) says less than even a vague merchant category code. */
    static final int KEYWORD_WEIGHT_OVER_MCC_MIN = 3;

    private static final String BANK_FEES = "BANK_FEES";
    private static final String[] FIELD_BREAK = {""};

    /** The bank's transaction kinds the categoriser knows; any other name is treated by direction alone. */
    enum Kind {
        CARD_PAYMENT, CARD_REFUND, CASH_WITHDRAWAL, TRANSFER_IN, TRANSFER_OUT, SALARY, DIRECT_DEBIT, FEE, INTEREST, OTHER;

        private static final Map<String, Kind> BY_NAME = byName();

        static Kind of(String name) {
            return name == null ? OTHER : BY_NAME.getOrDefault(name, OTHER);
        }

        boolean isCard() {
            return this == CARD_PAYMENT || this == CARD_REFUND;
        }

        private static Map<String, Kind> byName() {
            Map<String, Kind> byName = new HashMap<>();
            for (Kind kind : values()) {
                byName.put(kind.name(), kind);
            }
            return Map.copyOf(byName);
        }
    }

    private final Taxonomy taxonomy;
    private final MerchantNames merchantNames;
    private final Map<String, MccCategory> mccs;
    private final PhraseIndex<KeywordRule> keywords;
    private final Defaults defaults;

    public Categoriser(Taxonomy taxonomy, MerchantNames merchantNames, List<MccCategory> mccCategories,
                       List<KeywordRule> keywordRules) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy == null");
        this.merchantNames = Objects.requireNonNull(merchantNames, "merchantNames == null");
        this.mccs = byCode(mccCategories);
        this.keywords = new PhraseIndex<>(phrases(keywordRules));
        this.defaults = new Defaults(taxonomy);
    }

    public CategoryAssignment categorise(CategoryInput input, CategoryOverrides overrides) {
        Objects.requireNonNull(input, "input == null");
        Objects.requireNonNull(overrides, "overrides == null");
        Kind kind = Kind.of(input.kind());
        MerchantNames.Recognised party = party(input, kind);
        Optional<Category> chosen = customerChoice(input.customerId(), party.name(), overrides);
        if (chosen.isPresent()) {
            return new CategoryAssignment(chosen.get(), Source.CUSTOMER_OVERRIDE, party.name());
        }
        Decision decision = byKind(input, kind);
        if (decision == null) {
            decision = byRules(input, kind, party.brand());
        }
        return new CategoryAssignment(decision.category(), decision.source(), party.name());
    }

    private record Decision(Category category, Source source) {
    }

    /** Who the transaction is with: the merchant, else the counterparty, else a brand a card line names. */
    private MerchantNames.Recognised party(CategoryInput input, Kind kind) {
        if (isPresent(input.merchantName())) {
            return merchantNames.recognise(input.merchantName());
        }
        if (isPresent(input.counterparty())) {
            return merchantNames.recognise(input.counterparty());
        }
        if (kind.isCard() && isPresent(input.remittance())) {
            return merchantNames.brandIn(input.remittance())
                    .map(brand -> new MerchantNames.Recognised(brand.name(), brand))
                    .orElse(MerchantNames.Recognised.NOBODY);
        }
        return MerchantNames.Recognised.NOBODY;
    }

    /** A code the taxonomy no longer knows is a stale choice: the rules decide instead. */
    private Optional<Category> customerChoice(String customerId, String merchant, CategoryOverrides overrides) {
        if (customerId == null || merchant == null) {
            return Optional.empty();
        }
        return overrides.categoryFor(customerId, merchant).flatMap(taxonomy::find);
    }

    /** Kinds whose meaning the text cannot change; null for the others. */
    private Decision byKind(CategoryInput input, Kind kind) {
        return switch (kind) {
            case SALARY -> new Decision(defaults.wages, Source.DEFAULT);
            case CASH_WITHDRAWAL -> new Decision(defaults.withdrawal, Source.DEFAULT);
            case INTEREST -> new Decision(input.debit() ? defaults.interestCharge : defaults.interestEarned, Source.DEFAULT);
            case FEE -> keyword(input, true)
                    .map(rule -> new Decision(rule.category(), Source.KEYWORD))
                    .orElse(new Decision(defaults.otherBankFees, Source.DEFAULT));
            default -> null;
        };
    }

    private Decision byRules(CategoryInput input, Kind kind, Brand brand) {
        if (brand != null) {
            boolean credited = !input.debit() && kind != Kind.CARD_REFUND;
            return new Decision(brand.categoryFor(credited), Source.MERCHANT_RULE);
        }
        MccCategory mcc = input.mcc() == null ? null : mccs.get(input.mcc().strip());
        if (mcc != null && !mcc.vague()) {
            return new Decision(mcc.category(), Source.MCC);
        }
        Optional<KeywordRule> keyword = keyword(input, false);
        if (keyword.isPresent() && (mcc == null || keyword.get().weight() >= KEYWORD_WEIGHT_OVER_MCC_MIN)) {
            return new Decision(keyword.get().category(), Source.KEYWORD);
        }
        if (mcc != null) {
            return new Decision(mcc.category(), Source.MCC);
        }
        return new Decision(defaults.of(kind, input.debit()), Source.DEFAULT);
    }

    /** The strongest keyword in merchant name, counterparty and remittance; a phrase never spans two of them. */
    private Optional<KeywordRule> keyword(CategoryInput input, boolean bankFeesOnly) {
        String[] words = join(Words.ofText(input.merchantName()), Words.ofText(input.counterparty()),
                Words.ofText(input.remittance()));
        boolean debit = input.debit();
        return keywords.best(words, false,
                        rule -> rule.direction().admits(debit) && (!bankFeesOnly || BANK_FEES.equals(rule.category().primaryCode())),
                        KeywordRule::weight)
                .map(PhraseIndex.Match::value);
    }

    private static String[] join(String[] merchant, String[] counterparty, String[] remittance) {
        String[] words = new String[merchant.length + counterparty.length + remittance.length + 2];
        int at = 0;
        for (String[] part : new String[][] {merchant, FIELD_BREAK, counterparty, FIELD_BREAK, remittance}) {
            System.arraycopy(part, 0, words, at, part.length);
            at += part.length;
        }
        return words;
    }

    private static boolean isPresent(String text) {
        return text != null && !text.isBlank();
    }

    private static Map<String, MccCategory> byCode(List<MccCategory> mccCategories) {
        Map<String, MccCategory> byCode = new HashMap<>();
        for (MccCategory mcc : mccCategories) {
            if (byCode.putIfAbsent(mcc.mcc(), mcc) != null) {
                throw new IllegalArgumentException("mcc " + mcc.mcc() + " is mapped twice");
            }
        }
        return Map.copyOf(byCode);
    }

    /** One phrase per rule; the same phrase twice must ask for opposite directions, or it is ambiguous. */
    private static List<PhraseIndex.Phrase<KeywordRule>> phrases(List<KeywordRule> rules) {
        Map<String, List<KeywordRule>> seen = new HashMap<>();
        List<PhraseIndex.Phrase<KeywordRule>> phrases = new ArrayList<>();
        for (KeywordRule rule : rules) {
            String[] words = Words.ofText(rule.phrase());
            if (words.length == 0) {
                throw new IllegalArgumentException("keyword '" + rule.phrase() + "' has no word to match");
            }
            List<KeywordRule> same = seen.computeIfAbsent(String.join(" ", words), phrase -> new ArrayList<>());
            for (KeywordRule earlier : same) {
                if (earlier.direction().overlaps(rule.direction()) && !earlier.category().equals(rule.category())) {
                    throw new IllegalArgumentException("keyword '" + rule.phrase() + "' means both "
                            + earlier.category().code() + " and " + rule.category().code());
                }
            }
            same.add(rule);
            phrases.add(new PhraseIndex.Phrase<>(words, false, rule));
        }
        return phrases;
    }
}

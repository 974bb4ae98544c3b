package org.sportello.bank.domain.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sportello.bank.domain.category.Transactions.cardPayment;
import static org.sportello.bank.domain.category.Transactions.cardRefund;
import static org.sportello.bank.domain.category.Transactions.directDebit;
import static org.sportello.bank.domain.category.Transactions.ofKind;
import static org.sportello.bank.domain.category.Transactions.transferIn;
import static org.sportello.bank.domain.category.Transactions.transferOut;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sportello.bank.TransactionKind;
import org.sportello.bank.adapter.out.categories.CategoryResources;
import org.sportello.bank.domain.category.CategoryAssignment.Source;
import org.sportello.bank.domain.category.KeywordRule.Direction;

/** Which source decides, on the real taxonomy with a handful of rules written here. */
class CategoriserTest {

    static final Taxonomy TAXONOMY = CategoryResources.taxonomy();
    static final MerchantNames NAMES = new MerchantNames(List.of(
            new Brand("Esselunga", List.of("esselunga"), category("FOOD_AND_DRINK_GROCERIES")),
            new Brand("Findomestic", List.of("findomestic"), category("LOAN_PAYMENTS_PERSONAL_LOAN_PAYMENT"),
                    category("TRANSFER_IN_CASH_ADVANCES_AND_LOANS"))));
    static final List<MccCategory> MCCS = List.of(
            new MccCategory("5411", category("FOOD_AND_DRINK_GROCERIES"), false),
            new MccCategory("5812", category("FOOD_AND_DRINK_RESTAURANT"), false),
            new MccCategory("5814", category("FOOD_AND_DRINK_FAST_FOOD"), true));
    static final List<KeywordRule> KEYWORDS = List.of(
            keyword("stipendio", "INCOME_WAGES", Direction.CREDIT, 8),
            keyword("affitto", "RENT_AND_UTILITIES_RENT", Direction.DEBIT, 7),
            keyword("affitto", "INCOME_OTHER_INCOME", Direction.CREDIT, 6),
            keyword("bar", "FOOD_AND_DRINK_COFFEE", Direction.DEBIT, 5),
            keyword("bonifico", "TRANSFER_OUT_ACCOUNT_TRANSFER", Direction.DEBIT, 1),
            keyword("mutuo", "LOAN_PAYMENTS_MORTGAGE_PAYMENT", Direction.DEBIT, 7),
            keyword("rata", "LOAN_PAYMENTS_OTHER_PAYMENT", Direction.DEBIT, 3),
            keyword("spese condominiali", "RENT_AND_UTILITIES_OTHER_UTILITIES", Direction.DEBIT, 8),
            keyword("commissione prelievo", "BANK_FEES_ATM_FEES", Direction.DEBIT, 8),
            keyword("imposta di bollo", "GOVERNMENT_AND_NON_PROFIT_TAX_PAYMENT", Direction.DEBIT, 8));
    static final Categoriser CATEGORISER = new Categoriser(TAXONOMY, NAMES, MCCS, KEYWORDS);

    @Test
    void theCustomersOwnChoiceBeatsEveryRule() {
        List<String> asked = new ArrayList<>();
        CategoryOverrides choices = (customer, merchant) -> {
            asked.add(customer + " / " + merchant);
            return Optional.of("ENTERTAINMENT_OTHER_ENTERTAINMENT");
        };
        CategoryAssignment assignment = CATEGORISER.categorise(
                ofKind("SALARY", false).counterparty("ESSELUNGA SPA").customer("c-anna").input(), choices);

        assertThat(assignment).isEqualTo(new CategoryAssignment(category("ENTERTAINMENT_OTHER_ENTERTAINMENT"),
                Source.CUSTOMER_OVERRIDE, "Esselunga"));
        assertThat(asked).containsExactly("c-anna / Esselunga");
    }

    @Test
    void aChoiceTheTaxonomyNoLongerKnowsIsPassedOver() {
        CategoryAssignment assignment = CATEGORISER.categorise(cardPayment("ESSELUNGA MILANO").input(),
                (customer, merchant) -> Optional.of("FOOD_AND_DRINK_GROCERY_OLD_NAME"));
        assertThat(assignment.source()).isEqualTo(Source.MERCHANT_RULE);
    }

    @Test
    void overridesAreNotAskedWithoutACustomerOrAMerchant() {
        CategoryOverrides mustNotBeAsked = (customer, merchant) -> {
            throw new AssertionError("asked for " + customer + " / " + merchant);
        };
        CATEGORISER.categorise(cardPayment("ESSELUNGA MILANO").customer(null).input(), mustNotBeAsked);
        CATEGORISER.categorise(ofKind("FEE", true).remittance("CANONE").input(), mustNotBeAsked);
    }

    @Test
    void aSalaryIsWagesWhateverItsText() {
        assertThat(categorise(ofKind("SALARY", false).counterparty("ESSELUNGA SPA").remittance("AFFITTO")))
                .isEqualTo(new CategoryAssignment(category("INCOME_WAGES"), Source.DEFAULT, "Esselunga"));
    }

    @Test
    void aCashWithdrawalIsAWithdrawalWhateverItsText() {
        assertThat(categorise(ofKind("CASH_WITHDRAWAL", true).merchant("BAR MAGENTA").mcc("5814")))
                .isEqualTo(new CategoryAssignment(category("TRANSFER_OUT_WITHDRAWAL"), Source.DEFAULT, "Bar Magenta"));
    }

    @Test
    void interestIsEarnedWhenCreditedAndChargedWhenDebited() {
        assertThat(categorise(ofKind("INTEREST", false).remittance("INTERESSI")).category().code()).isEqualTo("INCOME_INTEREST_EARNED");
        assertThat(categorise(ofKind("INTEREST", true).remittance("INTERESSI")).category().code()).isEqualTo("BANK_FEES_INTEREST_CHARGE");
    }

    @Test
    void aFeeIsABankFeeDetailedOnlyByBankFeeKeywords() {
        assertThat(categorise(ofKind("FEE", true).remittance("COMMISSIONE PRELIEVO ATM ALTRA BANCA")))
                .isEqualTo(new CategoryAssignment(category("BANK_FEES_ATM_FEES"), Source.KEYWORD, null));
        assertThat(categorise(ofKind("FEE", true).remittance("IMPOSTA DI BOLLO E/C")))
                .isEqualTo(new CategoryAssignment(category("BANK_FEES_OTHER_BANK_FEES"), Source.DEFAULT, null));
    }

    @Test
    void aMerchantRuleBeatsTheMerchantCategoryCode() {
        assertThat(categorise(cardPayment("ESSELUNGA BAR INTERNO").mcc("5812")))
                .isEqualTo(new CategoryAssignment(category("FOOD_AND_DRINK_GROCERIES"), Source.MERCHANT_RULE, "Esselunga"));
    }

    @Test
    void aSpecificCodeBeatsAKeyword() {
        assertThat(categorise(cardPayment("BAR CENTRALE SNC").mcc("5812")))
                .isEqualTo(new CategoryAssignment(category("FOOD_AND_DRINK_RESTAURANT"), Source.MCC, "Bar Centrale"));
    }

    @Test
    void aKeywordBeatsAVagueCode() {
        assertThat(categorise(cardPayment("BAR MAGENTA MILANO").mcc("5814")))
                .isEqualTo(new CategoryAssignment(category("FOOD_AND_DRINK_COFFEE"), Source.KEYWORD, "Bar Magenta Milano"));
    }

    @Test
    void aVagueCodeBeatsAGenericKeywordAndStandsAlone() {
        assertThat(categorise(cardPayment("POKE HOUSE 22").mcc("5814").remittance("BONIFICO"))).isEqualTo(
                new CategoryAssignment(category("FOOD_AND_DRINK_FAST_FOOD"), Source.MCC, "Poke House"));
        assertThat(categorise(cardPayment("POKE HOUSE 22").mcc("5814")).source()).isEqualTo(Source.MCC);
    }

    @Test
    void anUnknownCodeIsIgnored() {
        assertThat(categorise(cardPayment("NEGOZIO 22").mcc("0001")))
                .isEqualTo(new CategoryAssignment(category("GENERAL_MERCHANDISE_OTHER_GENERAL_MERCHANDISE"), Source.DEFAULT, "Negozio"));
    }

    @Test
    void aKeywordCountsOnlyWhenMoneyMovesItsWay() {
        assertThat(categorise(transferOut("MARIO ROSSI", "AFFITTO OTTOBRE")))
                .isEqualTo(new CategoryAssignment(category("RENT_AND_UTILITIES_RENT"), Source.KEYWORD, "Mario Rossi"));
        assertThat(categorise(transferIn("LUCA BIANCHI", "AFFITTO DICEMBRE")))
                .isEqualTo(new CategoryAssignment(category("INCOME_OTHER_INCOME"), Source.KEYWORD, "Luca Bianchi"));
        assertThat(categorise(transferOut("ACME SRL", "STIPENDIO")).category().code()).isEqualTo("TRANSFER_OUT_ACCOUNT_TRANSFER");
    }

    @Test
    void theHeaviestKeywordWins() {
        assertThat(categorise(transferOut(null, "BONIFICO RATA MUTUO CASA")).category().code()).isEqualTo("LOAN_PAYMENTS_MORTGAGE_PAYMENT");
        assertThat(categorise(transferOut("CONDOMINIO VIA VERDI", "SPESE CONDOMINIALI 2 RATA")).category().code())
                .isEqualTo("RENT_AND_UTILITIES_OTHER_UTILITIES");
        assertThat(categorise(transferOut(null, "RATA 3/12")).category().code()).isEqualTo("LOAN_PAYMENTS_OTHER_PAYMENT");
    }

    @Test
    void aKeywordPhraseNeverSpansTwoFields() {
        assertThat(categorise(transferOut("STUDIO SPESE", "CONDOMINIALI")))
                .isEqualTo(new CategoryAssignment(category("TRANSFER_OUT_ACCOUNT_TRANSFER"), Source.DEFAULT, "Studio Spese"));
    }

    @Test
    void moneyFromALenderIsALoanNotALoanPayment() {
        assertThat(categorise(transferIn("FINDOMESTIC BANCA SPA", "EROGAZIONE PRESTITO")).category().code())
                .isEqualTo("TRANSFER_IN_CASH_ADVANCES_AND_LOANS");
        assertThat(categorise(directDebit("FINDOMESTIC BANCA SPA", "RATA PRESTITO")).category().code())
                .isEqualTo("LOAN_PAYMENTS_PERSONAL_LOAN_PAYMENT");
    }

    @Test
    void aRefundKeepsTheMerchantsCategory() {
        assertThat(categorise(cardRefund("ESSELUNGA MILANO")))
                .isEqualTo(new CategoryAssignment(category("FOOD_AND_DRINK_GROCERIES"), Source.MERCHANT_RULE, "Esselunga"));
    }

    @Test
    void aCardLineWithoutMerchantStillNamesTheBrand() {
        assertThat(categorise(cardPayment(null).remittance("PAGAMENTO POS 12/03 ESSELUNGA MILANO CARTA *4521")))
                .isEqualTo(new CategoryAssignment(category("FOOD_AND_DRINK_GROCERIES"), Source.MERCHANT_RULE, "Esselunga"));
    }

    @Test
    void aTransferThatMentionsABrandIsNotPaidToIt() {
        assertThat(categorise(transferOut(null, "RIMBORSO SPESA ESSELUNGA")))
                .isEqualTo(new CategoryAssignment(category("TRANSFER_OUT_ACCOUNT_TRANSFER"), Source.DEFAULT, null));
    }

    @Test
    void fallsBackByKindAndDirection() {
        assertThat(defaultFor(cardPayment("NEGOZIO"))).isEqualTo("GENERAL_MERCHANDISE_OTHER_GENERAL_MERCHANDISE");
        assertThat(defaultFor(cardRefund("NEGOZIO"))).isEqualTo("GENERAL_MERCHANDISE_OTHER_GENERAL_MERCHANDISE");
        assertThat(defaultFor(transferIn("PAOLO NERI", null))).isEqualTo("TRANSFER_IN_ACCOUNT_TRANSFER");
        assertThat(defaultFor(transferOut("PAOLO NERI", "REGALO"))).isEqualTo("TRANSFER_OUT_ACCOUNT_TRANSFER");
        assertThat(defaultFor(directDebit("ACME SERVIZI", "SDD CORE"))).isEqualTo("GENERAL_SERVICES_OTHER_GENERAL_SERVICES");
        assertThat(defaultFor(ofKind("CHEQUE", true))).isEqualTo("GENERAL_MERCHANDISE_OTHER_GENERAL_MERCHANDISE");
        assertThat(defaultFor(ofKind(null, false))).isEqualTo("TRANSFER_IN_OTHER_TRANSFER_IN");
    }

    @Test
    void knowsEveryKindTheBankBooks() {
        for (TransactionKind kind : TransactionKind.values()) {
            assertThat(Categoriser.Kind.of(kind.name())).as(kind.name()).isNotEqualTo(Categoriser.Kind.OTHER);
        }
    }

    @Test
    void refusesAKeywordThatMeansTwoThingsTheSameWay() {
        List<KeywordRule> ambiguous = List.of(keyword("canone", "BANK_FEES_OTHER_BANK_FEES", Direction.DEBIT, 2),
                keyword("Canone", "RENT_AND_UTILITIES_RENT", Direction.ANY, 2));
        assertThatThrownBy(() -> new Categoriser(TAXONOMY, NAMES, MCCS, ambiguous))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("keyword 'Canone' means both BANK_FEES_OTHER_BANK_FEES and RENT_AND_UTILITIES_RENT");
    }

    @Test
    void refusesACodeMappedTwice() {
        List<MccCategory> twice = List.of(MCCS.get(0), new MccCategory("5411", category("FOOD_AND_DRINK_RESTAURANT"), false));
        assertThatThrownBy(() -> new Categoriser(TAXONOMY, NAMES, twice, KEYWORDS)).hasMessage("mcc 5411 is mapped twice");
    }

    @Test
    void refusesMalformedRules() {
        assertThatThrownBy(() -> keyword("rata", "LOAN_PAYMENTS_OTHER_PAYMENT", Direction.DEBIT, 10))
                .hasMessage("keyword weight must be 1 to 9, got 10");
        assertThatThrownBy(() -> new MccCategory("541", category("FOOD_AND_DRINK_GROCERIES"), false))
                .hasMessage("mcc must be 4 digits, got '541'");
        assertThatThrownBy(() -> new Brand("Nobody", List.of(), category("FOOD_AND_DRINK_GROCERIES")))
                .hasMessage("brand Nobody has no pattern");
    }

    private static CategoryAssignment categorise(Transactions transaction) {
        return CATEGORISER.categorise(transaction.input(), CategoryOverrides.NONE);
    }

    private static String defaultFor(Transactions transaction) {
        CategoryAssignment assignment = categorise(transaction);
        assertThat(assignment.source()).isEqualTo(Source.DEFAULT);
        return assignment.category().code();
    }

    private static Category category(String code) {
        return TAXONOMY.require(code);
    }

    private static KeywordRule keyword(String phrase, String code, Direction direction, int weight) {
        return new KeywordRule(phrase, category(code), direction, weight);
    }
}

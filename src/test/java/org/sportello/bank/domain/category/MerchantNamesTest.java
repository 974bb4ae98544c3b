package org.sportello.bank.domain.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sportello.bank.adapter.out.categories.CategoryResources;

class MerchantNamesTest {

    static final Taxonomy TAXONOMY = CategoryResources.taxonomy();
    static final MerchantNames NAMES = CategoryResources.merchantNames(TAXONOMY);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "AMZN Mktp IT*2K4LK            | Amazon",
            "PAYPAL *NETFLIX               | Netflix",
            "ENI STATION 4471 MILANO       | Eni",
            "ESSELUNGA MILANO VIALE PIAVE  | Esselunga",
            "SumUp *Bar Roma               | Bar Roma",
            "NETFLIX.COM                   | Netflix",
            "Spotify P2D4F8                | Spotify",
            "ZALANDO SE                    | Zalando"})
    void normalisesTheExamplesOfTheBrief(String raw, String name) {
        assertThat(NAMES.normalise(raw)).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Amazon.it*RT4FD6T12             | Amazon",
            "AMAZON PRIME*2Y3HN7             | Amazon Prime",
            "PRIME VIDEO *2T5YR              | Prime Video",
            "MCDONALD'S DUOMO                | McDonald’s",
            "MC DONALDS 0452 ROMA            | McDonald’s",
            "H & M HENNES & MAURITZ 456      | H&M",
            "UBER *TRIP HELP.UBER.COM        | Uber",
            "UBER *EATS                      | Uber Eats",
            "GOOGLE *YouTubePremium          | YouTube Premium",
            "GOOGLE *Google One              | Google One",
            "MICROSOFT*XBOX GAME PASS        | Xbox",
            "KLARNA*ZALANDO                  | Klarna",
            "ESSELUNGAMI PIAVE               | Esselunga",
            "ESSELUNGA MILANO VIALE P        | Esselunga",
            "CARREFOUR MKT 4421 GENO         | Carrefour",
            "ENI PLENITUDE SPA               | Eni Plenitude",
            "ENEL X WAY RICARICA             | Enel X Way",
            "COOP VOCE                       | CoopVoce",
            "COOP ALLEANZA 3.0 PV 241 MODENA | Coop",
            "IN'S MERCATO 255 ROMA           | In’s Mercato",
            "E.LECLERC 0233 NICE FR          | E.Leclerc",
            "TOTALERG 221                    | TotalEnergies",
            "IP 2231 ROMA                    | IP",
            "ATM MILANO                      | ATM Milano",
            "TIM SPA                         | TIM",
            "ZARA HOME 221                   | Zara Home",
            "ZARA ITALIA 3455 MILANO         | Zara",
            "APPLE.COM/BILL                  | Apple",
            "APPLE STORE R388 MILANO         | Apple Store",
            "REVOLUT**1234* DUBLIN           | Revolut",
            "BOLT.EU/O/2305                  | Bolt",
            "caffè nero 221 london           | Caffè Nero"})
    void recognisesBrandsWhateverTheAcquirerAdds(String raw, String name) {
        assertThat(NAMES.normalise(raw)).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "SQ *THE BREAKFAST CLUB          | The Breakfast Club",
            "ZTL*PIZZERIA DA PEPPE           | Pizzeria da Peppe",
            "SUMUP  *  MARCO B               | Marco B",
            "PAYPAL *ARTIGIANATO SARDO       | Artigianato Sardo",
            "BAR SPORT 0023 TORINO           | Bar Sport",
            "TRATTORIA DA LUIGI 4521 ****8812| Trattoria da Luigi",
            "1234 PANIFICIO BIANCHI          | Panificio Bianchi",
            "ROSSI COSTRUZIONI SRL           | Rossi Costruzioni",
            "PAYPAL EUROPE S.A R.L.          | Paypal Europe",
            "PALESTRA ZENIT SSD              | Palestra Zenit",
            "GELATERIA DEL CORSO IT          | Gelateria del Corso",
            "FARMACIA SANT'ANNA              | Farmacia Sant'Anna",
            "MACELLERIA F.LLI ROSSI          | Macelleria F.lli Rossi",
            "B&B LA CORTE ANTICA             | B&B La Corte Antica",
            "FOOBAR*AB12CD34                 | Foobar",
            "WWW.PIPPOSHOP.IT                | Pipposhop",
            "PRELIEVO ATM MILANO             | Prelievo Atm Milano",
            "OSTERIA DA TIM                  | Osteria da Tim",
            "MARIO ROSSI                     | Mario Rossi"})
    void tidiesNamesNoBrandMatches(String raw, String name) {
        assertThat(NAMES.normalise(raw)).isEqualTo(name);
    }

    @Test
    void hasNoNameForNothingReadable() {
        assertThat(NAMES.normalise(null)).isNull();
        assertThat(NAMES.normalise("   ")).isNull();
        assertThat(NAMES.normalise("4521 0000 ****")).isNull();
    }

    @Test
    void tellsTheBrandAndItsCategory() {
        Brand amazon = NAMES.brandOf("AMZN Mktp IT*2K4LK").orElseThrow();
        assertThat(amazon.category().code()).isEqualTo("GENERAL_MERCHANDISE_ONLINE_MARKETPLACES");
        assertThat(NAMES.brandOf("SumUp *Bar Roma")).isEmpty();
    }

    @Test
    void findsABrandInAStatementLineButNotAnAnchoredOne() {
        assertThat(NAMES.brandIn("PAGAMENTO POS 12/03 CONAD SAN LAZZARO CARTA *4521")).map(Brand::name).hasValue("Conad");
        assertThat(NAMES.brandIn("PAGAMENTO POS IP 2231")).isEmpty();
    }

    @Test
    void theLongestPatternWinsAndOnATieTheFirst() {
        MerchantNames names = new MerchantNames(List.of(
                brand("Eni", "eni"), brand("Eni Plenitude", "eni plenitude"), brand("Klarna", "klarna"), brand("Zalando", "zalando")));
        assertThat(names.normalise("ENI PLENITUDE SPA")).isEqualTo("Eni Plenitude");
        assertThat(names.normalise("AGIP ENI 3321")).isEqualTo("Eni");
        assertThat(names.normalise("KLARNA*ZALANDO")).isEqualTo("Klarna");
        assertThat(names.normalise("ZALANDO KLARNA")).isEqualTo("Zalando");
    }

    @Test
    void anAnchoredPatternCountsOnlyAtTheStartOfTheName() {
        MerchantNames names = new MerchantNames(List.of(brand("IP", "^ip")));
        assertThat(names.normalise("IP 2231 ROMA")).isEqualTo("IP");
        assertThat(names.normalise("STAZIONE IP 2231")).isEqualTo("Stazione Ip");
        assertThat(names.normalise("PAYPAL *IP STATION")).isEqualTo("IP");
    }

    @Test
    void aGluedFirstWordStartsWithABrandOfFiveLettersOrMore() {
        MerchantNames names = new MerchantNames(List.of(brand("Esselunga", "esselunga"), brand("Lidl", "lidl")));
        assertThat(names.normalise("ESSELUNGAMI PIAVE")).isEqualTo("Esselunga");
        assertThat(names.normalise("LIDLITALIA 12")).isEqualTo("Lidlitalia");
    }

    @Test
    void refusesAPatternThatBelongsToTwoBrands() {
        assertThatThrownBy(() -> new MerchantNames(List.of(brand("Coop", "coop"), brand("Coop Voce", "COOP"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pattern 'COOP' belongs to both Coop and Coop Voce");
    }

    private static Brand brand(String name, String pattern) {
        return new Brand(name, List.of(pattern), TAXONOMY.require("GENERAL_MERCHANDISE_OTHER_GENERAL_MERCHANDISE"));
    }
}

package org.sportello.assistant.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.assistant.domain.map.MapFixtures.REPUBLIQUE;
import static org.sportello.assistant.domain.map.MapFixtures.walk;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.sportello.assistant.domain.PlaceQuery;
import org.sportello.assistant.domain.entities.PlaceName;
import org.sportello.assistant.domain.map.AtmMap;
import org.sportello.assistant.domain.map.MapPin;
import org.sportello.atm.Atm;
import org.sportello.atm.AtmLocator;
import org.sportello.atm.NearbyAtm;
import org.sportello.atm.domain.NearestIndex;
import org.sportello.notify.Picture;
import org.sportello.shared.GeoPoint;
import org.sportello.shared.Language;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The nearest places answered with a map: lines and pins numbered alike, 4 to 6 after "more", the
 * picture described in the customer's language, and no picture when there is nothing to show.
 */
class AtmSkillsTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-18T09:00:00Z"), ZoneOffset.UTC);

    static final Atm BNP = atm(1, walk(REPUBLIQUE, 0, 60), Atm.Kind.ATM, "BNP Paribas", "");
    static final Atm SOCIETE_GENERALE = atm(2, walk(REPUBLIQUE, 150, 0), Atm.Kind.ATM, "", "Société Générale");
    static final Atm NAMELESS_BRANCH = atm(3, walk(REPUBLIQUE, 0, -250), Atm.Kind.BRANCH, "", "");
    static final Atm HSBC = atm(4, walk(REPUBLIQUE, -400, 0), Atm.Kind.ATM, "HSBC", "");
    static final Atm LCL = atm(5, walk(REPUBLIQUE, 0, 700), Atm.Kind.ATM, "LCL", "");
    static final Atm CREDIT_AGRICOLE = atm(6, walk(REPUBLIQUE, 900, 0), Atm.Kind.BRANCH, "Crédit Agricole", "");
    static final Atm POSTE = atm(7, walk(REPUBLIQUE, 0, -1_240), Atm.Kind.ATM, "La Banque Postale", "");
    static final List<Atm> AROUND_REPUBLIQUE = List.of(BNP, SOCIETE_GENERALE, NAMELESS_BRANCH, HSBC, LCL, CREDIT_AGRICOLE, POSTE);

    final List<AtmMap> drawn = new ArrayList<>();

    static Atm atm(int id, GeoPoint position, Atm.Kind kind, String name, String operator) {
        return new Atm("node/" + id, position, kind, name, operator, "", "", "", "", Atm.Wheelchair.UNKNOWN);
    }

    static AtmLocator locator(List<Atm> atms) {
        NearestIndex index = NearestIndex.of(atms);
        return new AtmLocator() {
            @Override
            public List<NearbyAtm> nearest(GeoPoint from, int k, Predicate<Atm> wanted) {
                return index.nearest(from, k, wanted);
            }

            @Override
            public int size() {
                return index.size();
            }
        };
    }

    static Replies replies() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new Replies(messages, event -> { }, CLOCK);
    }

    AtmMapPictures pictures() {
        return new AtmMapPictures(map -> {
            drawn.add(map);
            return PNG;
        }, (png, altText) -> new Picture("map-" + drawn.size(), altText), replies());
    }

    AtmSkills skills(List<Atm> atms) {
        AtmLocator locator = locator(atms);
        return new AtmSkills(locator, replies(), CLOCK, pictures());
    }

    static List<Integer> numbers(AtmMap map) {
        return map.pins().stream().map(MapPin::number).toList();
    }

    @Test
    void numbersTheLinesAndThePinsAlikeAndDescribesTheMap() {
        Answer answer = skills(AROUND_REPUBLIQUE).nearest(PlaceQuery.from(REPUBLIQUE), Language.IT);

        assertThat(answer.text()).contains("\n1. BNP Paribas: 60 m, 1 min a piedi\n", "\n2. Société Générale: 150 m, 2 min a piedi\n",
                "\n3. Filiale: 250 m, 4 min a piedi\n").doesNotContain("•");
        assertThat(answer.picture().map(Picture::altText)).hasValue(
                "Mappa: la tua posizione e gli sportelli dell’elenco: 1. BNP Paribas 60 m, 2. Société Générale 150 m, 3. Filiale 250 m");
        AtmMap map = drawn.get(0);
        assertThat(map.customer()).isEqualTo(REPUBLIQUE);
        assertThat(numbers(map)).containsExactly(1, 2, 3);
        assertThat(map.pins().stream().map(MapPin::position))
                .containsExactly(BNP.position(), SOCIETE_GENERALE.position(), NAMELESS_BRANCH.position());
        assertThat(map.labels().you()).isEqualTo("Tu");
    }

    @Test
    void moreGoesOnFromFourInTheTextThePinsAndTheAltText() {
        PlaceQuery more = new PlaceQuery(REPUBLIQUE, Optional.empty(), Optional.empty(), false, AtmSkills.SHOWN);

        Answer answer = skills(AROUND_REPUBLIQUE).nearest(more, Language.EN);

        assertThat(answer.text()).contains("\n4. HSBC: 400 m, 5 min on foot\n", "\n5. LCL: 700 m, 9 min on foot\n",
                "\n6. Crédit Agricole: 900 m, 12 min on foot\n").doesNotContain("1. ", "BNP Paribas");
        assertThat(answer.picture().map(Picture::altText)).hasValue(
                "Map: your position and the places listed: 4. HSBC 400 m, 5. LCL 700 m, 6. Crédit Agricole 900 m");
        assertThat(numbers(drawn.get(0))).containsExactly(4, 5, 6);
        assertThat(drawn.get(0).labels().you()).isEqualTo("You");
    }

    /** At 10:00 on a Wednesday in Paris. */
    @Test
    void saysWhetherEachPlaceIsOpenWithTodaysHoursAndItsOperator() {
        List<Atm> atms = List.of(
                hours(11, 60, "Agence Opéra", "BNP Paribas", "Mo-Fr 09:30-12:30,14:00-17:30"),
                hours(12, 120, "BNP Paribas Bastille", "BNP Paribas", "24/7"),
                hours(13, 180, "Agence Marais", "LCL", "Mo-Fr 12:00-18:00; Sa 09:00-12:00"),
                hours(14, 240, "Agence Nation", "", "Sa 09:00-12:00"));

        String text = skills(atms).nearest(PlaceQuery.from(REPUBLIQUE), Language.IT).text()
                + skills(atms).nearest(new PlaceQuery(REPUBLIQUE, Optional.empty(), Optional.empty(), false, 3), Language.EN).text();

        assertThat(text).contains(
                "\n1. Agence Opéra (BNP Paribas): 60 m, 1 min a piedi, aperto ora (oggi 09:30–12:30, 14:00–17:30)\n",
                "\n2. BNP Paribas Bastille: 120 m, 2 min a piedi, aperto 24 ore su 24\n",
                "\n3. Agence Marais (LCL): 180 m, 3 min a piedi, chiuso ora (oggi 12:00–18:00)\n",
                "\n4. Agence Nation: 240 m, 3 min on foot, closed today\n");
    }

    static Atm hours(int id, int metresEast, String name, String operator, String openingHours) {
        return new Atm("node/" + id, walk(REPUBLIQUE, metresEast, 0), Atm.Kind.BRANCH, name, operator, "", "", "", openingHours,
                Atm.Wheelchair.UNKNOWN);
    }

    @Test
    void fromAPlaceNamedTheHeaderTheMapsCentreAndTheAltTextNameIt() {
        PlaceName named = new PlaceName("Place de la République", Map.of(Language.IT, "Piazza della Repubblica"), REPUBLIQUE);

        Answer answer = skills(AROUND_REPUBLIQUE).nearest(PlaceQuery.near(named), Language.IT);

        assertThat(answer.text()).startsWith("I bancomat e le filiali più vicini a Piazza della Repubblica:\n1. BNP Paribas: ");
        assertThat(answer.picture().map(Picture::altText).orElseThrow())
                .startsWith("Mappa: Piazza della Repubblica e gli sportelli dell’elenco: 1. BNP Paribas ");
        assertThat(drawn.get(0).labels().you()).isEqualTo("Piazza della Repubblica");
    }

    @Test
    void aLongPlaceNameIsCutOnTheMap() {
        PlaceName named = new PlaceName("Paris 16e Arrondissement (nord)", Map.of(Language.EN, "16th arrondissement of Paris (north)"),
                REPUBLIQUE);

        skills(AROUND_REPUBLIQUE).nearest(PlaceQuery.near(named), Language.EN);

        assertThat(drawn.get(0).labels().you()).isEqualTo("16th arrondissement of Paris (n…").hasSize(32);
    }

    @Test
    void saysWhenNothingMoreOrNothingMatchingIsNear() {
        PlaceQuery pastTheEnd = new PlaceQuery(REPUBLIQUE, Optional.empty(), Optional.empty(), false, AROUND_REPUBLIQUE.size());
        PlaceQuery noBranchOfLcl = new PlaceQuery(REPUBLIQUE, Optional.empty(), Optional.of("lcl"), false, 0, Optional.of(Atm.Kind.BRANCH),
                false);

        assertThat(skills(AROUND_REPUBLIQUE).nearest(pastTheEnd, Language.EN).text()).isEqualTo("I know of no more near here.");
        assertThat(skills(AROUND_REPUBLIQUE).nearest(noBranchOfLcl, Language.EN).text()).isEqualTo(
                "None of the 50 nearest ATMs and branches matches what you asked: share your location again to see them all.");
        assertThat(skills(List.of()).nearest(PlaceQuery.from(REPUBLIQUE), Language.IT).text())
                .isEqualTo("Non conosco bancomat o filiali vicino a questa posizione.");
        assertThat(drawn).isEmpty();
    }

    @Test
    void filtersChooseAmongTheFiftyNearestNotAcrossTheWorld() {
        List<Atm> atms = new ArrayList<>();
        for (int i = 1; i <= AtmLocator.NEAREST_MAX; i++) {
            atms.add(atm(100 + i, walk(REPUBLIQUE, 10 * i, 0), Atm.Kind.ATM, "ATM " + i, ""));
        }
        atms.add(atm(99, walk(REPUBLIQUE, 0, 100_000), Atm.Kind.BRANCH, "Far Branch", ""));
        PlaceQuery onlyBranches = PlaceQuery.from(REPUBLIQUE).followedBy("solo filiali", AtmSkills.SHOWN).orElseThrow();

        assertThat(skills(atms).nearest(onlyBranches, Language.IT).text()).startsWith("Tra i 50 bancomat e filiali più vicini nessuno")
                .doesNotContain("Far Branch");
    }

    @Test
    void theMapShowsEveryOtherPlaceAroundWhateverTheFilter() {
        PlaceQuery onlyLcl = new PlaceQuery(REPUBLIQUE, Optional.empty(), Optional.of("lcl"), false, 0);

        Answer answer = skills(AROUND_REPUBLIQUE).nearest(onlyLcl, Language.IT);

        assertThat(answer.text()).contains("\n1. LCL: 700 m");
        assertThat(numbers(drawn.get(0))).containsExactly(1);
        assertThat(drawn.get(0).others()).containsExactlyInAnyOrder(BNP.position(), SOCIETE_GENERALE.position(),
                NAMELESS_BRANCH.position(), HSBC.position(), CREDIT_AGRICOLE.position(), POSTE.position());
    }

    @Test
    void nothingFoundIsSaidWithoutAPicture() {
        Answer answer = skills(List.of()).nearest(PlaceQuery.from(REPUBLIQUE), Language.IT);

        assertThat(answer.text()).isEqualTo("Non conosco bancomat o filiali vicino a questa posizione.");
        assertThat(answer.picture()).isEmpty();
        assertThat(drawn).isEmpty();
    }

    @Test
    void aLongAltTextIsCutToWhatAPictureHolds() {
        AtmLocator locator = locator(AROUND_REPUBLIQUE);
        List<NearbyAtm> five = locator.nearest(REPUBLIQUE, 5);
        List<String> captions = Collections.nCopies(5, "x".repeat(Atm.TEXT_CHARS_MAX));

        Picture picture = pictures().nearest(PlaceQuery.from(REPUBLIQUE), five, five, captions, Language.EN);

        assertThat(picture.altText()).hasSize(Picture.ALT_TEXT_CHARS_MAX).startsWith("Map: your position").endsWith("x…");
    }
}

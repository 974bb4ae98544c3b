package org.sportello.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntentModelTest {

    /** A few examples of three intents, in both languages, with the typos customers make. */
    static final Map<String, List<String>> EXAMPLES = Map.of(
            "balance", List.of("what's my balance", "how much money do I have", "balance please", "qual è il mio saldo",
                    "quanto ho sul conto", "saldo del conto", "how much is left on my account", "dimmi il saldo"),
            "card_freeze", List.of("freeze my card", "block my card please", "I lost my card, block it", "blocca la carta",
                    "ho perso la carta", "blocca subito il bancomat", "my card was stolen", "congela la carta"),
            "greeting", List.of("hi", "hello there", "good morning", "hey", "ciao", "buongiorno", "salve", "buonasera"));

    static IntentModel model;

    @TempDir
    Path directory;

    @BeforeAll
    static void train() {
        model = IntentModels.train(examples());
    }

    static List<Utterance> examples() {
        List<Utterance> examples = new ArrayList<>();
        EXAMPLES.forEach((intent, texts) -> texts.forEach(text -> examples.add(new Utterance(text, intent))));
        return examples;
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            What is my balance?          | balance
            quanto c'è sul mio conto     | balance
            please freeze the card       | card_freeze
            blocca la mia carta          | card_freeze
            Ciao!                        | greeting
            hello                        | greeting
            """)
    void readsTheIntentOfMessagesItHasNotSeen(String text, String intent) {
        assertThat(model.predict(text).intent()).isEqualTo(intent);
    }

    @Test
    void knowsTheIntentsOfItsExamples() {
        assertThat(model.intents()).containsExactly("balance", "card_freeze", "greeting");
    }

    @Test
    void confidenceIsAProbabilityHigherWhereTheMessageIsClear() {
        IntentGuess clear = model.predict("what's my balance");
        IntentGuess vague = model.predict("the weather is nice");

        assertThat(clear.confidence()).isBetween(0.0, 1.0).isGreaterThan(vague.confidence());
        assertThat(vague.confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void readsAMessageWithNoKnownWordOrNoTextAtAll() {
        assertThat(model.predict("👍").confidence()).isBetween(0.0, 1.0);
        assertThat(model.predict("").intent()).isIn(model.intents());
        assertThat(model.predict("xyzzy qwrtp").intent()).isIn(model.intents());
    }

    @Test
    void theSameExamplesGiveTheSameModel() {
        IntentModel again = IntentModels.train(examples());

        for (String text : List.of("saldo", "blocca", "hey there", "stolen card", "boh")) {
            assertThat(again.predict(text)).isEqualTo(model.predict(text));
        }
    }

    @Test
    void aSavedModelPredictsTheSameWhenLoaded() throws IOException {
        Path file = directory.resolve("nlu/intent-model.bin");
        model.save(file);

        IntentModel loaded = IntentModels.load(file);

        assertThat(loaded.intents()).isEqualTo(model.intents());
        for (String text : List.of("saldo", "blocca", "hey there", "stolen card", "boh", "")) {
            assertThat(loaded.predict(text)).isEqualTo(model.predict(text));
        }
    }

    @Test
    void refusesAFileThatIsNotAModel() throws IOException {
        Path file = Files.writeString(directory.resolve("intents.csv"), "text,intent\nciao,greeting\n");

        assertThatThrownBy(() -> IntentModels.load(file)).isInstanceOf(NluFileRefused.class)
                .hasMessage(file + ": not a Sportello intent model (java.util.zip.ZipException: Not in GZIP format): give a file"
                        + " written by 'sportello nlu train'");
    }

    @Test
    void refusesAMissingModelFile() {
        Path file = directory.resolve("missing.bin");

        assertThatThrownBy(() -> IntentModels.load(file)).isInstanceOf(NluFileRefused.class)
                .hasMessage(file + ": no such file: give the path of a model written by 'sportello nlu train'");
    }

    @Test
    void needsTwoIntentsToTellApart() {
        assertThatThrownBy(() -> IntentModels.train(List.of(new Utterance("ciao", "greeting"), new Utterance("hi", "greeting"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("training needs examples of at least two intents; these have only [greeting]");
    }
}

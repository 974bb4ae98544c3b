package org.sportello.assistant.domain.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.assistant.IntentModels;
import org.sportello.assistant.NluFileRefused;
import org.sportello.assistant.Utterance;
import org.sportello.assistant.domain.Intent;

class ExampleFilesTest {

    @TempDir
    Path directory;

    @Test
    void readsCsvWithTextAndIntent() throws IOException {
        Path file = write("intents.csv", """
                # Comments above the header are allowed, as the shipped files have them.
                text,intent
                qual è il mio saldo,balance
                "blocca la carta, subito",card_freeze
                """);

        assertThat(ExampleFiles.read(file)).containsExactly(new Utterance("qual è il mio saldo", "balance"),
                new Utterance("blocca la carta, subito", "card_freeze"));
    }

    @Test
    void readsBanking77sCategoryColumnAsTheIntent() throws IOException {
        Path file = write("train.csv", "text,category\nI am still waiting on my card?,card_arrival\n");

        assertThat(ExampleFiles.read(file)).containsExactly(new Utterance("I am still waiting on my card?", "card_arrival"));
    }

    @Test
    void refusesAHeaderWithoutAnIntentColumn() throws IOException {
        Path file = write("bad.csv", "text,label\nhello,greeting\n");

        assertThatThrownBy(() -> ExampleFiles.read(file)).isInstanceOf(NluFileRefused.class).hasMessage(file
                + " line 1: the header [text, label] has no intent column: the first line must be text,intent (or text,category)");
    }

    @Test
    void refusesAHeaderWithoutATextColumn() throws IOException {
        Path file = write("bad.csv", "message,intent\nhello,greeting\n");

        assertThatThrownBy(() -> ExampleFiles.read(file)).isInstanceOf(NluFileRefused.class).hasMessage(file
                + " line 1: the header [message, intent] has no text column: the first line must be text,intent (or text,category)");
    }

    @Test
    void namesTheLineOfAnEmptyTextCountingCommentsAndQuotedLineBreaks() throws IOException {
        Path file = write("bad.csv", """
                text,intent
                "two lines,
                one example",help
                # a comment

                ,balance
                """);

        assertThatThrownBy(() -> ExampleFiles.read(file)).isInstanceOf(NluFileRefused.class)
                .hasMessage(file + " line 6: the text is empty: write it, or delete the line");
    }

    @Test
    void namesTheLineOfAMissingIntent() throws IOException {
        Path file = write("bad.csv", "text,intent\nciao,greeting\nquanto ho speso\n");

        assertThatThrownBy(() -> ExampleFiles.read(file)).isInstanceOf(NluFileRefused.class)
                .hasMessage(file + " line 3: the intent is empty: write it, or delete the line");
    }

    @Test
    void refusesAFileWithoutExamples() throws IOException {
        Path file = write("empty.csv", "text,intent\n");

        assertThatThrownBy(() -> ExampleFiles.read(file)).isInstanceOf(NluFileRefused.class)
                .hasMessage(file + ": no examples: add at least one text with its intent");
    }

    @Test
    void refusesAnUnknownFormat() throws IOException {
        Path file = write("intents.txt", "ciao greeting\n");

        assertThatThrownBy(() -> ExampleFiles.read(file)).isInstanceOf(NluFileRefused.class).hasMessage(file
                + ": unknown format '.txt': give a .csv file with the header text,intent or a .yaml file that lists the"
                + " examples of each intent");
    }

    @Test
    void refusesTextThatIsNotUtf8() throws IOException {
        Path file = directory.resolve("latin1.csv");
        Files.write(file, "text,intent\nperché,help\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> ExampleFiles.read(file)).isInstanceOf(NluFileRefused.class)
                .hasMessage(file + ": not UTF-8 text: save it as UTF-8");
    }

    @Test
    void refusesAMissingFile() {
        Path file = directory.resolve("missing.csv");

        assertThatThrownBy(() -> ExampleFiles.read(file)).isInstanceOf(NluFileRefused.class)
                .hasMessageStartingWith("cannot read " + file + " (java.nio.file.NoSuchFileException");
    }

    @Test
    void readsYamlWithEachIntentsExamples() throws IOException {
        Path file = write("intents.yaml", """
                balance:
                  - what's my balance
                  - quanto ho sul conto
                greeting: [hi, ciao]
                """);

        assertThat(ExampleFiles.read(file)).containsExactly(new Utterance("what's my balance", "balance"),
                new Utterance("quanto ho sul conto", "balance"), new Utterance("hi", "greeting"), new Utterance("ciao", "greeting"));
    }

    @Test
    void namesTheLineOfYamlExamplesThatAreNotAList() throws IOException {
        Path file = write("intents.yml", "balance:\n  - saldo\ngreeting: ciao\n");

        assertThatThrownBy(() -> ExampleFiles.read(file)).isInstanceOf(NluFileRefused.class).hasMessage(file
                + " line 3: the examples of greeting are not a list: expected " + YamlExamples.SHAPE);
    }

    @Test
    void namesTheLineOfAnEmptyYamlExample() throws IOException {
        Path file = write("intents.yaml", "balance:\n  - saldo\n  -\n");

        assertThatThrownBy(() -> ExampleFiles.read(file)).isInstanceOf(NluFileRefused.class).hasMessage(file
                + " line 3: the example of balance is empty or not a text: write it, or delete the line");
    }

    @Test
    void namesTheLineOfInvalidYaml() throws IOException {
        Path file = write("intents.yaml", "balance:\n  - saldo\n greeting: [ciao\n");

        assertThatThrownBy(() -> ExampleFiles.read(file)).isInstanceOf(NluFileRefused.class)
                .hasMessageStartingWith(file + " line 3: not valid YAML (");
    }

    @Test
    void theShippedExamplesCoverEveryIntentOfTheDialogue() {
        List<Utterance> shipped = IntentModels.shippedExamples();

        assertThat(shipped.stream().map(Utterance::intent).distinct())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Intent.values()).map(Intent::code).toList());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(directory.resolve(name), content);
    }
}

package org.sportello;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NluCommandTest {

    static final String TRAINING = """
            text,intent
            what's my balance,balance
            how much money do I have,balance
            qual è il mio saldo,balance
            quanto ho sul conto,balance
            saldo del conto,balance
            freeze my card,card_freeze
            block my card please,card_freeze
            blocca la carta,card_freeze
            ho perso la carta,card_freeze
            congela la carta,card_freeze
            """;
    static final String MORE_TRAINING = """
            greeting: [hi, hello there, good morning, ciao, buongiorno]
            """;
    static final String TEST = """
            text,intent
            what is my balance?,balance
            blocca la mia carta,card_freeze
            hello,greeting
            """;
    static final String LAST_LINE_IS_ACCURACY = "(?s).*\\naccuracy: [01]\\.\\d{4}\\n$";

    @TempDir
    Path directory;

    @Test
    void trainWritesTheModelAndReportsExamplesTimeAndTrainingAccuracy() throws IOException {
        Path model = directory.resolve("nlu/model.bin");

        CommandLineRun run = CommandLineRun.of("nlu", "train", write("train.csv", TRAINING), write("more.yaml", MORE_TRAINING),
                "--output", model.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(model).isNotEmptyFile();
        assertThat(run.out()).contains(directory.resolve("train.csv") + ": 10 examples of 2 intents\n")
                .contains(directory.resolve("more.yaml") + ": 5 examples of 1 intents\n")
                .containsPattern("intent\\s+examples\\nbalance\\s+5\\ncard_freeze\\s+5\\ngreeting\\s+5\\n")
                .containsPattern("trained on 15 examples of 3 intents in \\d+\\.\\d s\\n")
                .contains("model written to " + model)
                .matches("(?s).*\\ntraining-set accuracy: 1\\.0000\\n$");
        assertThat(run.err()).contains("training on 15 examples of 3 intents...");
    }

    @Test
    void evalTrainsAFreshModelAndEndsWithTheAccuracyLine() throws IOException {
        CommandLineRun run = CommandLineRun.of("nlu", "eval", "--train", write("train.csv", TRAINING),
                write("more.yaml", MORE_TRAINING), "--test", write("test.csv", TEST));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("intent\\s+precision\\s+recall\\s+f1\\s+support\\n")
                .containsPattern("\\nbalance\\s+\\d\\.\\d{4}\\s+\\d\\.\\d{4}\\s+\\d\\.\\d{4}\\s+1\\n")
                .containsPattern("\\nmacro average\\s+\\d\\.\\d{4}\\s+\\d\\.\\d{4}\\s+\\d\\.\\d{4}\\s+3\\n")
                .contains("most confused (true intent -> predicted intent):")
                .containsPattern("predicted 3 messages in \\d+\\.\\d\\d s: \\d+\\.\\d{3} ms per message")
                .matches(LAST_LINE_IS_ACCURACY);
    }

    @Test
    void evalHoldsOutAShareOfTheTrainingFiles() throws IOException {
        CommandLineRun run = CommandLineRun.of("nlu", "eval", "--train", write("train.csv", TRAINING),
                write("more.yaml", MORE_TRAINING), "--split", "0.2", "--seed", "7");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("held out 3 of 15 examples (0.2 of each intent, seed 7)");
        assertThat(run.out()).containsPattern("trained on 12 examples of 3 intents").matches(LAST_LINE_IS_ACCURACY);
    }

    @Test
    void evalMeasuresASavedModel() throws IOException {
        Path model = directory.resolve("model.bin");
        CommandLineRun.of("nlu", "train", write("train.csv", TRAINING), write("more.yaml", MORE_TRAINING), "-o", model.toString());

        CommandLineRun run = CommandLineRun.of("nlu", "eval", "--model", model.toString(), "--test", write("test.csv", TEST));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\nmodel " + model + ": 3 intents\n").matches(LAST_LINE_IS_ACCURACY);
    }

    @Test
    void evalWithoutTrainingFilesMeasuresTheShippedModel() throws IOException {
        CommandLineRun run = CommandLineRun.of("nlu", "eval", "--test", write("test.csv", TEST));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("the shipped model: ").contains("nlu/intents-en.csv and nlu/intents-it.csv");
        assertThat(run.out()).containsPattern("trained on [\\d,]+ examples of 21 intents").matches(LAST_LINE_IS_ACCURACY);
    }

    @Test
    void aBadFileIsRefusedWithItsLineAndNothingIsWritten() throws IOException {
        Path model = directory.resolve("model.bin");

        CommandLineRun run = CommandLineRun.of("nlu", "train", write("bad.csv", "text,intent\nciao,greeting\n,balance\n"),
                "--output", model.toString());

        assertThat(run.exitCode()).isEqualTo(NluCommand.REFUSED);
        assertThat(run.err()).isEqualTo(directory.resolve("bad.csv") + " line 3: the text is empty: write it, or delete the line\n");
        assertThat(model).doesNotExist();
    }

    @Test
    void evalSaysWhatItNeedsToEvaluateOn() {
        CommandLineRun run = CommandLineRun.of("nlu", "eval");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith(
                "Give the examples to evaluate on: --test FILE..., or --train FILE... with --split FRACTION.");
    }

    @Test
    void evalRefusesContradictoryOptions() throws IOException {
        String train = write("train.csv", TRAINING);

        assertThat(CommandLineRun.of("nlu", "eval", "--train", train, "--split", "1.5").err())
                .startsWith("--split must be a fraction between 0 and 1, such as 0.1; got 1.5.");
        assertThat(CommandLineRun.of("nlu", "eval", "--split", "0.1", "--test", train).err())
                .startsWith("--split holds out part of the --train files: give --train FILE... and no --test.");
        assertThat(CommandLineRun.of("nlu", "eval", "--model", "m.bin", "--train", train, "--test", train).err())
                .startsWith("Give --train FILE... to train a fresh model or --model FILE to read one, not both.");
    }

    private String write(String name, String content) throws IOException {
        return Files.writeString(directory.resolve(name), content).toString();
    }
}

package org.sportello;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sportello.assistant.ExampleSplit;
import org.sportello.assistant.IntentEvaluation;
import org.sportello.assistant.IntentModel;
import org.sportello.assistant.IntentModels;
import org.sportello.assistant.NluFileRefused;
import org.sportello.assistant.Utterance;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Trains and measures the assistant's intent model from files of examples, without starting the server. */
@Command(name = "nlu",
        mixinStandardHelpOptions = true,
        header = "Train and evaluate the assistant's intent model from files of examples.",
        description = {
                "Example files are CSV with the header text,intent (or text,category, as banking77) or YAML that maps"
                        + " each intent to its list of examples. Neither command starts the server or opens the database.",
                "Progress goes to standard error, results to standard output. Exit codes: 0 done, 1 a file refused"
                        + " (the message names file, line and what to do), 2 usage.",
                ""},
        subcommands = {NluCommand.Train.class, NluCommand.Eval.class})
final class NluCommand {

    static final int REFUSED = 1;

    /** Tribuo logs each training through java.util.logging; these commands print their own progress. */
    private static final Logger TRIBUO = Logger.getLogger("org.tribuo");

    @Command(name = "train",
            mixinStandardHelpOptions = true,
            header = "Train an intent model on example files and write it where the server can load it.",
            description = {
                    "Prints the examples per file and per intent, the training time and the accuracy on the training"
                            + " examples themselves (an upper bound: 'nlu eval' measures on examples the model has not seen).",
                    "Serve the model with --sportello.nlu.model=FILE; without it the server trains on its own examples.",
                    ""},
            footer = {"", "Examples:",
                    "  sportello nlu train src/main/resources/nlu/intents-en.csv src/main/resources/nlu/intents-it.csv",
                    "  sportello nlu train --output /var/lib/sportello/nlu/intents.bin banca.csv extra.yaml"})
    static final class Train implements Callable<Integer> {

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "example files, CSV or YAML")
        List<Path> files = new ArrayList<>();

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "data/nlu/intent-model.bin",
                description = "where to write the model (default: ${DEFAULT-VALUE})")
        Path output;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            NluReport report = NluReport.of(spec);
            quietTribuo();
            try {
                List<Utterance> examples = report.read(files);
                report.intentCounts(examples);
                IntentModel model = report.train(examples);
                model.save(output);
                report.out().printf(Locale.ENGLISH, "model written to %s (%,d bytes)%n", output, Files.size(output));
                IntentEvaluation onTraining = IntentEvaluation.of(model, examples);
                report.out().printf(Locale.ENGLISH, "training-set accuracy: %.4f%n", onTraining.accuracy());
                return 0;
            } catch (NluFileRefused refused) {
                report.err().println(refused.getMessage());
                return REFUSED;
            }
        }
    }

    @Command(name = "eval",
            mixinStandardHelpOptions = true,
            header = "Measure an intent model on examples it was not trained on.",
            description = {
                    "The model: trained afresh on --train files, read from --model, or else the shipped one (trained on"
                            + " Sportello's own examples, as the server does without sportello.nlu.model).",
                    "The examples: --test files, or --split FRACTION of the --train files held out, the same fraction of"
                            + " each intent, chosen by --seed.",
                    "Prints precision, recall and F1 per intent, the most confused pairs, the time per message, and ends"
                            + " with the line 'accuracy: N' (four decimals).",
                    ""},
            footer = {"", "Examples:",
                    "  sportello nlu eval --test holdout.csv",
                    "  sportello nlu eval --train banking77/train.csv --split 0.1",
                    "  sportello nlu eval --train banking77/train.csv --test banking77/test.csv",
                    "  sportello nlu eval --model data/nlu/intent-model.bin --test holdout.csv"})
    static final class Eval implements Callable<Integer> {

        static final int CONFUSIONS_SHOWN = 10;

        @Option(names = "--train", arity = "1..*", paramLabel = "FILE", description = "train a fresh model on these example files")
        List<Path> train = new ArrayList<>();

        @Option(names = "--model", paramLabel = "FILE", description = "evaluate this model file, written by 'nlu train'")
        Path model;

        @Option(names = "--test", arity = "1..*", paramLabel = "FILE", description = "the example files to evaluate on")
        List<Path> test = new ArrayList<>();

        @Option(names = "--split", paramLabel = "FRACTION",
                description = "hold out this fraction of the --train examples and evaluate on it, e.g. 0.1")
        BigDecimal split;

        @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "which examples --split holds out (default: ${DEFAULT-VALUE})")
        long seed;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            checkOptions();
            NluReport report = NluReport.of(spec);
            quietTribuo();
            try {
                List<Utterance> trainOn = report.read(train);
                List<Utterance> evaluateOn;
                if (split != null) {
                    ExampleSplit parts = ExampleSplit.stratified(trainOn, split.doubleValue(), seed);
                    report.err().printf(Locale.ENGLISH, "held out %,d of %,d examples (%s of each intent, seed %d)%n",
                            parts.heldOut().size(), trainOn.size(), split.toPlainString(), seed);
                    trainOn = parts.training();
                    evaluateOn = parts.heldOut();
                } else {
                    evaluateOn = report.read(test);
                }
                IntentModel evaluated = model != null ? report.load(model) : report.train(train.isEmpty() ? shipped(report) : trainOn);
                report.evaluation(evaluated, evaluateOn, CONFUSIONS_SHOWN);
                return 0;
            } catch (NluFileRefused refused) {
                report.err().println(refused.getMessage());
                return REFUSED;
            }
        }

        private void checkOptions() {
            if (model != null && !train.isEmpty()) {
                throw usage("Give --train FILE... to train a fresh model or --model FILE to read one, not both.");
            }
            if (split != null && (train.isEmpty() || !test.isEmpty())) {
                throw usage("--split holds out part of the --train files: give --train FILE... and no --test.");
            }
            if (split != null && (split.signum() <= 0 || split.compareTo(BigDecimal.ONE) >= 0)) {
                throw usage("--split must be a fraction between 0 and 1, such as 0.1; got " + split + ".");
            }
            if (split == null && test.isEmpty()) {
                throw usage("Give the examples to evaluate on: --test FILE..., or --train FILE... with --split FRACTION.");
            }
        }

        private static List<Utterance> shipped(NluReport report) {
            List<Utterance> examples = IntentModels.shippedExamples();
            report.err().printf(Locale.ENGLISH, "the shipped model: %,d examples of %s%n", examples.size(),
                    String.join(" and ", IntentModels.SHIPPED_EXAMPLES));
            return examples;
        }

        private CommandLine.ParameterException usage(String message) {
            return new CommandLine.ParameterException(spec.commandLine(), message);
        }
    }

    private static void quietTribuo() {
        TRIBUO.setLevel(Level.WARNING);
    }

    private NluCommand() {
    }
}

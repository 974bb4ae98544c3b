package org.sportello;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sportello.assistant.IntentEvaluation;
import org.sportello.assistant.IntentEvaluation.IntentScore;
import org.sportello.assistant.IntentModel;
import org.sportello.assistant.IntentModels;
import org.sportello.assistant.Utterance;
import picocli.CommandLine;

/** What the nlu commands print: progress on standard error, results on standard output. */
record NluReport(PrintWriter out, PrintWriter err) {

    static NluReport of(CommandLine.Model.CommandSpec spec) {
        return new NluReport(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** The examples of the files, in order, saying how many each holds. */
    List<Utterance> read(List<Path> files) {
        List<Utterance> examples = new ArrayList<>();
        for (Path file : files) {
            List<Utterance> ofFile = IntentModels.readExamples(file);
            out.printf(Locale.ENGLISH, "%s: %,d examples of %d intents%n", file, ofFile.size(), intents(ofFile).size());
            examples.addAll(ofFile);
        }
        return examples;
    }

    void intentCounts(List<Utterance> examples) {
        Map<String, Long> counts = new TreeMap<>(examples.stream().collect(Collectors.groupingBy(Utterance::intent, Collectors.counting())));
        int width = intentWidth(counts.keySet().stream());
        out.printf(Locale.ENGLISH, "%-" + width + "s  %8s%n", "intent", "examples");
        counts.forEach((intent, count) -> out.printf(Locale.ENGLISH, "%-" + width + "s  %,8d%n", intent, count));
    }

    IntentModel train(List<Utterance> examples) {
        err.printf(Locale.ENGLISH, "training on %,d examples of %d intents...%n", examples.size(), intents(examples).size());
        err.flush();
        long started = System.nanoTime();
        IntentModel model = IntentModels.train(examples);
        out.printf(Locale.ENGLISH, "trained on %,d examples of %d intents in %.1f s%n", examples.size(), model.intents().size(),
                seconds(started));
        return model;
    }

    IntentModel load(Path file) {
        IntentModel model = IntentModels.load(file);
        out.printf(Locale.ENGLISH, "model %s: %d intents%n", file, model.intents().size());
        return model;
    }

    /** The table of scores, the most confused pairs, the time per message, and last the accuracy line. */
    void evaluation(IntentModel model, List<Utterance> examples, int confusionsShown) {
        Set<String> unknown = new TreeSet<>(intents(examples));
        unknown.removeAll(model.intents());
        if (!unknown.isEmpty()) {
            err.println("the model was not trained on " + unknown.size() + " intents of the examples, which all count as"
                    + " errors: " + String.join(", ", unknown));
        }
        err.printf(Locale.ENGLISH, "evaluating on %,d examples...%n", examples.size());
        err.flush();
        long started = System.nanoTime();
        IntentEvaluation evaluation = IntentEvaluation.of(model, examples);
        double seconds = seconds(started);
        scores(evaluation);
        out.printf(Locale.ENGLISH, "%nmost confused (true intent -> predicted intent):%n");
        if (evaluation.confusions().isEmpty()) {
            out.println("  none");
        }
        evaluation.confusions().stream().limit(confusionsShown).forEach(confusion ->
                out.printf(Locale.ENGLISH, "  %5d  %s -> %s%n", confusion.count(), confusion.truth(), confusion.predicted()));
        out.printf(Locale.ENGLISH, "%npredicted %,d messages in %.2f s: %.3f ms per message (cold start included)%n",
                examples.size(), seconds, examples.isEmpty() ? 0 : seconds * 1_000 / examples.size());
        out.printf(Locale.ENGLISH, "accuracy: %.4f%n", evaluation.accuracy());
        out.flush();
    }

    private void scores(IntentEvaluation evaluation) {
        int width = intentWidth(evaluation.scores().stream().map(IntentScore::intent));
        String row = "%-" + width + "s  %9s  %6s  %6s  %7s%n";
        String values = "%-" + width + "s  %9.4f  %6.4f  %6.4f  %,7d%n";
        out.printf(Locale.ENGLISH, row, "intent", "precision", "recall", "f1", "support");
        for (IntentScore score : evaluation.scores()) {
            out.printf(Locale.ENGLISH, values, score.intent(), score.precision(), score.recall(), score.f1(), score.support());
        }
        out.printf(Locale.ENGLISH, values, "macro average", evaluation.macroPrecision(), evaluation.macroRecall(),
                evaluation.macroF1(), evaluation.total());
    }

    private static Set<String> intents(List<Utterance> examples) {
        return examples.stream().map(Utterance::intent).collect(Collectors.toCollection(TreeSet::new));
    }

    private static int intentWidth(Stream<String> intents) {
        return Math.max("macro average".length(), intents.mapToInt(String::length).max().orElse(0));
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}

package org.sportello.assistant;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sportello.assistant.domain.nlu.ExampleFiles;
import org.sportello.assistant.domain.nlu.IntentTrainer;
import org.sportello.assistant.domain.nlu.LinearIntentModel;

/**
 * Where intent models come from: trained on examples, read from a model file, or the shipped one,
 * trained on Sportello's own Italian and English examples. Plain Java, so that the command line
 * trains and evaluates without starting the server.
 */
public final class IntentModels {

    /** Sportello's own examples (header {@code text,intent}), which the shipped model learns. */
    public static final List<String> SHIPPED_EXAMPLES = List.of("nlu/intents-en.csv", "nlu/intents-it.csv");

    private IntentModels() {
    }

    /** A model of the examples' intents; the same examples always give the same model. */
    public static IntentModel train(List<Utterance> examples) {
        return IntentTrainer.train(examples);
    }

    /** A model written by {@link IntentModel#save(Path)}; a file that is not one is refused with {@link NluFileRefused}. */
    public static IntentModel load(Path file) {
        return LinearIntentModel.load(file);
    }

    /** The examples of a CSV or YAML file; a file that cannot be used is refused with {@link NluFileRefused}. */
    public static List<Utterance> readExamples(Path file) {
        return ExampleFiles.read(file);
    }

    /**
     * The shipped examples labelled with their file's language ("it", "en") instead of their
     * intent: what a model learns to tell the two languages apart from.
     */
    public static List<Utterance> shippedLanguageExamples() {
        List<Utterance> examples = new ArrayList<>();
        for (String resource : SHIPPED_EXAMPLES) {
            String language = resource.substring(resource.lastIndexOf('-') + 1, resource.lastIndexOf('.'));
            ExampleFiles.readResource(resource).forEach(example -> examples.add(new Utterance(example.text(), language)));
        }
        return examples;
    }

    public static List<Utterance> shippedExamples() {
        List<Utterance> examples = new ArrayList<>();
        SHIPPED_EXAMPLES.forEach(resource -> examples.addAll(ExampleFiles.readResource(resource)));
        return examples;
    }
}

package org.sportello.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sportello.shared.Language;

/**
 * The shipped model on messages it never saw: {@code src/test/resources/nlu/holdout.csv}, 8 per
 * intent and language, written apart from the training files. Also the language model, which
 * learns Italian from English on the same files.
 */
class ShippedModelHoldoutTest {

    static final Path HOLDOUT = Path.of("src/test/resources/nlu/holdout.csv");
    static final double ACCURACY_MIN = 0.90;
    static final double INTENT_RECALL_MIN = 0.75;

    static IntentModel intents;
    static IntentModel languages;
    static List<Utterance> holdout;

    @BeforeAll
    static void train() {
        intents = IntentModels.train(IntentModels.shippedExamples());
        languages = IntentModels.train(IntentModels.shippedLanguageExamples());
        holdout = IntentModels.readExamples(HOLDOUT);
    }

    @Test
    void readsNineOutOfTenUnseenMessagesRight() {
        IntentEvaluation evaluation = IntentEvaluation.of(intents, holdout);

        assertThat(holdout).hasSize(336);
        assertThat(evaluation.accuracy()).as("accuracy on the held-out messages").isGreaterThanOrEqualTo(ACCURACY_MIN);
    }

    @Test
    void noIntentIsMostlyMissed() {
        IntentEvaluation evaluation = IntentEvaluation.of(intents, holdout);

        assertThat(evaluation.scores()).allSatisfy(score -> assertThat(score.recall()).as(score.intent())
                .isGreaterThanOrEqualTo(INTENT_RECALL_MIN));
    }

    @Test
    void tellsItalianFromEnglishOnUnseenMessages() {
        // The held-out file has the 168 Italian messages first, then the 168 English ones.
        long right = 0;
        for (int i = 0; i < holdout.size(); i++) {
            Optional<Language> expected = Language.fromTag(i < 168 ? "it" : "en");
            if (Language.fromTag(languages.predict(holdout.get(i).text()).intent()).equals(expected)) {
                right++;
            }
        }
        assertThat((double) right / holdout.size()).isGreaterThanOrEqualTo(0.95);
    }
}

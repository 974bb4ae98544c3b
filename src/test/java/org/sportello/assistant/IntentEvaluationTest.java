package org.sportello.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sportello.assistant.IntentEvaluation.Confusion;
import org.sportello.assistant.IntentEvaluation.IntentScore;

class IntentEvaluationTest {

    /** A model that answers from a table, so that every count below is known. */
    record TableModel(Map<String, String> answers) implements IntentModel {

        @Override
        public IntentGuess predict(String text) {
            return new IntentGuess(answers.get(text), 1);
        }

        @Override
        public SortedSet<String> intents() {
            return new TreeSet<>(answers.values());
        }

        @Override
        public void save(Path file) {
            throw new UnsupportedOperationException("a table is not saved");
        }
    }

    @Test
    void countsPrecisionRecallAndConfusions() {
        IntentModel model = new TableModel(Map.of("saldo", "balance", "quanto ho", "balance", "movimenti", "balance",
                "spese", "spending", "ciao", "greeting"));
        List<Utterance> examples = List.of(new Utterance("saldo", "balance"), new Utterance("quanto ho", "balance"),
                new Utterance("movimenti", "transactions_recent"), new Utterance("spese", "spending"),
                new Utterance("ciao", "greeting"));

        IntentEvaluation evaluation = IntentEvaluation.of(model, examples);

        assertThat(evaluation.scores()).containsExactly(
                new IntentScore("balance", 2, 3, 2), new IntentScore("greeting", 1, 1, 1),
                new IntentScore("spending", 1, 1, 1), new IntentScore("transactions_recent", 1, 0, 0));
        assertThat(evaluation.scores().get(0).precision()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(evaluation.scores().get(0).recall()).isEqualTo(1.0);
        assertThat(evaluation.scores().get(0).f1()).isCloseTo(0.8, within(1e-9));
        assertThat(evaluation.scores().get(3).f1()).isZero();
        assertThat(evaluation.confusions()).containsExactly(new Confusion("transactions_recent", "balance", 1));
        assertThat(evaluation.accuracy()).isEqualTo(0.8);
        assertThat(evaluation.macroRecall()).isEqualTo(0.75);
    }

    @Test
    void listsTheMostFrequentConfusionFirst() {
        IntentModel model = new TableModel(Map.of("a", "spending", "b", "spending", "c", "balance"));
        List<Utterance> examples = List.of(new Utterance("c", "spending"), new Utterance("a", "compare_spending"),
                new Utterance("b", "compare_spending"));

        assertThat(IntentEvaluation.of(model, examples).confusions()).containsExactly(
                new Confusion("compare_spending", "spending", 2), new Confusion("spending", "balance", 1));
    }

    @Test
    void noExamplesNoAccuracy() {
        assertThat(IntentEvaluation.of(new TableModel(Map.of()), List.of()).accuracy()).isZero();
    }
}

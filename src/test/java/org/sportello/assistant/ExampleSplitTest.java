package org.sportello.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExampleSplitTest {

    static List<Utterance> examples(String intent, int count) {
        List<Utterance> examples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            examples.add(new Utterance(intent + " example " + i, intent));
        }
        return examples;
    }

    @Test
    void holdsOutTheSameShareOfEachIntent() {
        List<Utterance> examples = new ArrayList<>(examples("balance", 100));
        examples.addAll(examples("greeting", 30));

        ExampleSplit split = ExampleSplit.stratified(examples, 0.1, 42);

        assertThat(split.heldOut()).filteredOn(example -> example.intent().equals("balance")).hasSize(10);
        assertThat(split.heldOut()).filteredOn(example -> example.intent().equals("greeting")).hasSize(3);
        assertThat(split.training()).hasSize(117).doesNotContainAnyElementsOf(split.heldOut());
    }

    @Test
    void theSameSeedHoldsOutTheSameExamplesAnotherSeedOthers() {
        List<Utterance> examples = examples("balance", 50);

        assertThat(ExampleSplit.stratified(examples, 0.2, 7)).isEqualTo(ExampleSplit.stratified(examples, 0.2, 7));
        assertThat(ExampleSplit.stratified(examples, 0.2, 8).heldOut())
                .isNotEqualTo(ExampleSplit.stratified(examples, 0.2, 7).heldOut());
    }

    @Test
    void anIntentWithOneExampleKeepsItForTraining() {
        ExampleSplit split = ExampleSplit.stratified(examples("goodbye", 1), 0.5, 42);

        assertThat(split.training()).hasSize(1);
        assertThat(split.heldOut()).isEmpty();
    }

    @Test
    void refusesAFractionOutsideZeroToOne() {
        assertThatThrownBy(() -> ExampleSplit.stratified(examples("balance", 5), 1.0, 42))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the held-out fraction must be between 0 and 1, exclusive: 1.0");
    }
}

package org.sportello.assistant.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.assistant.IntentModel;
import org.sportello.assistant.IntentModels;
import org.sportello.assistant.NluFileRefused;
import org.sportello.assistant.Utterance;

class IntentModelConfigurationTest {

    @TempDir
    Path directory;

    private final IntentModelConfiguration configuration = new IntentModelConfiguration();

    @Test
    void withoutAModelFileTrainsOnTheShippedExamples() {
        IntentModel model = configuration.intentModel(new NluProperties(null));

        assertThat(model.intents()).hasSize(21).contains("balance", "card_freeze", "out_of_scope");
        assertThat(model.predict("qual è il mio saldo?").intent()).isEqualTo("balance");
        assertThat(model.predict("freeze my card please").intent()).isEqualTo("card_freeze");
    }

    @Test
    void readsTheModelFileTheOperatorGives() throws IOException {
        Path file = directory.resolve("intent-model.bin");
        IntentModels.train(List.of(new Utterance("ciao", "greeting"), new Utterance("saldo", "balance"))).save(file);

        IntentModel model = configuration.intentModel(new NluProperties(file));

        assertThat(model.intents()).containsExactly("balance", "greeting");
    }

    @Test
    void aModelFileThatCannotBeReadStopsTheStartup() {
        Path missing = directory.resolve("missing.bin");

        assertThatThrownBy(() -> configuration.intentModel(new NluProperties(missing))).isInstanceOf(NluFileRefused.class)
                .hasMessageStartingWith(missing + ": no such file");
    }
}

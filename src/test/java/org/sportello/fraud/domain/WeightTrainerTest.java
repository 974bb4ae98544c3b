package org.sportello.fraud.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Learned weights come out of Tribuo as plain weights the scorer uses, the same every time. */
class WeightTrainerTest {

    @Test
    void learnsWhichFeaturesMarkFraudAndLearnsThemTheSameEachTime() {
        List<double[]> features = new ArrayList<>();
        List<Boolean> fraud = new ArrayList<>();
        Random random = new Random(11);
        for (int i = 0; i < 2_000; i++) {
            double[] x = new double[Feature.COUNT];
            x[Feature.LARGE.ordinal()] = random.nextInt(10) == 0 ? 1 : 0;
            x[Feature.NIGHT.ordinal()] = random.nextInt(4) == 0 ? 1 : 0;
            x[Feature.COUNT_DAY.ordinal()] = random.nextInt(5);
            features.add(x);
            fraud.add(x[Feature.LARGE.ordinal()] == 1 && x[Feature.NIGHT.ordinal()] == 1 && random.nextInt(5) > 0
                    || random.nextInt(200) == 0);
        }

        Weights learned = WeightTrainer.train("learned", features, fraud);

        assertThat(learned.name()).isEqualTo("learned");
        assertThat(learned.weight(Feature.LARGE)).isGreaterThan(1);
        assertThat(learned.weight(Feature.NIGHT)).isGreaterThan(1);
        assertThat(Math.abs(learned.weight(Feature.COUNT_DAY))).isLessThan(0.5);
        assertThat(learned.weight(Feature.IMPOSSIBLE_TRAVEL)).isZero();
        assertThat(learned.bias()).isLessThan(-2);
        assertThat(WeightTrainer.train("again", features, fraud).asMap()).isEqualTo(learned.asMap());
    }

    @Test
    void trainingNeedsBothKindsOfPayment() {
        List<double[]> features = List.of(new double[Feature.COUNT], new double[Feature.COUNT]);

        assertThatThrownBy(() -> WeightTrainer.train("learned", features, List.of(false, false)))
                .hasMessage("training needs as many labels as feature vectors, both fraudulent and genuine");
    }
}

package org.sportello.fraud.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sportello.fraud.BudgetFigures;

/** Thresholds come from genuine payments alone; a card is caught early only by an alert on its first or second fraud. */
class AlertBudgetsTest {

    /** 200 genuine payments scoring 0.000 to 0.199 on card 0, then three defrauded cards. */
    static final int GENUINE = 200;

    @Test
    void theThresholdLetsAtMostTheBudgetOfGenuinePaymentsThrough() {
        AlertBudgets budgets = budgets(new double[] {0.5, 0.6}, new double[] {0.1, 0.9, 0.9}, new double[] {0.05, 0.05, 0.05});

        BudgetFigures onePercent = budgets.at(0.01);

        assertThat(onePercent.threshold()).isEqualTo(Math.nextUp(0.197));
        assertThat(onePercent.alerts()).isEqualTo(2 + 4);
        assertThat(onePercent.fraudAlerts()).isEqualTo(4);
        assertThat(onePercent.precision()).isEqualTo(4 / 6.0);
        assertThat(onePercent.recall()).isEqualTo(4 / 8.0);
    }

    @Test
    void aCardIsCaughtBySecondOnlyWhenItsFirstOrSecondFraudIsAlerted() {
        AlertBudgets budgets = budgets(new double[] {0.5, 0.6}, new double[] {0.1, 0.1, 0.9}, new double[] {0.05, 0.05, 0.05});

        BudgetFigures onePercent = budgets.at(0.01);

        assertThat(onePercent.cardsCaught()).isEqualTo(2 / 3.0);
        assertThat(onePercent.cardsCaughtBySecond()).isEqualTo(1 / 3.0);
        assertThat(onePercent.medianFraudsBeforeAlert()).isEqualTo(1.0);
        assertThat(budgets.defraudedCards()).isEqualTo(3);
        assertThat(budgets.genuineMeasured()).isEqualTo(GENUINE);
        assertThat(budgets.fraudsMeasured()).isEqualTo(8);
    }

    @Test
    void atAGivenThresholdTheBudgetIsTheShareOfGenuinePaymentsItAlerts() {
        AlertBudgets budgets = budgets(new double[] {0.5, 0.6}, new double[] {0.1, 0.9, 0.9}, new double[] {0.05, 0.05, 0.05});

        BudgetFigures atThreshold = budgets.atThreshold(0.19);

        assertThat(atThreshold.budget()).isEqualTo(10 / 200.0);
        assertThat(atThreshold.alerts()).isEqualTo(10 + 4);
    }

    @Test
    void withNoCardCaughtTheMedianIsNotANumber() {
        AlertBudgets budgets = budgets(new double[] {0.01}, new double[] {0.01}, new double[] {0.01});

        assertThat(budgets.at(0.005).medianFraudsBeforeAlert()).isNaN();
        assertThat(budgets.at(0.005).cardsCaught()).isZero();
    }

    @Test
    void aCardWhoseFraudBeganBeforeTheMeasuredPartIsLeftOut() {
        double[] scores = {0.9, 0.1, 0.2, 0.9};
        boolean[] fraud = {true, false, false, true};
        int[] cards = {1, 0, 0, 1};

        AlertBudgets budgets = new AlertBudgets(scores, fraud, cards, 1);

        assertThat(budgets.defraudedCards()).isZero();
        assertThat(budgets.fraudsMeasured()).isEqualTo(1);
        assertThatThrownBy(() -> budgets.at(1.5)).hasMessage("budget must be a share between 0 and 1, got 1.5");
    }

    /** Genuine payments first, then each defrauded card's frauds in turn, with the given scores. */
    private static AlertBudgets budgets(double[]... fraudsOfCards) {
        int frauds = 0;
        for (double[] card : fraudsOfCards) {
            frauds += card.length;
        }
        double[] scores = new double[GENUINE + frauds];
        boolean[] fraud = new boolean[scores.length];
        int[] cards = new int[scores.length];
        for (int i = 0; i < GENUINE; i++) {
            scores[i] = i / 1000.0;
        }
        int at = GENUINE;
        for (int card = 0; card < fraudsOfCards.length; card++) {
            for (double score : fraudsOfCards[card]) {
                scores[at] = score;
                fraud[at] = true;
                cards[at++] = card + 1;
            }
        }
        return new AlertBudgets(scores, fraud, cards, 0);
    }
}

package org.sportello;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sportello.fraud.BudgetFigures;
import org.sportello.fraud.FraudEvaluation;
import org.sportello.fraud.LabelledPayment;
import org.sportello.fraud.SparkovFiles;
import picocli.CommandLine;

/** What the fraud command prints: progress on standard error, results on standard output. */
record FraudReport(PrintWriter out, PrintWriter err) {

    static final double EARLY_RECALL_BUDGET = 0.01;

    static FraudReport of(CommandLine.Model.CommandSpec spec) {
        return new FraudReport(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    List<LabelledPayment> read(Path file) {
        err.printf(Locale.ENGLISH, "reading %s...%n", file);
        err.flush();
        List<LabelledPayment> payments = SparkovFiles.read(file, rows -> {
            err.printf(Locale.ENGLISH, "read %,d rows%n", rows);
            err.flush();
        });
        long cards = payments.stream().map(payment -> payment.payment().card()).distinct().count();
        long frauds = payments.stream().filter(LabelledPayment::fraud).count();
        out.printf(Locale.ENGLISH, "%s: %,d payments of %,d cards, %,d fraudulent, %s .. %s%n", file, payments.size(), cards,
                frauds, date(payments.get(0)), date(payments.get(payments.size() - 1)));
        return payments;
    }

    FraudEvaluation replay(List<LabelledPayment> payments, Instant measuredFrom) {
        long started = System.nanoTime();
        FraudEvaluation evaluation = FraudEvaluation.replay(payments, measuredFrom, done -> {
            err.printf(Locale.ENGLISH, "scored %,d payments%n", done);
            err.flush();
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(Locale.ENGLISH, "replayed %,d payments in time order in %.2f s (JIT warm-up included)%n", payments.size(), seconds);
        out.printf(Locale.ENGLISH, "measured: %,d genuine and %,d fraudulent payments, %,d cards whose fraud begins there%s%n",
                evaluation.genuineMeasured(), evaluation.fraudsMeasured(), evaluation.defraudedCardsMeasured(),
                evaluation.warmUpPayments() == 0 ? "" : String.format(Locale.ENGLISH, " (after %,d payments of warm-up)",
                        evaluation.warmUpPayments()));
        return evaluation;
    }

    void figures(FraudEvaluation.Figures figures, String measuredOn) {
        out.printf(Locale.ENGLISH, "%n%s weights (shipped), set by hand, measured on %s:%n", figures.model(), measuredOn);
        table(figures.budgets());
    }

    void decisions(List<BudgetFigures> atThresholds) {
        out.printf(Locale.ENGLISH, "%nits decisions at the default thresholds (sportello.fraud.alert-threshold, hold-threshold),"
                + " the budget being the share of genuine payments at or above them:%n");
        table(atThresholds);
    }

    void learned(FraudEvaluation.Figures figures, LocalDate splitDate) {
        out.printf(Locale.ENGLISH, "%n%s weights (Tribuo logistic regression), fitted on the payments before %s, measured on"
                + " the payments from %s on:%n", figures.model(), splitDate, splitDate);
        out.println(figures.weights().entrySet().stream()
                .map(weight -> String.format(Locale.ENGLISH, "%s %.3f", weight.getKey(), weight.getValue()))
                .collect(Collectors.joining(", ", "  weights: ", "")));
        table(figures.budgets());
    }

    void earlyRecall(FraudEvaluation.Figures shipped) {
        out.printf(Locale.ENGLISH, "%nearly_recall_at_1pct: %.2f%n", shipped.at(EARLY_RECALL_BUDGET).cardsCaughtBySecond());
        out.flush();
    }

    private void table(List<BudgetFigures> budgets) {
        out.printf(Locale.ENGLISH, "%7s  %9s  %7s  %9s  %6s  %12s  %13s  %25s%n", "budget", "threshold", "alerts", "precision",
                "recall", "cards caught", "caught by 2nd", "median frauds before alert");
        for (BudgetFigures figures : budgets) {
            out.printf(Locale.ENGLISH, "%6.2f%%  %9.4f  %,7d  %9.3f  %6.3f  %12.3f  %13.3f  %25.1f%n", figures.budget() * 100,
                    figures.threshold(), figures.alerts(), figures.precision(), figures.recall(), figures.cardsCaught(),
                    figures.cardsCaughtBySecond(), figures.medianFraudsBeforeAlert());
        }
    }

    static LocalDate date(LabelledPayment payment) {
        return LocalDate.ofInstant(payment.payment().at(), ZoneOffset.UTC);
    }
}

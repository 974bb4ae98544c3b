package org.sportello;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sportello.fraud.FraudEvaluation;
import org.sportello.fraud.FraudFileRefused;
import org.sportello.fraud.LabelledPayment;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Measures the fraud scorer on labelled payments, without starting the server. */
@Command(name = "fraud",
        mixinStandardHelpOptions = true,
        header = "Measure the fraud scorer on labelled card payments.",
        description = {
                "Progress goes to standard error, results to standard output. Exit codes: 0 done, 1 the file refused"
                        + " (the message names file, line and field, and what to do), 2 usage.",
                ""},
        subcommands = FraudCommand.Eval.class)
final class FraudCommand {

    static final int REFUSED = 1;

    /** Tribuo logs each training through java.util.logging; this command prints its own progress. */
    private static final Logger TRIBUO = Logger.getLogger("org.tribuo");

    @Command(name = "eval",
            mixinStandardHelpOptions = true,
            header = "Replay a Sparkov file through the fraud scorer and measure it at alert budgets.",
            description = {
                    "Reads a Sparkov CSV file (plain or gzip, told apart by its first bytes), replays its payments in"
                            + " unix_time order through the scorer the server uses, each scored against its card's state"
                            + " before it, and only then looks at the labels.",
                    "For alert budgets of 0.5%, 1% and 2% of genuine payments it sets the threshold from the genuine"
                            + " payments' scores and prints: the threshold, transaction precision and recall, the share of"
                            + " defrauded cards caught at all and by their second fraudulent payment, and the median count"
                            + " of fraudulent payments before the first alert. It ends with the line"
                            + " 'early_recall_at_1pct: N' (two decimals): the share of defrauded cards caught by their"
                            + " second fraudulent payment with at most 1% of genuine payments alerted.",
                    "With --split-date the payments before the date only warm the cards' state up and train a logistic"
                            + " regression (Tribuo) on the same features; both scorers are measured on the payments from"
                            + " the date on, and the last line is the shipped scorer's.",
                    ""},
            footer = {"", "Examples:",
                    "  sportello fraud eval ../shared/data/fraud/sparkov_dev_100cards_2023H1.csv.gz",
                    "  sportello fraud eval --split-date 2023-04-01 ../shared/data/fraud/sparkov_dev_100cards_2023H1.csv.gz"})
    static final class Eval implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", description = "a Sparkov CSV file, plain or .gz")
        Path file;

        @Option(names = "--split-date", paramLabel = "DATE",
                description = "measure from this date (UTC, e.g. 2023-04-01) on, and learn weights on the payments before it")
        LocalDate splitDate;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            FraudReport report = FraudReport.of(spec);
            TRIBUO.setLevel(Level.WARNING);
            try {
                List<LabelledPayment> payments = report.read(file);
                Instant measuredFrom = splitDate == null ? null : splitDate.atStartOfDay(ZoneOffset.UTC).toInstant();
                checkSplit(payments, measuredFrom);
                FraudEvaluation evaluation = report.replay(payments, measuredFrom);
                FraudEvaluation.Figures shipped = evaluation.shipped();
                report.figures(shipped, splitDate == null ? "all payments" : "payments from " + splitDate + " on");
                report.decisions(evaluation.atDefaultThresholds());
                if (splitDate != null) {
                    report.err().printf(Locale.ENGLISH, "training on the %,d payments before %s...%n",
                            evaluation.warmUpPayments(), splitDate);
                    report.err().flush();
                    report.learned(evaluation.learned(), splitDate);
                }
                report.earlyRecall(shipped);
                return 0;
            } catch (FraudFileRefused refused) {
                report.err().println(refused.getMessage());
                return REFUSED;
            }
        }

        private void checkSplit(List<LabelledPayment> payments, Instant measuredFrom) {
            if (measuredFrom == null) {
                return;
            }
            boolean before = payments.get(0).payment().at().isBefore(measuredFrom);
            boolean after = !payments.get(payments.size() - 1).payment().at().isBefore(measuredFrom);
            List<LabelledPayment> training = payments.stream().filter(p -> p.payment().at().isBefore(measuredFrom)).toList();
            if (!before || !after || training.stream().noneMatch(LabelledPayment::fraud)
                    || training.stream().allMatch(LabelledPayment::fraud)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--split-date " + splitDate + " must leave"
                        + " genuine and fraudulent payments before it and payments on or after it; " + file + " runs from "
                        + FraudReport.date(payments.get(0)) + " to " + FraudReport.date(payments.get(payments.size() - 1)) + ".");
            }
        }
    }

    private FraudCommand() {
    }
}

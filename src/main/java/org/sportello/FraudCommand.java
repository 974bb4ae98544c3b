package org.sportello;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sportello.bank.DemoCardPayments;
import org.sportello.fraud.CardTransaction;
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
    static final int DEMO_CARDS_MAX = 2_000;
    static final LocalDate DEMO_FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate DEMO_TO = LocalDate.of(2026, 7, 1);
    static final long DEMO_SEED = 20261118;
    static final ZoneId DEMO_ZONE = ZoneId.of("Europe/Rome");

    /** Tribuo logs each training through java.util.logging; this command prints its own progress. */
    private static final Logger TRIBUO = Logger.getLogger("org.tribuo");

    @Command(name = "eval",
            mixinStandardHelpOptions = true,
            header = "Replay a Sparkov file through the fraud scorer and measure it at alert budgets.",
            description = {
                    "Reads a Sparkov CSV file (plain or gzip, told apart by its first bytes), replays its payments in"
                            + " unix_time order through the scorer the server uses, each scored against its card's state"
                            + " before it, and only then looks at the labels.",
                    "For alert budgets of 0.5%%, 1%% and 2%% of genuine payments it sets the threshold from the genuine"
                            + " payments' scores and prints: the threshold, transaction precision and recall, the share of"
                            + " defrauded cards caught at all and by their second fraudulent payment, and the median count"
                            + " of fraudulent payments before the first alert. It ends with the line"
                            + " 'early_recall_at_1pct: N' (two decimals): the share of defrauded cards caught by their"
                            + " second fraudulent payment with at most 1%% of genuine payments alerted.",
                    "With --split-date the payments before the date only warm the cards' state up and train a logistic"
                            + " regression (Tribuo) on the same features; both scorers are measured on the payments from"
                            + " the date on, and the last line is the shipped scorer's.",
                    ""},
            footer = {"", "Examples:",
                    "  sportello fraud eval ../shared/data/fraud/sparkov_dev_100cards_2023H1.csv.gz",
                    "  sportello fraud eval --split-date 2023-04-01 ../shared/data/fraud/sparkov_dev_100cards_2023H1.csv.gz",
                    "  sportello fraud eval --demo --cards 200"})
    static final class Eval implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", arity = "0..1", description = "a Sparkov CSV file, plain or .gz")
        Path file;

        @Option(names = "--demo", description = "instead of a file: the demo bank's own payments, --cards cards living the demo"
                + " customers' lives from January to June 2026, each hit once by the demo's injected fraud burst")
        boolean demo;

        @Option(names = "--cards", defaultValue = "100", paramLabel = "N", description = "cards made with --demo (default: ${DEFAULT-VALUE})")
        int cards;

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
                List<LabelledPayment> payments = payments(report);
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

        private List<LabelledPayment> payments(FraudReport report) {
            if (demo == (file != null)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "give a Sparkov FILE or --demo, not both and not neither");
            }
            if (!demo) {
                return report.read(file);
            }
            if (cards < 1 || cards > DEMO_CARDS_MAX) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--cards must be 1 to " + DEMO_CARDS_MAX + ", got " + cards);
            }
            report.err().printf(Locale.ENGLISH, "making the demo bank's payments of %,d cards...%n", cards);
            return DemoCardPayments.labelled(cards, DEMO_FROM, DEMO_TO, DEMO_SEED).stream().map(Eval::labelled).toList();
        }

        /** A demo payment as the server would score it: its MCC stands for its category, in person when the shop has a position. */
        static LabelledPayment labelled(DemoCardPayments.Payment payment) {
            String category = payment.mcc() == null ? "UNKNOWN" : payment.mcc();
            return new LabelledPayment(new CardTransaction(payment.card(), payment.amount(), payment.at(), DEMO_ZONE, category, payment.mcc(),
                    payment.merchant(), payment.location() != null, payment.location(), null), payment.fraud());
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

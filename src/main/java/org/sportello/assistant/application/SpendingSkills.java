package org.sportello.assistant.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.sportello.assistant.domain.Intent;
import org.sportello.assistant.domain.SpendingQuestion;
import org.sportello.assistant.domain.chart.ChartEntry;
import org.sportello.assistant.domain.chart.ComparedEntry;
import org.sportello.assistant.domain.chart.PeriodComparison;
import org.sportello.assistant.domain.chart.SpendingChart;
import org.sportello.assistant.domain.entities.DatePeriod;
import org.sportello.bank.CustomerProfile;
import org.sportello.bank.Customers;
import org.sportello.bank.Period;
import org.sportello.bank.SpendingFacts;
import org.sportello.bank.SpendingFacts.Comparison;
import org.sportello.bank.SpendingFacts.Grouping;
import org.sportello.bank.SpendingFacts.Total;
import org.sportello.consent.ConsentCheck;
import org.sportello.notify.Picture;
import org.sportello.shared.Ellipsis;
import org.sportello.shared.Language;
import org.sportello.shared.Money;
import org.springframework.stereotype.Component;

/**
 * Answers about spending: how much, against the period before, the largest expenses. Each answer
 * reads through the TRANSACTIONS consent the caller checked, for the customer it names.
 */
@Component
class SpendingSkills {

    /** Lines of a breakdown by category: the rest is summed up as "other". */
    static final int CATEGORIES_SHOWN = 5;
    static final int LARGEST_SHOWN = 5;

    private final SpendingFacts facts;
    private final Customers customers;
    private final Replies replies;
    private final PeriodNames periods;
    private final ChartPictures charts;

    SpendingSkills(SpendingFacts facts, Customers customers, Replies replies, PeriodNames periods, ChartPictures charts) {
        this.facts = facts;
        this.customers = customers;
        this.replies = replies;
        this.periods = periods;
        this.charts = charts;
    }

    /** How much in the period, for a category or merchant or in all, against the period before. */
    Answer spending(ConsentCheck.Granted grant, SpendingQuestion question, Language language) {
        DatePeriod asked = question.period().orElseThrow(() -> new IllegalArgumentException("a spending question needs a period"));
        Period period = bankPeriod(grant, asked);
        Comparison comparison = comparison(grant, question);
        String when = periods.of(asked, language);
        String against = change(comparison, language);
        if (question.category().isPresent() || question.merchant().isPresent()) {
            String key = question.category().isPresent() ? "assistant.spending.category" : "assistant.spending.merchant";
            String what = question.category().map(code -> categoryName(code, language)).orElseGet(() -> question.merchant().orElseThrow());
            String text = comparison.current().count() == 0 ? replies.text(key + ".none", language, when, what)
                    : replies.text(key, language, when, what, comparison.current().amount().format(language),
                            comparison.current().count(), against);
            return Answer.of(text, List.of(replies.suggestion(Intent.LARGEST_EXPENSES, language)));
        }
        List<Total> byCategory = facts.totals(grant, period, Grouping.CATEGORY);
        if (byCategory.isEmpty()) {
            return Answer.of(replies.text("assistant.spending.none", language, when), List.of());
        }
        StringJoiner text = new StringJoiner("\n");
        text.add(replies.text("assistant.spending.total", language, when, comparison.current().amount().format(language), against));
        byCategory.stream().limit(CATEGORIES_SHOWN).forEach(total -> text.add(replies.text("assistant.spending.line", language,
                categoryName(total.key(), language), total.amount().format(language))));
        String title = replies.text("assistant.chart.spending-title", language, periods.label(asked, language));
        List<ChartEntry> bars = byCategory.stream().filter(total -> total.amount().isPositive())
                .map(total -> new ChartEntry(categoryName(total.key(), language), total.amount())).toList();
        Answer answer = Answer.of(text.toString(), List.of(replies.suggestion(Intent.COMPARE_SPENDING, language),
                replies.suggestion(Intent.LARGEST_EXPENSES, language)));
        return bars.isEmpty() ? answer : answer.withPicture(Optional.of(charts.spending(new SpendingChart(title, bars, language),
                alt(title, bars.stream().map(bar -> bar.label() + " " + bar.amount().format(language)).toList(), language))));
    }

    /** This period against the one before: totals, and by category where nothing narrower was asked. */
    Answer compare(ConsentCheck.Granted grant, SpendingQuestion question, Language language) {
        if (question.category().isPresent() || question.merchant().isPresent()) {
            return spending(grant, question, language);
        }
        DatePeriod asked = question.period().orElseThrow(() -> new IllegalArgumentException("a comparison needs a period"));
        Period period = bankPeriod(grant, asked);
        Comparison comparison = comparison(grant, question);
        DatePeriod before = new DatePeriod(comparison.previousPeriod().from(), comparison.previousPeriod().to());
        String text = replies.text("assistant.compare.total", language, periods.of(asked, language),
                comparison.current().amount().format(language), periods.of(before, language),
                comparison.previous().amount().format(language), delta(comparison, language));
        List<ComparedEntry> bars = compared(facts.totals(grant, period, Grouping.CATEGORY),
                facts.totals(grant, comparison.previousPeriod(), Grouping.CATEGORY), language);
        Answer answer = Answer.of(text, List.of(replies.suggestion(Intent.LARGEST_EXPENSES, language)));
        if (bars.isEmpty()) {
            return answer;
        }
        String title = replies.text("assistant.chart.compare-title", language);
        PeriodComparison chart = new PeriodComparison(title, periods.label(asked, language), periods.label(before, language), bars,
                language);
        return answer.withPicture(Optional.of(charts.comparison(chart, alt(title, bars.stream().map(bar -> bar.label() + " "
                + bar.current().format(language) + " / " + bar.previous().format(language)).toList(), language))));
    }

    /** Each category of either period with both amounts; what was refunded more than spent counts as nothing. */
    private List<ComparedEntry> compared(List<Total> now, List<Total> then, Language language) {
        Map<String, Money[]> both = new LinkedHashMap<>();
        now.forEach(total -> both.computeIfAbsent(String.valueOf(total.key()), key -> new Money[2])[0] = positive(total.amount()));
        then.forEach(total -> both.computeIfAbsent(String.valueOf(total.key()), key -> new Money[2])[1] = positive(total.amount()));
        List<ComparedEntry> entries = new ArrayList<>();
        both.forEach((key, amounts) -> {
            Money zero = Money.zero((amounts[0] != null ? amounts[0] : amounts[1]).currency());
            entries.add(new ComparedEntry(categoryName("null".equals(key) ? null : key, language),
                    amounts[0] == null ? zero : amounts[0], amounts[1] == null ? zero : amounts[1]));
        });
        return entries.stream().filter(entry -> entry.current().isPositive() || entry.previous().isPositive()).toList();
    }

    private static Money positive(Money amount) {
        return amount.isNegative() ? Money.zero(amount.currency()) : amount;
    }

    /** What a chart shows, in words, for screen readers and channels without pictures. */
    private String alt(String title, List<String> items, Language language) {
        String alt = replies.text("assistant.chart.alt", language, title, String.join(", ", items));
        return Ellipsis.cut(alt, Picture.ALT_TEXT_CHARS_MAX);
    }

    Answer largest(ConsentCheck.Granted grant, DatePeriod asked, Language language) {
        ZoneId zone = zone(grant);
        var largest = facts.largestExpenses(grant, new Period(asked.from(), asked.to(), zone), LARGEST_SHOWN);
        String when = periods.of(asked, language);
        if (largest.isEmpty()) {
            return Answer.of(replies.text("assistant.spending.none", language, when), List.of());
        }
        StringJoiner text = new StringJoiner("\n");
        text.add(replies.text("assistant.largest.header", language, when));
        largest.forEach(expense -> text.add(replies.transactionLine(expense, zone, language)));
        return Answer.of(text.toString(), List.of(replies.suggestion(Intent.SPENDING, language)));
    }

    /** Payments that come back every month, with what they cost together. */
    Answer subscriptions(ConsentCheck.Granted grant, LocalDate today, Language language) {
        List<SpendingFacts.Recurring> payments = facts.recurring(grant, today).stream().filter(recurring -> !recurring.isIncome()).toList();
        if (payments.isEmpty()) {
            return Answer.of(replies.text("assistant.subscriptions.none", language), List.of());
        }
        Money monthly = payments.stream().map(recurring -> recurring.typical().abs()).reduce(Money::plus).orElseThrow();
        StringJoiner text = new StringJoiner("\n");
        text.add(replies.text("assistant.subscriptions.header", language, payments.size(), monthly.format(language)));
        for (SpendingFacts.Recurring recurring : payments) {
            text.add(replies.text("assistant.subscriptions.line", language, recurring.name(), recurring.typical().abs().format(language),
                    replies.day(recurring.nextExpected(), language)));
        }
        return Answer.of(text.toString(), List.of(replies.suggestion(Intent.SPENDING, language)));
    }

    /** The question's period against the one it names, or the one just before it. */
    private Comparison comparison(ConsentCheck.Granted grant, SpendingQuestion question) {
        Period period = bankPeriod(grant, question.period().orElseThrow());
        if (question.against().isEmpty()) {
            return facts.compare(grant, period, question.category(), question.merchant());
        }
        Period against = bankPeriod(grant, question.against().get());
        return new Comparison(facts.total(grant, period, question.category(), question.merchant()),
                facts.total(grant, against, question.category(), question.merchant()), period, against);
    }

    /** Today in the customer's time zone. */
    LocalDate today(ConsentCheck.Granted grant, java.time.Instant now) {
        return now.atZone(zone(grant)).toLocalDate();
    }

    ZoneId zone(ConsentCheck.Granted grant) {
        return customers.profileOf(grant).map(CustomerProfile::timeZone).orElse(Replies.BANK_ZONE);
    }

    private Period bankPeriod(ConsentCheck.Granted grant, DatePeriod period) {
        return new Period(period.from(), period.to(), zone(grant));
    }

    /** "12% in più rispetto a settembre 2026 (1.234,00 €)", or that it is the same, or nothing to compare with. */
    private String change(Comparison comparison, Language language) {
        Money before = comparison.previous().amount();
        String previous = periods.of(new DatePeriod(comparison.previousPeriod().from(), comparison.previousPeriod().to()), language);
        if (before.isZero()) {
            return replies.text("assistant.spending.change.nothing-before", language, previous);
        }
        long percent = comparison.change().percentOf(before);
        String key = percent > 0 ? "assistant.spending.change.more" : percent < 0 ? "assistant.spending.change.less"
                : "assistant.spending.change.same";
        return replies.text(key, language, Math.abs(percent), previous, before.format(language));
    }

    /** "12% in più", "12% less", "the same amount", or that nothing was spent before. */
    private String delta(Comparison comparison, Language language) {
        Money before = comparison.previous().amount();
        if (before.isZero()) {
            return replies.text("assistant.compare.nothing-before", language);
        }
        long percent = comparison.change().percentOf(before);
        String key = percent > 0 ? "assistant.compare.more" : percent < 0 ? "assistant.compare.less" : "assistant.compare.same";
        return replies.text(key, language, Math.abs(percent));
    }

    private String categoryName(String code, Language language) {
        return code == null ? replies.text("assistant.spending.uncategorised", language) : replies.text("category." + code, language);
    }
}

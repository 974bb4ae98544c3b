package org.sportello.bank.domain;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What went to (or came from) one merchant or counterparty in one month: how many times, how
 * much in all, the smallest and largest single amount, on which day on average, and the last date.
 */
public record MonthlyFlow(String name, String category, String currency, YearMonth month, int count, long sumMinor,
                          long minMinor, long maxMinor, int averageDay, LocalDate lastDate) {
}

package org.sportello.fraud;

/**
 * How a scorer does when its alert threshold lets through at most a given share of genuine payments.
 *
 * @param budget                  the most genuine payments alerted, as a share (0.01: 1%); at a given
 *                                threshold, the share it alerts
 * @param threshold               payments scoring at or above this are alerted: at a budget, the lowest
 *                                score that keeps the genuine ones alerted within it
 * @param alerts                  payments alerted
 * @param fraudAlerts             fraudulent payments among them
 * @param precision               fraudAlerts / alerts (NaN when nothing was alerted)
 * @param recall                  fraudulent payments alerted / all fraudulent payments
 * @param cardsCaught             share of defrauded cards with at least one fraudulent payment alerted
 * @param cardsCaughtBySecond     share of defrauded cards with their first or second fraudulent payment alerted
 * @param medianFraudsBeforeAlert of the cards caught, the median count of fraudulent payments before the
 *                                first alerted one (0: the first was alerted); NaN when none was caught
 */
public record BudgetFigures(double budget, double threshold, long alerts, long fraudAlerts, double precision, double recall,
                            double cardsCaught, double cardsCaughtBySecond, double medianFraudsBeforeAlert) {
}

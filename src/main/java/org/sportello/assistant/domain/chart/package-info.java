/**
 * What a spending chart shows, as plain values: amounts as {@link org.sportello.shared.Money}, the
 * largest first, the long tail folded into one "Other" bar. Drawing it is an adapter's job.
 */
package org.sportello.assistant.domain.chart;

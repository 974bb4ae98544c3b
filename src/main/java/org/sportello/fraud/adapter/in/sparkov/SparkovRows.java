package org.sportello.fraud.adapter.in.sparkov;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.sportello.fraud.CardTransaction;
import org.sportello.fraud.FraudFileRefused;
import org.sportello.fraud.LabelledPayment;
import org.sportello.shared.GeoPoint;
import org.sportello.shared.Money;

/** Reads the fields of a Sparkov row, each checked, into a labelled payment. */
final class SparkovRows {

    static final List<String> COLUMNS = List.of("cc_num", "unix_time", "category", "amt", "is_fraud", "merchant",
            "merch_lat", "merch_long", "lat", "long");
    /** Sparkov makes up American card holders and pays in dollars. */
    static final Currency DOLLARS = Currency.getInstance("USD");
    /** The generator prefixes every merchant's name with this; it says nothing about fraud. */
    static final String MERCHANT_PREFIX = "fraud_";

    private final Path file;
    /** Strings shared between rows: a file repeats a few cards and categories over and over. */
    private final Map<String, String> shared = new HashMap<>();

    private SparkovRows(Path file) {
        this.file = file;
    }

    static SparkovRows of(Path file, List<String> header) {
        for (String column : COLUMNS) {
            if (!header.contains(column)) {
                throw new FraudFileRefused(file + " line 1: no column '" + column + "' in the header; a Sparkov file has "
                        + String.join(",", COLUMNS) + " among its columns");
            }
        }
        return new SparkovRows(file);
    }

    LabelledPayment payment(CSVRecord record, long line) {
        Row row = new Row(file, record, line);
        String card = shared.computeIfAbsent(row.text("cc_num"), key -> key);
        String category = shared.computeIfAbsent(row.text("category"), key -> key);
        String merchant = row.text("merchant");
        CardTransaction payment = new CardTransaction(card, row.amount("amt"), row.instant("unix_time"), ZoneOffset.UTC,
                category, null, merchant.startsWith(MERCHANT_PREFIX) ? merchant.substring(MERCHANT_PREFIX.length()) : merchant,
                !category.endsWith("_net"), row.point("merch_lat", "merch_long"), row.point("lat", "long"));
        return new LabelledPayment(payment, row.label("is_fraud"));
    }

    /** One row's fields; each problem names file, line and field, and says what to do. */
    private record Row(Path file, CSVRecord record, long line) {

        String text(String field) {
            String value = record.isSet(field) ? record.get(field).strip() : "";
            if (value.isEmpty()) {
                throw refused(field, "is empty", "fill it in, or delete the line");
            }
            return value;
        }

        Money amount(String field) {
            String value = text(field);
            BigDecimal amount;
            try {
                amount = new BigDecimal(value);
            } catch (NumberFormatException e) {
                throw refused(field, "'" + value + "' is not a number", "write the amount in dollars as 12.34, or delete the line");
            }
            if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > DOLLARS.getDefaultFractionDigits()
                    || amount.compareTo(Money.MAJOR_UNITS_MAX) > 0) {
                throw refused(field, "'" + value + "' is not a payment's amount",
                        "write a positive amount in dollars with at most two decimals, such as 12.34, or delete the line");
            }
            return Money.of(amount, DOLLARS);
        }

        Instant instant(String field) {
            String value = text(field);
            try {
                return Instant.ofEpochSecond(Long.parseLong(value));
            } catch (NumberFormatException e) {
                throw refused(field, "'" + value + "' is not a whole number of seconds", "write the Unix time, such as 1672531306");
            }
        }

        boolean label(String field) {
            String value = text(field);
            if (!value.equals("0") && !value.equals("1")) {
                throw refused(field, "'" + value + "' is neither 0 nor 1", "write 1 for a fraudulent payment, 0 for a genuine one");
            }
            return value.equals("1");
        }

        GeoPoint point(String latitudeField, String longitudeField) {
            return new GeoPoint(degrees(latitudeField, 90), degrees(longitudeField, 180));
        }

        private double degrees(String field, int max) {
            String value = text(field);
            double degrees;
            try {
                degrees = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                degrees = Double.NaN;
            }
            if (!(degrees >= -max && degrees <= max)) {
                throw refused(field, "'" + value + "' is not a coordinate", "write decimal degrees from -" + max + " to " + max);
            }
            return degrees;
        }

        private FraudFileRefused refused(String field, String problem, String fix) {
            return new FraudFileRefused(file + " line " + line + ", field " + field + ": " + problem + "; " + fix);
        }
    }
}

package org.sportello.bank.adapter.in.feed.csv;

import java.util.regex.Pattern;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.sportello.shared.Violation;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns CSV rows into JSON batch items: decimal commas and thousands separators, local date
 * patterns, separate debit and credit columns and the usual direction words (DARE/AVERE, D/C,
 * DEBIT/CREDIT, -/+) become the batch's plain form.
 */
final class CsvRows {

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,15}(\\.[0-9]{1,6})?");
    private static final Pattern OFFSET = Pattern.compile(".*[+-][0-9]{2}:[0-9]{2}$");

    private static final Map<String, String> DIRECTIONS = Map.ofEntries(
            Map.entry("DEBIT", "DEBIT"), Map.entry("D", "DEBIT"), Map.entry("DR", "DEBIT"), Map.entry("DARE", "DEBIT"),
            Map.entry("ADDEBITO", "DEBIT"), Map.entry("USCITA", "DEBIT"), Map.entry("-", "DEBIT"),
            Map.entry("CREDIT", "CREDIT"), Map.entry("C", "CREDIT"), Map.entry("CR", "CREDIT"), Map.entry("A", "CREDIT"),
            Map.entry("AVERE", "CREDIT"), Map.entry("ACCREDITO", "CREDIT"), Map.entry("ENTRATA", "CREDIT"),
            Map.entry("+", "CREDIT"));
    private static final List<String> PASSED_AS_IS = List.of("id", "kind", "status", "card", "counterparty",
            "counterpartyIban", "description");

    private final CsvMapping mapping;
    private final List<String> header;
    private final int skippedLines;

    CsvRows(CsvMapping mapping, List<String> header, int skippedLines) {
        this.mapping = mapping;
        this.header = header;
        this.skippedLines = skippedLines;
    }

    /** Every mapped column must be in the header; the message lists what the header has. */
    void checkHeader(String source) {
        List<Violation> missing = new ArrayList<>();
        mapping.columns().forEach((field, column) -> {
            if (!header.contains(column)) {
                missing.add(new Violation("/header/" + column, "column." + field, "line " + (skippedLines + 1) + ": column \""
                        + column + "\" (column." + field + ") is not in the header; the header has " + header, null, null));
            }
        });
        if (!missing.isEmpty()) {
            throw CsvFeedReader.refused("the header of " + source + " lacks " + missing.size() + " mapped column(s)", missing);
        }
    }

    ObjectNode item(CSVRecord record, int line, List<Violation> violations) {
        ObjectNode item = JsonNodeFactory.instance.objectNode();
        for (String field : PASSED_AS_IS) {
            put(item, field, value(record, field));
        }
        put(item, "account", mapping.columns().containsKey("account") ? value(record, "account") : mapping.account());
        put(item, "currency", mapping.columns().containsKey("currency") ? value(record, "currency") : mapping.currency());
        amount(record, line, item, violations);
        date(record, line, "bookedAt", item, violations, false);
        date(record, line, "valueDate", item, violations, true);
        String merchant = value(record, "merchant");
        if (merchant != null) {
            ObjectNode details = item.putObject("merchant");
            details.put("name", merchant);
            put(details, "mcc", value(record, "mcc"));
            put(details, "city", value(record, "city"));
        }
        return item;
    }

    private void amount(CSVRecord record, int line, ObjectNode item, List<Violation> violations) {
        String signed = value(record, "amount");
        String debit = value(record, "debit");
        String credit = value(record, "credit");
        String raw;
        String direction;
        if (mapping.columns().containsKey("amount")) {
            raw = signed;
            direction = directionOf(record, signed);
        } else if ((debit == null) == (credit == null)) {
            violations.add(atLine(line, "amount", "exactly one of the debit and credit columns must hold the amount"));
            return;
        } else {
            raw = debit != null ? debit : credit;
            direction = debit != null ? "DEBIT" : "CREDIT";
        }
        if (raw == null) {
            violations.add(atLine(line, "amount", "required"));
            return;
        }
        String decimal = decimal(raw);
        if (decimal == null) {
            violations.add(atLine(line, "amount", "'" + raw + "' is not an amount written with decimal separator '"
                    + mapping.decimalSeparator() + "'"));
            return;
        }
        item.put("amount", decimal.startsWith("-") ? decimal.substring(1) : decimal);
        put(item, "direction", direction);
    }

    private String directionOf(CSVRecord record, String signed) {
        if (mapping.columns().containsKey("direction")) {
            String word = value(record, "direction");
            return word == null ? null : DIRECTIONS.getOrDefault(word.toUpperCase(Locale.ROOT), word);
        }
        return signed != null && signed.strip().startsWith("-") ? "DEBIT" : "CREDIT";
    }

    /** "1.234,56" with a decimal comma → "1234.56"; null when it is not a number at all. */
    String decimal(String raw) {
        String grouping = mapping.decimalSeparator() == ',' ? "." : ",";
        String plain = raw.replace("€", "").replace(" ", "").replace("\u00a0", "").replace("'", "").replace(grouping, "");
        if (mapping.decimalSeparator() == ',') {
            plain = plain.replace(',', '.');
        }
        if (plain.startsWith("+")) {
            plain = plain.substring(1);
        }
        return DECIMAL.matcher(plain).matches() ? plain : null;
    }

    private void date(CSVRecord record, int line, String field, ObjectNode item, List<Violation> violations, boolean dateOnly) {
        String raw = value(record, field);
        if (raw == null) {
            return;
        }
        try {
            LocalDateTime local = localDateTime(raw);
            if (dateOnly) {
                item.put(field, local.toLocalDate().toString());
            } else {
                item.put(field, local.atZone(mapping.timeZone()).toOffsetDateTime().toString());
            }
        } catch (DateTimeException unparsable) {
            String expected = mapping.dateFormat() == null ? "an ISO-8601 date such as 2026-11-18 or 2026-11-18T10:14:31+01:00"
                    : "a date in the pattern given by date-format";
            violations.add(atLine(line, field, "'" + raw + "' is not " + expected));
        }
    }

    /** The value as a local date-time; an offset date-time keeps its instant, converted to the mapping's zone. */
    private LocalDateTime localDateTime(String raw) {
        if (mapping.dateFormat() != null) {
            TemporalAccessor parsed = mapping.dateFormat().parseBest(raw, LocalDateTime::from, LocalDate::from);
            return parsed instanceof LocalDateTime time ? time : ((LocalDate) parsed).atStartOfDay();
        }
        if (raw.length() > 10 && (raw.endsWith("Z") || OFFSET.matcher(raw).matches())) {
            return OffsetDateTime.parse(raw).atZoneSameInstant(mapping.timeZone()).toLocalDateTime();
        }
        return raw.length() > 10 ? LocalDateTime.parse(raw) : LocalDate.parse(raw).atStartOfDay();
    }

    private String value(CSVRecord record, String field) {
        String column = mapping.column(field);
        if (column == null || !record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void put(ObjectNode item, String field, String value) {
        if (value != null) {
            item.put(field, value);
        }
    }

    /** A problem of a row, named by its line and the CSV column (or mapping option) it comes from. */
    Violation atLine(int line, String field, String detail) {
        String column = columnOf(field);
        return new Violation("/lines/" + line + "/" + column, column, "line " + line + ", column \"" + column + "\": " + detail,
                line, null);
    }

    private String columnOf(String field) {
        String plain = field == null ? "" : field.startsWith("merchant.") ? field.substring("merchant.".length()) : field;
        if (plain.equals("name")) {
            plain = "merchant";
        }
        if (plain.equals("amount") && !mapping.columns().containsKey("amount")) {
            return mapping.column("debit") + "/" + mapping.column("credit");
        }
        if (plain.equals("direction") && !mapping.columns().containsKey("direction")) {
            return mapping.columns().containsKey("amount") ? mapping.column("amount")
                    : mapping.column("debit") + "/" + mapping.column("credit");
        }
        String column = mapping.column(plain);
        return column != null ? column : plain.isEmpty() ? "(row)" : plain + " (mapping option)";
    }
}

package org.sportello.bank.adapter.in.feed.csv;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sportello.shared.RequestRefused;
import org.sportello.shared.Violation;

/**
 * How to read one bank's CSV export: which column holds which field, and the export's habits
 * (delimiter, decimal comma, date pattern, separate debit and credit columns). Given as a
 * properties file or as flags, with the same keys:
 *
 * <pre>
 * column.id=Riferimento          column.bookedAt=Data contabile   column.description=Descrizione
 * column.debit=Dare              column.credit=Avere              (or column.amount, signed or with column.direction)
 * account=IT60X0542811101000000123456   currency=EUR   delimiter=;   decimal-separator=,
 * date-format=dd/MM/yyyy         time-zone=Europe/Rome            skip-lines=2   encoding=windows-1252
 * </pre>
 */
public record CsvMapping(
        Map<String, String> columns,
        String account,
        String currency,
        char delimiter,
        char decimalSeparator,
        DateTimeFormatter dateFormat,
        ZoneId timeZone,
        int skipLines,
        Charset encoding) {

    /** The transaction fields a column can feed; they are the JSON batch's fields. */
    public static final Set<String> FIELDS = Set.of("id", "account", "amount", "debit", "credit", "currency", "direction",
            "kind", "status", "bookedAt", "valueDate", "card", "merchant", "mcc", "city", "counterparty", "counterpartyIban",
            "description");
    static final Set<String> OPTIONS = Set.of("account", "currency", "delimiter", "decimal-separator", "date-format",
            "time-zone", "skip-lines", "encoding");
    static final int SKIP_LINES_MAX = 100;

    public CsvMapping {
        columns = Map.copyOf(columns);
    }

    /** Reads the keys described above; every problem is reported at once, naming the key. */
    public static CsvMapping of(Map<String, String> options) {
        List<Violation> violations = new ArrayList<>();
        Map<String, String> columns = new LinkedHashMap<>();
        for (Map.Entry<String, String> option : options.entrySet()) {
            String key = option.getKey().strip();
            if (key.startsWith("column.")) {
                String field = key.substring("column.".length());
                if (!FIELDS.contains(field)) {
                    violations.add(Violation.ofField(key, "unknown field '" + field + "'; mappable fields are " + new TreeSet<>(FIELDS)));
                } else if (option.getValue().isBlank()) {
                    violations.add(Violation.ofField(key, "names no column"));
                } else {
                    columns.put(field, option.getValue().strip());
                }
            } else if (!OPTIONS.contains(key)) {
                violations.add(Violation.ofField(key, "unknown option; options are column.FIELD=HEADER and " + new TreeSet<>(OPTIONS)));
            }
        }
        CsvMapping mapping = new Builder(options, columns, violations).build();
        mapping.checkCompleteness(violations);
        if (!violations.isEmpty()) {
            throw new RequestRefused(RequestRefused.Reason.INVALID, "invalid-csv-mapping", "Invalid CSV mapping",
                    violations.size() + " problem(s) in the CSV column mapping; nothing was read", violations);
        }
        return mapping;
    }

    private void checkCompleteness(List<Violation> violations) {
        require(violations, "column.id", columns.containsKey("id"), "the column with the bank's transaction id");
        require(violations, "column.bookedAt", columns.containsKey("bookedAt"), "the column with the booking date");
        require(violations, "account", columns.containsKey("account") || account != null,
                "column.account=HEADER, or account=IBAN when the whole file is one account");
        require(violations, "currency", columns.containsKey("currency") || currency != null,
                "column.currency=HEADER, or currency=EUR when the whole file is in one currency");
        boolean split = columns.containsKey("debit") || columns.containsKey("credit");
        require(violations, "column.amount", columns.containsKey("amount") != split,
                "either column.amount (signed, or with column.direction) or column.debit and column.credit, not both");
    }

    private static void require(List<Violation> violations, String key, boolean present, String what) {
        if (!present) {
            violations.add(Violation.ofField(key, "required: " + what));
        }
    }

    /** The column mapped to a field, or null. */
    public String column(String field) {
        return columns.get(field);
    }

    /** Reads the options' values, collecting problems. */
    private record Builder(Map<String, String> options, Map<String, String> columns, List<Violation> violations) {

        CsvMapping build() {
            return new CsvMapping(columns, text("account"), text("currency"),
                    character("delimiter", ','), character("decimal-separator", '.'), dateFormat(), zone(), skipLines(),
                    charset());
        }

        private String text(String key) {
            String value = options.get(key);
            return value == null || value.isBlank() ? null : value.strip();
        }

        private char character(String key, char fallback) {
            String value = options.get(key);
            if (value == null) {
                return fallback;
            }
            String unescaped = value.equals("\\t") || value.equalsIgnoreCase("tab") ? "\t" : value;
            if (unescaped.length() != 1) {
                violations.add(Violation.ofField(key, "must be one character (or \\t), got '" + value + "'"));
                return fallback;
            }
            return unescaped.charAt(0);
        }

        private DateTimeFormatter dateFormat() {
            String pattern = text("date-format");
            if (pattern == null) {
                return null;
            }
            try {
                return DateTimeFormatter.ofPattern(pattern);
            } catch (IllegalArgumentException invalid) {
                violations.add(Violation.ofField("date-format", "is not a date pattern such as dd/MM/yyyy: " + invalid.getMessage()));
                return null;
            }
        }

        private ZoneId zone() {
            String zone = text("time-zone");
            try {
                return ZoneId.of(zone == null ? "Europe/Rome" : zone);
            } catch (DateTimeException unknown) {
                violations.add(Violation.ofField("time-zone", "is not an IANA time zone such as Europe/Rome: '" + zone + "'"));
                return ZoneId.of("Europe/Rome");
            }
        }

        private int skipLines() {
            String value = text("skip-lines");
            if (value == null) {
                return 0;
            }
            if (!value.matches("[0-9]{1,3}") || Integer.parseInt(value) > SKIP_LINES_MAX) {
                violations.add(Violation.ofField("skip-lines", "must be 0 to " + SKIP_LINES_MAX + ", got '" + value + "'"));
                return 0;
            }
            return Integer.parseInt(value);
        }

        private Charset charset() {
            String name = text("encoding");
            try {
                return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
                violations.add(Violation.ofField("encoding", "is not a character set Java knows, such as UTF-8 or windows-1252: '"
                        + name + "'"));
                return StandardCharsets.UTF_8;
            }
        }
    }
}

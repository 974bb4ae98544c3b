package org.sportello.bank.adapter.in.camt;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import java.util.regex.Pattern;
import org.sportello.shared.Iban;
import org.sportello.shared.Money;

/**
 * Reads the typed values of camt leaves. Each method returns the value, or null after adding a
 * {@link Problem} that says what was found and what is expected; echoed text is shortened and
 * masked so a refusal never carries a card number or a wall of text back.
 */
final class CamtValues {

    /** How much of a bad value a message repeats. */
    static final int ECHO_CHARS_MAX = 40;

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern COUNT = Pattern.compile("[0-9]{1,9}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    /** An amount in the minor-unit scale of its currency. */
    record Amount(BigDecimal value, String currency) {

        BigDecimal signed(boolean credit) {
            return credit ? value : value.negate();
        }
    }

    private CamtValues() {
    }

    /**
     * An {@code Amt Ccy="EUR"} element: a decimal with a dot, positive (or, for balances, zero too),
     * with no more decimals than the currency has and at most {@link Money#MAJOR_UNITS_MAX}.
     */
    static Amount amount(Element element, boolean zeroAllowed, List<Problem> problems) {
        String currency = amountCurrency(element, problems);
        BigDecimal value = decimal(element, problems);
        if (value == null || currency == null) {
            return null;
        }
        String text = quoted(element.text());
        if (value.signum() < 0 || value.signum() == 0 && !zeroAllowed) {
            problems.add(Problem.at(element, zeroAllowed
                    ? "amount " + text + " must not be negative; CdtDbtInd gives the sign of a balance"
                    : "amount " + text + " must be greater than zero; CdtDbtInd says whether money came in or went out"));
            return null;
        }
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        int decimals = Math.max(0, value.stripTrailingZeros().scale());
        if (decimals > digits) {
            problems.add(Problem.at(element, "amount " + value.toPlainString() + " has " + decimals + " decimals; "
                    + currency + " has " + digits));
            return null;
        }
        if (value.compareTo(Money.MAJOR_UNITS_MAX) > 0) {
            problems.add(Problem.at(element, "amount " + value.toPlainString() + " is larger than "
                    + Money.MAJOR_UNITS_MAX.toPlainString() + ", the most Sportello accepts"));
            return null;
        }
        return new Amount(value.setScale(digits), currency);
    }

    private static String amountCurrency(Element element, List<Problem> problems) {
        String code = element.attribute("Ccy");
        if (code == null) {
            problems.add(Problem.atAttribute(element, "Ccy", "the Ccy attribute is required: the ISO 4217 currency of"
                    + " the amount, such as Ccy=\"EUR\""));
            return null;
        }
        String problem = currencyProblem(code.strip());
        if (problem != null) {
            problems.add(Problem.atAttribute(element, "Ccy", problem));
            return null;
        }
        return code.strip();
    }

    /** A currency code element such as Acct/Ccy or CcyXchg/SrcCcy. */
    static String currency(Element element, List<Problem> problems) {
        String problem = currencyProblem(element.text());
        if (problem != null) {
            problems.add(Problem.at(element, problem));
            return null;
        }
        return element.text();
    }

    private static String currencyProblem(String code) {
        if (!CURRENCY.matcher(code).matches()) {
            return "currency " + quoted(code) + " is not an ISO 4217 code such as EUR";
        }
        try {
            Currency currency = Currency.getInstance(code);
            return currency.getDefaultFractionDigits() < 0
                    ? "currency " + quoted(code) + " has no minor units; amounts in it are not accepted" : null;
        } catch (IllegalArgumentException unknown) {
            return "currency " + quoted(code) + " is not an ISO 4217 code such as EUR";
        }
    }

    /** A plain decimal with a dot; the sign is checked by the caller. */
    static BigDecimal decimal(Element element, List<Problem> problems) {
        String text = element.text();
        if (!DECIMAL.matcher(text).matches()) {
            problems.add(Problem.at(element, element.name().equals("Amt")
                    ? "amount " + quoted(text) + " must be a decimal number with a dot, such as 42.50"
                    : element.name() + " must be a decimal number with a dot, such as 42.50, got " + quoted(text)));
            return null;
        }
        return new BigDecimal(text);
    }

    /** A decimal that must be above zero, such as an exchange rate. */
    static BigDecimal positiveDecimal(Element element, List<Problem> problems) {
        String text = element.text();
        if (!DECIMAL.matcher(text).matches() || new BigDecimal(text).signum() <= 0) {
            problems.add(Problem.at(element, element.name() + " must be a positive decimal number such as 1.0856, got "
                    + quoted(text)));
            return null;
        }
        return new BigDecimal(text);
    }

    /** A count such as NbOfNtries. */
    static Integer count(Element element, List<Problem> problems) {
        String text = element.text();
        if (!COUNT.matcher(text).matches()) {
            problems.add(Problem.at(element, element.name() + " must be a whole number such as 3, got " + quoted(text)));
            return null;
        }
        return Integer.valueOf(text);
    }

    /** CdtDbtInd: true for CRDT, false for DBIT. */
    static Boolean credit(Element element, List<Problem> problems) {
        return switch (element.text()) {
            case "CRDT" -> Boolean.TRUE;
            case "DBIT" -> Boolean.FALSE;
            default -> {
                problems.add(Problem.at(element, "CdtDbtInd must be CRDT (money came in) or DBIT (money went out), got "
                        + quoted(element.text())));
                yield null;
            }
        };
    }

    /** An XML Schema boolean such as RvslInd. */
    static Boolean bool(Element element, List<Problem> problems) {
        return switch (element.text()) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> {
                problems.add(Problem.at(element, element.name() + " must be true or false, got " + quoted(element.text())));
                yield null;
            }
        };
    }

    /** An ISO 8601 date such as 2026-11-18. */
    static LocalDate date(Element element, List<Problem> problems) {
        try {
            return LocalDate.parse(element.text());
        } catch (DateTimeException notIso) {
            problems.add(Problem.at(element, quoted(element.text()) + " is not an ISO 8601 date such as 2026-11-18"));
            return null;
        }
    }

    /**
     * An ISO 8601 date-time with its UTC offset. One without an offset is refused rather than
     * guessed: the same local time is a different instant in Rome and in London.
     */
    static OffsetDateTime dateTime(Element element, List<Problem> problems) {
        try {
            return OffsetDateTime.parse(element.text());
        } catch (DateTimeException notIso) {
            problems.add(Problem.at(element, quoted(element.text()) + " is not an ISO 8601 date-time with a UTC offset,"
                    + " such as 2026-11-18T10:14:31+01:00"));
            return null;
        }
    }

    /** An IBAN passing the ISO 13616 checks, compact and upper case; messages never repeat it. */
    static String iban(Element element, List<Problem> problems) {
        try {
            return Iban.parse(element.text()).value();
        } catch (IllegalArgumentException invalid) {
            problems.add(Problem.at(element, "IBAN is not valid: " + invalid.getMessage()));
            return null;
        }
    }

    /** 'text', masked and shortened to {@link #ECHO_CHARS_MAX} characters. */
    static String quoted(String text) {
        String masked = CamtRefusals.redacted(text);
        return "'" + (masked.length() > ECHO_CHARS_MAX ? masked.substring(0, ECHO_CHARS_MAX) + "…" : masked) + "'";
    }
}

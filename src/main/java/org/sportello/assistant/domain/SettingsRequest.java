package org.sportello.assistant.domain;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A change to notification preferences asked in words, Italian or English: "avvisami solo sopra i
 * 50 euro", "notify me when my balance drops below 100", "riepilogo giornaliero alle 20", "non
 * disturbarmi dalle 22 alle 7", "stop notifications", "riattiva le notifiche", "impostazioni
 * notifiche". Rule-based until the learned NLU takes over; amounts in minor units of euro.
 */
public record SettingsRequest(Kind kind, Long amountMinor, LocalTime from, LocalTime to) {

    public enum Kind { SHOW, PAUSE, RESUME, PAYMENTS_FROM, ALL_PAYMENTS, LOW_BALANCE, DIGEST_AT, NO_DIGEST, QUIET_HOURS }

    private static final Pattern AMOUNT = Pattern.compile("(?<![\\d:])(\\d{1,3}(?:[.'’ ]\\d{3})+|\\d+)(?:[.,](\\d{1,2}))?(?![\\d:])");
    private static final Pattern TIME = Pattern.compile("(?<!\\d)(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm)?(?![\\d])");

    public static Optional<SettingsRequest> parse(String text) {
        String folded = Interpreter.fold(text);
        String padded = " " + folded + " ";
        boolean aboutNotifications = has(padded, "notific", "avvis", "notify", "alert", "avvert", "tell me", "dimmi", "messagg");
        if (has(padded, " stop notif", " smetti di avvis", " basta notific", " disattiva le notific", " niente notific",
                " no more notif", " pause notif", " sospendi le notific", " turn off notif", " spegni le notific")) {
            return Optional.of(new SettingsRequest(Kind.PAUSE, null, null, null));
        }
        if (has(padded, " riattiva le notific", " attiva le notific", " resume notif", " turn on notif", " start notif",
                " riprendi le notific", " notifications back on")) {
            return Optional.of(new SettingsRequest(Kind.RESUME, null, null, null));
        }
        if (has(padded, " riepilogo", " digest", " summary", " resoconto")) {
            if (has(padded, " niente riepilogo", " no digest", " stop digest", " senza riepilogo", " no summary")) {
                return Optional.of(new SettingsRequest(Kind.NO_DIGEST, null, null, null));
            }
            return time(lower(text)).map(at -> new SettingsRequest(Kind.DIGEST_AT, null, at, null));
        }
        if (has(padded, " non disturbarmi", " quiet hours", " do not disturb", " don t disturb", " silenzio", " ore di silenzio")) {
            Matcher times = TIME.matcher(lower(text));
            LocalTime from = times.find() ? toTime(times) : null;
            LocalTime to = from != null && times.find() ? toTime(times) : null;
            return from == null || to == null || from.equals(to) ? Optional.empty()
                    : Optional.of(new SettingsRequest(Kind.QUIET_HOURS, null, from, to));
        }
        boolean balance = has(padded, " saldo", " balance");
        boolean below = has(padded, " sotto", " scende", " below", " drops", " under", " falls", " goes down", " meno di");
        Optional<Long> amount = amount(text);
        if (balance && below && amount.isPresent()) {
            return Optional.of(new SettingsRequest(Kind.LOW_BALANCE, amount.get(), null, null));
        }
        boolean above = has(padded, " sopra", " oltre", " piu di", " above", " over ", " more than", " superiori", " from ");
        if (aboutNotifications && above && amount.isPresent()) {
            return Optional.of(new SettingsRequest(Kind.PAYMENTS_FROM, amount.get(), null, null));
        }
        if (aboutNotifications && has(padded, " ogni pagamento", " tutti i pagamenti", " every payment", " all payments",
                " ogni movimento", " every transaction")) {
            return Optional.of(new SettingsRequest(Kind.ALL_PAYMENTS, null, null, null));
        }
        if (has(padded, " impostazioni notific", " preferenze notific", " notification settings", " my notifications",
                " le mie notifiche", " notifications settings") || folded.equals("notifiche") || folded.equals("notifications")) {
            return Optional.of(new SettingsRequest(Kind.SHOW, null, null, null));
        }
        return Optional.empty();
    }

    /** The first amount in the text, in cents: "50", "50,5", "€ 1.250,00", "20.50", "1'000". */
    static Optional<Long> amount(String text) {
        Matcher number = AMOUNT.matcher(text);
        while (number.find()) {
            String whole = number.group(1).replaceAll("[.'’ ]", "");
            String cents = number.group(2) == null ? "0" : number.group(2);
            BigDecimal value = new BigDecimal(whole + "." + cents);
            return Optional.of(value.movePointRight(2).longValueExact());
        }
        return Optional.empty();
    }

    private static Optional<LocalTime> time(String text) {
        Matcher time = TIME.matcher(text);
        return time.find() ? Optional.ofNullable(toTime(time)) : Optional.empty();
    }

    private static String lower(String text) {
        return text.toLowerCase(java.util.Locale.ROOT);
    }

    private static LocalTime toTime(Matcher time) {
        int hour = Integer.parseInt(time.group(1));
        int minute = time.group(2) == null ? 0 : Integer.parseInt(time.group(2));
        if ("pm".equals(time.group(3)) && hour < 12) {
            hour += 12;
        } else if ("am".equals(time.group(3)) && hour == 12) {
            hour = 0;
        }
        return hour > 23 || minute > 59 ? null : LocalTime.of(hour, minute);
    }

    private static boolean has(String padded, String... phrases) {
        for (String phrase : phrases) {
            if (padded.contains(phrase)) {
                return true;
            }
        }
        return false;
    }
}

package org.sportello.notify.adapter.out.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sportello.notify.NotificationPreferences;
import org.sportello.notify.application.PreferenceStore;
import org.sportello.shared.Language;
import org.sportello.shared.Money;
import org.sportello.shared.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPreferenceStore implements PreferenceStore {

    private static final String COLUMNS = "link_id, paused, payments, payments_from_minor, incoming_transfers, salary,"
            + " low_balance_minor, digest_at, receipts, shipping, quiet_from, quiet_to, language";
    private static final int IN_LIST_MAX = 1_000;

    private final JdbcClient jdbc;

    JdbcPreferenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<NotificationPreferences> find(String linkId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notify_preference WHERE link_id = :id").param("id", linkId)
                .query(JdbcPreferenceStore::preferences).optional();
    }

    @Override
    public Map<String, NotificationPreferences> findAll(Collection<String> linkIds) {
        List<String> ids = List.copyOf(linkIds);
        Map<String, NotificationPreferences> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IN_LIST_MAX) {
            jdbc.sql("SELECT " + COLUMNS + " FROM notify_preference WHERE link_id IN (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + IN_LIST_MAX)))
                    .query((rs, row) -> found.put(rs.getString("link_id"), preferences(rs, row)))
                    .list();
        }
        return found;
    }

    @Override
    public void save(String linkId, NotificationPreferences p, Instant at) {
        int updated = jdbc.sql("UPDATE notify_preference SET paused = :paused, payments = :payments, payments_from_minor = :from,"
                        + " incoming_transfers = :incoming, salary = :salary, low_balance_minor = :low, digest_at = :digest,"
                        + " receipts = :receipts, shipping = :shipping, quiet_from = :quietFrom, quiet_to = :quietTo,"
                        + " language = :language, updated_at = :at WHERE link_id = :id")
                .params(values(linkId, p, at)).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO notify_preference (" + COLUMNS + ", updated_at) VALUES (:id, :paused, :payments, :from, :incoming,"
                            + " :salary, :low, :digest, :receipts, :shipping, :quietFrom, :quietTo, :language, :at)")
                    .params(values(linkId, p, at)).update();
        }
    }

    @Override
    public void addDigestLine(String transactionId, String linkId, Money amount, Instant bookedAt) {
        jdbc.sql("INSERT INTO notify_digest_line (transaction_id, link_id, amount_minor, currency, booked_at)"
                        + " VALUES (:tx, :link, :amount, :currency, :at) ON CONFLICT DO NOTHING")
                .param("tx", transactionId).param("link", linkId).param("amount", amount.minorUnits())
                .param("currency", amount.currency().getCurrencyCode()).param("at", UtcTimes.utc(bookedAt)).update();
    }

    @Override
    public List<String> digestsNotSentOn(LocalDate day) {
        return jdbc.sql("SELECT link_id FROM notify_preference WHERE digest_at IS NOT NULL AND NOT paused"
                        + " AND (digest_sent_on IS NULL OR digest_sent_on < :day)")
                .param("day", day).query(String.class).list();
    }

    @Override
    public List<DigestTotals> digestTotals(String linkId) {
        return jdbc.sql("SELECT currency, SUM(CASE WHEN amount_minor < 0 THEN -amount_minor ELSE 0 END) AS money_out,"
                        + " SUM(CASE WHEN amount_minor > 0 THEN amount_minor ELSE 0 END) AS money_in, COUNT(*) AS lines"
                        + " FROM notify_digest_line WHERE link_id = :link GROUP BY currency ORDER BY currency")
                .param("link", linkId)
                .query((rs, row) -> {
                    Currency currency = Currency.getInstance(rs.getString("currency"));
                    return new DigestTotals(new Money(rs.getLong("money_out"), currency), new Money(rs.getLong("money_in"), currency),
                            rs.getLong("lines"));
                })
                .list();
    }

    @Override
    public void digestSent(String linkId, LocalDate day) {
        jdbc.sql("UPDATE notify_preference SET digest_sent_on = :day WHERE link_id = :link").param("day", day).param("link", linkId)
                .update();
        jdbc.sql("DELETE FROM notify_digest_line WHERE link_id = :link").param("link", linkId).update();
    }

    private static Map<String, Object> values(String linkId, NotificationPreferences p, Instant at) {
        Map<String, Object> values = new HashMap<>();
        values.put("id", linkId);
        values.put("paused", p.paused());
        values.put("payments", p.payments());
        values.put("from", p.paymentsFromMinor());
        values.put("incoming", p.incomingTransfers());
        values.put("salary", p.salary());
        values.put("low", p.lowBalanceMinor());
        values.put("digest", p.digestAt());
        values.put("receipts", p.receipts());
        values.put("shipping", p.shipping());
        values.put("quietFrom", p.quietFrom());
        values.put("quietTo", p.quietTo());
        values.put("language", p.language() == null ? null : p.language().code());
        values.put("at", UtcTimes.utc(at));
        return values;
    }

    private static NotificationPreferences preferences(ResultSet rs, int row) throws SQLException {
        String language = rs.getString("language");
        return new NotificationPreferences(rs.getBoolean("paused"), rs.getBoolean("payments"), nullableLong(rs, "payments_from_minor"),
                rs.getBoolean("incoming_transfers"), rs.getBoolean("salary"), nullableLong(rs, "low_balance_minor"),
                rs.getObject("digest_at", LocalTime.class), rs.getBoolean("receipts"), rs.getBoolean("shipping"),
                rs.getObject("quiet_from", LocalTime.class), rs.getObject("quiet_to", LocalTime.class),
                language == null ? null : Language.fromTag(language).orElse(null));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

}

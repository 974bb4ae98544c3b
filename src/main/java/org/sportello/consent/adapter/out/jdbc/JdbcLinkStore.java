package org.sportello.consent.adapter.out.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sportello.consent.application.LinkStore;
import org.sportello.consent.domain.Link;
import org.sportello.shared.Channel;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Language;
import org.sportello.shared.Scope;
import org.sportello.shared.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcLinkStore implements LinkStore {

    private static final String COLUMNS = "id, channel, chat_user_id, customer_id, scopes, status, language, requested_at,"
            + " granted_at, expires_at, ended_at, end_reason, reminded_at, bank_grant_id";

    /** Keeps IN lists well below every driver's parameter limit. */
    private static final int IN_LIST_MAX = 1_000;

    private final JdbcClient jdbc;

    JdbcLinkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Link> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM consent_link WHERE id = :id").param("id", id).query(JdbcLinkStore::link).optional();
    }

    @Override
    public Optional<Link> authorisedOf(ChatAddress address) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM consent_link"
                        + " WHERE channel = :channel AND chat_user_id = :user AND status = 'AUTHORISED'"
                        + " ORDER BY granted_at DESC")
                .param("channel", address.channel().name())
                .param("user", address.userId())
                .query(JdbcLinkStore::link)
                .stream().findFirst();
    }

    @Override
    public List<Link> authorisedOf(CustomerId customer) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM consent_link WHERE customer_id = :customer AND status = 'AUTHORISED'"
                        + " ORDER BY granted_at")
                .param("customer", customer.value())
                .query(JdbcLinkStore::link)
                .list();
    }

    @Override
    public List<Link> authorisedOf(Collection<CustomerId> customers) {
        List<String> ids = customers.stream().map(CustomerId::value).distinct().toList();
        List<Link> links = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IN_LIST_MAX) {
            links.addAll(jdbc.sql("SELECT " + COLUMNS + " FROM consent_link WHERE customer_id IN (:customers)"
                            + " AND status = 'AUTHORISED'")
                    .param("customers", ids.subList(from, Math.min(ids.size(), from + IN_LIST_MAX)))
                    .query(JdbcLinkStore::link)
                    .list());
        }
        return links;
    }

    @Override
    public List<Link> allOf(CustomerId customer) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM consent_link WHERE customer_id = :customer ORDER BY requested_at DESC, id DESC")
                .param("customer", customer.value())
                .query(JdbcLinkStore::link)
                .list();
    }

    @Override
    public List<Link> allOf(ChatAddress address) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM consent_link WHERE channel = :channel AND chat_user_id = :user"
                        + " ORDER BY requested_at DESC, id DESC")
                .param("channel", address.channel().name())
                .param("user", address.userId())
                .query(JdbcLinkStore::link)
                .list();
    }

    @Override
    public Optional<Pending> byStateHash(String stateHash) {
        return jdbc.sql("SELECT " + COLUMNS + ", code_verifier, redirect_uri FROM consent_link WHERE state_hash = :state")
                .param("state", stateHash)
                .query((rs, row) -> new Pending(link(rs, row), rs.getString("code_verifier"), rs.getString("redirect_uri")))
                .optional();
    }

    @Override
    public List<Pending> awaitingOf(ChatAddress address, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + ", code_verifier, redirect_uri FROM consent_link WHERE channel = :channel"
                        + " AND chat_user_id = :user AND status = 'AWAITING_AUTHORISATION' ORDER BY requested_at DESC, id DESC"
                        + " LIMIT :limit")
                .param("channel", address.channel().name())
                .param("user", address.userId())
                .param("limit", limit)
                .query((rs, row) -> new Pending(link(rs, row), rs.getString("code_verifier"), rs.getString("redirect_uri")))
                .list();
    }

    @Override
    public Optional<Link> byBankGrant(String grantId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM consent_link WHERE bank_grant_id = :grant")
                .param("grant", grantId)
                .query(JdbcLinkStore::link)
                .stream().findFirst();
    }

    @Override
    public List<Link> unremindedExpiringBefore(Instant before, int limit) {
        return page("status = 'AUTHORISED' AND expires_at <= :at AND reminded_at IS NULL ORDER BY expires_at", before, limit);
    }

    @Override
    public List<Link> authorisedExpiredBy(Instant now, int limit) {
        return page("status = 'AUTHORISED' AND expires_at <= :at ORDER BY expires_at", now, limit);
    }

    @Override
    public List<Link> awaitingRequestedBefore(Instant before, int limit) {
        return page("status = 'AWAITING_AUTHORISATION' AND requested_at < :at ORDER BY requested_at", before, limit);
    }

    private List<Link> page(String condition, Instant at, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM consent_link WHERE " + condition + " LIMIT :limit")
                .param("at", UtcTimes.utc(at))
                .param("limit", limit)
                .query(JdbcLinkStore::link)
                .list();
    }

    @Override
    public void insertAwaiting(Link link, String stateHash, String codeVerifier, String redirectUri) {
        jdbc.sql("INSERT INTO consent_link (" + COLUMNS + ", state_hash, code_verifier, redirect_uri) VALUES (:id, :channel,"
                        + " :user, :customer, :scopes, :status, :language, :requestedAt, :grantedAt, :expiresAt, :endedAt,"
                        + " :endReason, :remindedAt, :bankGrant, :stateHash, :verifier, :redirectUri)")
                .params(parameters(link))
                .param("stateHash", stateHash)
                .param("verifier", codeVerifier)
                .param("redirectUri", redirectUri)
                .update();
    }

    @Override
    public boolean update(Link changed, Link.Status expected) {
        String forgetVerifier = changed.status() == Link.Status.AWAITING_AUTHORISATION ? "" : ", code_verifier = NULL";
        return jdbc.sql("UPDATE consent_link SET customer_id = :customer, scopes = :scopes, status = :status,"
                        + " language = :language, granted_at = :grantedAt, expires_at = :expiresAt, ended_at = :endedAt,"
                        + " end_reason = :endReason, reminded_at = :remindedAt, bank_grant_id = :bankGrant" + forgetVerifier
                        + " WHERE id = :id AND status = :expected")
                .params(parameters(changed))
                .param("expected", expected.name())
                .update() == 1;
    }

    @Override
    public int deleteAllOf(ChatAddress address) {
        return jdbc.sql("DELETE FROM consent_link WHERE channel = :channel AND chat_user_id = :user")
                .param("channel", address.channel().name())
                .param("user", address.userId())
                .update();
    }

    private static Map<String, Object> parameters(Link link) {
        Map<String, Object> values = new HashMap<>();
        values.put("id", link.id());
        values.put("channel", link.address().channel().name());
        values.put("user", link.address().userId());
        values.put("customer", link.customer() == null ? null : link.customer().value());
        values.put("scopes", link.scopes().stream().map(Scope::name).sorted().collect(Collectors.joining(",")));
        values.put("status", link.status().name());
        values.put("language", link.language().code());
        values.put("requestedAt", UtcTimes.utc(link.requestedAt()));
        values.put("grantedAt", UtcTimes.utc(link.grantedAt()));
        values.put("expiresAt", UtcTimes.utc(link.expiresAt()));
        values.put("endedAt", UtcTimes.utc(link.endedAt()));
        values.put("endReason", link.endReason() == null ? null : link.endReason().name());
        values.put("remindedAt", UtcTimes.utc(link.remindedAt()));
        values.put("bankGrant", link.bankGrantId());
        return values;
    }

    private static Link link(ResultSet rs, int row) throws SQLException {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        Arrays.stream(rs.getString("scopes").split(",")).filter(s -> !s.isBlank()).map(Scope::valueOf).forEach(scopes::add);
        String customer = rs.getString("customer_id");
        String endReason = rs.getString("end_reason");
        return new Link(rs.getString("id"), new ChatAddress(Channel.valueOf(rs.getString("channel")), rs.getString("chat_user_id")),
                customer == null ? null : new CustomerId(customer), scopes, Link.Status.valueOf(rs.getString("status")),
                Language.fromTag(rs.getString("language")).orElse(Language.IT), UtcTimes.instant(rs.getObject("requested_at", OffsetDateTime.class)),
                UtcTimes.instant(rs.getObject("granted_at", OffsetDateTime.class)), UtcTimes.instant(rs.getObject("expires_at", OffsetDateTime.class)), UtcTimes.instant(rs.getObject("ended_at", OffsetDateTime.class)),
                endReason == null ? null : Link.EndReason.valueOf(endReason), UtcTimes.instant(rs.getObject("reminded_at", OffsetDateTime.class)),
                rs.getString("bank_grant_id"));
    }
}

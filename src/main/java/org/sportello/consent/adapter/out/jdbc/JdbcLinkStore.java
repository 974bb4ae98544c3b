package org.sportello.consent.adapter.out.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sportello.shared.Scope;
import org.sportello.consent.application.LinkStore;
import org.sportello.consent.domain.Link;
import org.sportello.shared.Channel;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.CustomerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcLinkStore implements LinkStore {

    private static final String COLUMNS =
            "id, channel, chat_user_id, customer_id, scopes, status, granted_at, expires_at, ended_at";

    /** Keeps IN lists well below every driver's parameter limit. */
    private static final int IN_LIST_MAX = 1_000;

    private final JdbcClient jdbc;

    JdbcLinkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
    public void insert(Link link) {
        jdbc.sql("INSERT INTO consent_link (" + COLUMNS + ") VALUES (:id, :channel, :user, :customer, :scopes, :status,"
                        + " :grantedAt, :expiresAt, :endedAt)")
                .param("id", link.id())
                .param("channel", link.address().channel().name())
                .param("user", link.address().userId())
                .param("customer", link.customer().value())
                .param("scopes", link.scopes().stream().map(Scope::name).sorted().collect(Collectors.joining(",")))
                .param("status", link.status().name())
                .param("grantedAt", link.grantedAt().atOffset(ZoneOffset.UTC))
                .param("expiresAt", link.expiresAt().atOffset(ZoneOffset.UTC))
                .param("endedAt", link.endedAt() == null ? null : link.endedAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    @Override
    public boolean end(Link ended) {
        return jdbc.sql("UPDATE consent_link SET status = :status, ended_at = :endedAt WHERE id = :id AND status = 'AUTHORISED'")
                .param("status", ended.status().name())
                .param("endedAt", ended.endedAt().atOffset(ZoneOffset.UTC))
                .param("id", ended.id())
                .update() == 1;
    }

    private static Link link(ResultSet rs, int row) throws SQLException {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        Arrays.stream(rs.getString("scopes").split(",")).filter(s -> !s.isBlank()).map(Scope::valueOf).forEach(scopes::add);
        OffsetDateTime ended = rs.getObject("ended_at", OffsetDateTime.class);
        return new Link(rs.getString("id"), new ChatAddress(Channel.valueOf(rs.getString("channel")), rs.getString("chat_user_id")),
                new CustomerId(rs.getString("customer_id")), scopes, Link.Status.valueOf(rs.getString("status")),
                rs.getObject("granted_at", OffsetDateTime.class).toInstant(),
                rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                ended == null ? null : ended.toInstant());
    }
}

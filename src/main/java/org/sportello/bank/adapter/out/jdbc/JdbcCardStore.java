package org.sportello.bank.adapter.out.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.sportello.bank.CardKind;
import org.sportello.bank.CardStatus;
import org.sportello.bank.FreezeReason;
import org.sportello.bank.application.CardStore;
import org.sportello.bank.domain.card.IssuedCard;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Iban;
import org.sportello.shared.MaskedPan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCardStore implements CardStore {

    /** The customer's cards; every read and update is bounded by the customer, never by the card id alone. */
    private static final String CARDS_OF_CUSTOMER = """
            SELECT c.id, c.brand, c.last4, c.kind, c.status, c.expires_on, c.product_code, a.iban
            FROM bank_card c JOIN bank_account a ON a.id = c.account_id
            WHERE a.customer_id = :customer""";

    private final JdbcClient jdbc;

    JdbcCardStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<IssuedCard> cardsOf(CustomerId customer) {
        return jdbc.sql(CARDS_OF_CUSTOMER + " ORDER BY a.opened_on, a.id, c.id")
                .param("customer", customer.value())
                .query(JdbcCardStore::card)
                .list();
    }

    @Override
    public Optional<IssuedCard> find(CustomerId customer, String cardId) {
        return jdbc.sql(CARDS_OF_CUSTOMER + " AND c.id = :card")
                .param("customer", customer.value())
                .param("card", cardId)
                .query(JdbcCardStore::card)
                .optional();
    }

    @Override
    public boolean freeze(CustomerId customer, String cardId, FreezeReason reason, Instant at, LocalDate today) {
        return jdbc.sql("""
                        UPDATE bank_card SET status = 'FROZEN', frozen_at = :at, frozen_reason = :reason
                        WHERE id = :card AND status = 'ACTIVE' AND expires_on >= :today
                          AND account_id IN (SELECT id FROM bank_account WHERE customer_id = :customer)""")
                .param("at", at.atOffset(ZoneOffset.UTC))
                .param("reason", reason.name())
                .param("card", cardId)
                .param("today", today)
                .param("customer", customer.value())
                .update() == 1;
    }

    @Override
    public boolean unfreeze(CustomerId customer, String cardId, LocalDate today) {
        return jdbc.sql("""
                        UPDATE bank_card SET status = 'ACTIVE', frozen_at = NULL, frozen_reason = NULL
                        WHERE id = :card AND status = 'FROZEN' AND expires_on >= :today
                          AND account_id IN (SELECT id FROM bank_account WHERE customer_id = :customer)""")
                .param("card", cardId)
                .param("today", today)
                .param("customer", customer.value())
                .update() == 1;
    }

    private static IssuedCard card(ResultSet rs, int row) throws SQLException {
        return new IssuedCard(rs.getString("id"), rs.getString("brand"), MaskedPan.ofLast4(rs.getString("last4")),
                CardKind.valueOf(rs.getString("kind")), CardStatus.valueOf(rs.getString("status")),
                rs.getObject("expires_on", LocalDate.class), rs.getString("product_code"), Iban.parse(rs.getString("iban")).masked());
    }
}

-- The bank module's tables. Written in SQL that both H2 (MODE=PostgreSQL) and PostgreSQL accept.

CREATE TABLE bank_customer (
    id           VARCHAR(64)  NOT NULL PRIMARY KEY,
    given_name   VARCHAR(100) NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    language     VARCHAR(2)   NOT NULL,
    time_zone    VARCHAR(64)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE bank_account (
    id            VARCHAR(64)  NOT NULL PRIMARY KEY,
    customer_id   VARCHAR(64)  NOT NULL REFERENCES bank_customer (id),
    iban          VARCHAR(34)  NOT NULL UNIQUE,
    currency      VARCHAR(3)   NOT NULL,
    product_name  VARCHAR(100) NOT NULL,
    -- Booked balance: the sum of BOOKED transactions. Pending ones are summed apart; the
    -- customer's available balance is balance_minor + pending_minor.
    balance_minor BIGINT       NOT NULL,
    pending_minor BIGINT       NOT NULL DEFAULT 0,
    opened_on     DATE         NOT NULL
);
CREATE INDEX bank_account_by_customer ON bank_account (customer_id);

-- Only the last four digits of a card are ever stored.
CREATE TABLE bank_card (
    id         VARCHAR(64) NOT NULL PRIMARY KEY,
    account_id VARCHAR(64) NOT NULL REFERENCES bank_account (id),
    brand      VARCHAR(20) NOT NULL,
    last4      VARCHAR(4)  NOT NULL,
    status     VARCHAR(20) NOT NULL,
    expires_on DATE        NOT NULL,
    CONSTRAINT bank_card_last4_per_account UNIQUE (account_id, last4)
);

-- bank_reference is the bank's own id of the transaction and the idempotency key of every feed.
-- A PENDING transaction becomes BOOKED in place (same row, same id). Amounts are signed minor
-- units of the account's currency; original_* keep a foreign-currency amount as the merchant charged it.
CREATE TABLE bank_transaction (
    id                      VARCHAR(64)  NOT NULL PRIMARY KEY,
    bank_reference          VARCHAR(64)  NOT NULL UNIQUE,
    account_id              VARCHAR(64)  NOT NULL REFERENCES bank_account (id),
    status                  VARCHAR(10)  NOT NULL,
    kind                    VARCHAR(30)  NOT NULL,
    amount_minor            BIGINT       NOT NULL,
    currency                VARCHAR(3)   NOT NULL,
    booked_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    value_date              DATE         NOT NULL,
    card_last4              VARCHAR(4),
    merchant_name           VARCHAR(140),
    mcc                     VARCHAR(4),
    city                    VARCHAR(100),
    latitude                DOUBLE PRECISION,
    longitude               DOUBLE PRECISION,
    counterparty            VARCHAR(140),
    counterparty_iban       VARCHAR(34),
    description             VARCHAR(500),
    end_to_end_id           VARCHAR(64),
    bank_transaction_code   VARCHAR(40),
    original_amount         NUMERIC(18, 4),
    original_currency       VARCHAR(3),
    exchange_rate           NUMERIC(18, 8),
    reversal                BOOLEAN      NOT NULL,
    related_reference       VARCHAR(64),
    original_transaction_id VARCHAR(64),
    category                VARCHAR(60),
    category_primary        VARCHAR(40),
    merchant                VARCHAR(140),
    balance_after_minor     BIGINT       NOT NULL,
    fingerprint             VARCHAR(64)  NOT NULL,
    recorded_at             TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX bank_transaction_by_account_time ON bank_transaction (account_id, booked_at);
-- No index on original_transaction_id: most rows have none, and every insert would pay for it;
-- "what reversed this?" is asked rarely and per account.

-- A customer's own choice of category for a merchant: it outranks every rule.
CREATE TABLE bank_category_override (
    customer_id VARCHAR(64)  NOT NULL REFERENCES bank_customer (id),
    merchant    VARCHAR(140) NOT NULL,
    category    VARCHAR(60)  NOT NULL,
    chosen_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (customer_id, merchant)
);

-- One row once the demo bank is seeded, so that a restart never seeds twice.
CREATE TABLE bank_demo_seed (
    name      VARCHAR(40) NOT NULL PRIMARY KEY,
    seeded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    history_from DATE NOT NULL,
    history_to   DATE NOT NULL
);

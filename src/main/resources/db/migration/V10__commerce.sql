-- Orders merchants report for purchases paid with a customer's card, and what happened to each
-- since (shipped, delivered, refunded), for receipts and shipping updates in the linked chats.
-- order_id is the merchant's id and the idempotency key. Amounts in minor units of currency.
CREATE TABLE commerce_order (
    order_id       VARCHAR(64)    NOT NULL PRIMARY KEY,
    customer_id    VARCHAR(64)    NOT NULL,
    account_iban   VARCHAR(34)    NOT NULL,
    card_brand     VARCHAR(16)    NOT NULL,
    card_last4     VARCHAR(4)     NOT NULL,
    merchant_name  VARCHAR(100)   NOT NULL,
    recipient_name VARCHAR(100),
    currency       VARCHAR(3)     NOT NULL,
    -- JSON: [{"title", "quantity", "priceMinor"}], 1 to 100 items of at most 80 characters
    items          VARCHAR(32000) NOT NULL,
    subtotal_minor BIGINT         NOT NULL,
    shipping_minor BIGINT         NOT NULL,
    tax_minor      BIGINT         NOT NULL,
    total_minor    BIGINT         NOT NULL,
    placed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX commerce_order_by_customer ON commerce_order (customer_id);

-- Each order's updates, numbered from 1 in the order they were accepted.
CREATE TABLE commerce_order_update (
    order_id        VARCHAR(64)  NOT NULL REFERENCES commerce_order (order_id),
    update_number   INT          NOT NULL,
    -- SHIPPED (carrier, tracking_number, tracking_url), DELIVERED (delivered_at), REFUNDED (refund_minor, reason)
    status          VARCHAR(10)  NOT NULL,
    carrier         VARCHAR(64),
    tracking_number VARCHAR(64),
    tracking_url    VARCHAR(500),
    delivered_at    TIMESTAMP WITH TIME ZONE,
    refund_minor    BIGINT,
    reason          VARCHAR(200),
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (order_id, update_number)
);

-- A receipt travels in the outbox with its items (up to 100) for Messenger's receipt template.
ALTER TABLE notify_outbox ALTER COLUMN body SET DATA TYPE VARCHAR(32000);

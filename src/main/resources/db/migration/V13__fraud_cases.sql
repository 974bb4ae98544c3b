-- Suspected fraud on a card, raised by Sportello's own scoring or pushed by the bank's fraud
-- system, and what became of it: the customer's answer in the chat, the card frozen, escalation
-- to an agent when nobody answers, or that no chat could be told. Money in minor units; reasons
-- as JSON codes with their figures, rendered in the customer's language when sent.
CREATE TABLE fraud_case (
    id               VARCHAR(64)   NOT NULL PRIMARY KEY,
    -- what raised it: "txn:" + the transaction id, "bank:" + the bank's alert id; raised twice, one case
    alert_key        VARCHAR(120)  NOT NULL UNIQUE,
    customer_id      VARCHAR(64)   NOT NULL,
    source           VARCHAR(10)   NOT NULL,
    card_last4       VARCHAR(4),
    transaction_ref  VARCHAR(64),
    amount_minor     BIGINT        NOT NULL,
    currency         VARCHAR(3)    NOT NULL,
    merchant         VARCHAR(140),
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    reasons          VARCHAR(4000) NOT NULL,
    -- AWAITING_CUSTOMER, CONFIRMED_GENUINE, CONFIRMED_FRAUD, ESCALATED, UNDELIVERABLE
    status           VARCHAR(20)   NOT NULL,
    chats_told       INT           DEFAULT 0 NOT NULL,
    card_frozen      BOOLEAN       DEFAULT FALSE NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    reminded_at      TIMESTAMP WITH TIME ZONE,
    escalated_at     TIMESTAMP WITH TIME ZONE,
    answered_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX fraud_case_by_status ON fraud_case (status, created_at);
CREATE INDEX fraud_case_by_customer ON fraud_case (customer_id, created_at);

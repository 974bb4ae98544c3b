-- Each link's notification preferences (absent: the defaults), and the lines of the daily digest
-- waiting for their time. Amounts in minor units; times of day in the customer's time zone.
CREATE TABLE notify_preference (
    link_id             VARCHAR(64) NOT NULL PRIMARY KEY,
    paused              BOOLEAN     NOT NULL,
    payments            BOOLEAN     NOT NULL,
    payments_from_minor BIGINT,
    incoming_transfers  BOOLEAN     NOT NULL,
    salary              BOOLEAN     NOT NULL,
    low_balance_minor   BIGINT,
    digest_at           TIME,
    receipts            BOOLEAN     NOT NULL,
    shipping            BOOLEAN     NOT NULL,
    quiet_from          TIME,
    quiet_to            TIME,
    language            VARCHAR(2),
    -- the last day (customer's time zone) a digest went out, so it goes once a day
    digest_sent_on      DATE,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE notify_digest_line (
    transaction_id VARCHAR(64)  NOT NULL,
    link_id        VARCHAR(64)  NOT NULL,
    amount_minor   BIGINT       NOT NULL,
    currency       VARCHAR(3)   NOT NULL,
    booked_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (transaction_id, link_id)
);
CREATE INDEX notify_digest_line_by_link ON notify_digest_line (link_id);

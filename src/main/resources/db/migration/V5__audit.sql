-- The consent module's audit trail: consent events and every access to customer data, append-only
-- and hash-chained (see docs/privacy.md, "Audit trail"). Each entry's hash covers its own fields and
-- the previous entry's hash, so an entry changed, removed or reordered outside Sportello is found by
-- 'sportello audit verify'.
--
-- Never stored here: chat user ids, message texts, full IBANs or card numbers. An entry names the
-- link, the customer, the scope and the purpose; so erasing a chat user's data never touches this
-- table, and never breaks the chain.
CREATE TABLE consent_audit (
    seq           BIGINT       NOT NULL PRIMARY KEY,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    kind          VARCHAR(40)  NOT NULL,
    link_id       VARCHAR(64),
    customer_id   VARCHAR(64),
    scope         VARCHAR(20),
    purpose       VARCHAR(40),
    actor         VARCHAR(80)  NOT NULL,
    detail        VARCHAR(500),
    previous_hash CHAR(64)     NOT NULL,
    hash          CHAR(64)     NOT NULL
);
CREATE INDEX consent_audit_by_link ON consent_audit (link_id);
CREATE INDEX consent_audit_by_customer ON consent_audit (customer_id);

-- The chain's head: the last entry's seq and hash. Appenders lock this one row (SELECT ... FOR UPDATE)
-- and so take turns: seq has no gaps and each entry chains to the one committed before it. It also
-- lets the check notice entries removed from the end. seq 0 with 64 zeros is the empty chain.
CREATE TABLE consent_audit_head (
    id   INT      NOT NULL PRIMARY KEY CHECK (id = 1),
    seq  BIGINT   NOT NULL,
    hash CHAR(64) NOT NULL
);
INSERT INTO consent_audit_head (id, seq, hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

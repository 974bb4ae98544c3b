-- An account's balances move with every booked batch; the rest of the account never does. H2
-- updates a row by taking it out of every index of its table and putting it back: in bank_account
-- that was three indexes (id, iban, customer) for each account of each batch. In a table of their
-- own, keyed by the account alone, a balance update touches one. The currency is repeated here, as
-- it never changes, so that an amount in another currency finds no row to update.
CREATE TABLE bank_balance (
    account_id    VARCHAR(64) NOT NULL PRIMARY KEY REFERENCES bank_account (id),
    currency      VARCHAR(3)  NOT NULL,
    -- Booked balance: the sum of BOOKED transactions. Pending ones are summed apart; the
    -- customer's available balance is balance_minor + pending_minor.
    balance_minor BIGINT      NOT NULL,
    pending_minor BIGINT      NOT NULL DEFAULT 0
);
INSERT INTO bank_balance (account_id, currency, balance_minor, pending_minor)
    SELECT id, currency, balance_minor, pending_minor FROM bank_account;
ALTER TABLE bank_account DROP COLUMN balance_minor;
ALTER TABLE bank_account DROP COLUMN pending_minor;

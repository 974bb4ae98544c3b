-- Cards for the chat assistant: what kind each card is, the product it was issued as (what comes
-- with it is in bank/card-products.csv), and when and why it was frozen. Every card issued so far
-- was a debit card on a current account: it becomes the classic debit card of its brand.
ALTER TABLE bank_card ADD COLUMN kind VARCHAR(10) NOT NULL DEFAULT 'DEBIT';
ALTER TABLE bank_card ADD COLUMN product_code VARCHAR(40) NOT NULL DEFAULT 'classic-visa';
UPDATE bank_card SET product_code = 'classic-mastercard' WHERE brand = 'MASTERCARD';
-- Set while the card is FROZEN, cleared when it is unfrozen. status is ACTIVE, FROZEN, BLOCKED or
-- EXPIRED; a card past expires_on is treated as EXPIRED even when no one has rewritten its status.
ALTER TABLE bank_card ADD COLUMN frozen_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE bank_card ADD COLUMN frozen_reason VARCHAR(20);

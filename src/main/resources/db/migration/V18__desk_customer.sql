-- Whom the agent is helping: the bank's customer id of the chat's link when the customer asked for a
-- person; NULL when the chat was not linked. The agent looks the customer up in the bank's systems.
ALTER TABLE desk_conversation ADD COLUMN customer_id VARCHAR(64);

-- Links between a chat identity and a bank customer, with the scopes the customer granted.

CREATE TABLE consent_link (
    id           VARCHAR(64)  NOT NULL PRIMARY KEY,
    channel      VARCHAR(16)  NOT NULL,
    chat_user_id VARCHAR(128) NOT NULL,
    customer_id  VARCHAR(64)  NOT NULL,
    scopes       VARCHAR(200) NOT NULL,
    status       VARCHAR(30)  NOT NULL,
    granted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX consent_link_by_chat ON consent_link (channel, chat_user_id, status);
CREATE INDEX consent_link_by_customer ON consent_link (customer_id, status);

-- Account linking (issue 4). The gateway's side: a consent now exists from the moment the chat asks
-- the bank (AWAITING_AUTHORISATION, no customer yet) until it is REJECTED, REVOKED or EXPIRED.
-- state_hash is the SHA-256 of the state parameter; code_verifier is the PKCE secret, forgotten as
-- soon as the request is answered.

ALTER TABLE consent_link ALTER COLUMN customer_id DROP NOT NULL;
ALTER TABLE consent_link ALTER COLUMN granted_at DROP NOT NULL;
ALTER TABLE consent_link ALTER COLUMN expires_at DROP NOT NULL;
ALTER TABLE consent_link ADD COLUMN language VARCHAR(2) DEFAULT 'it' NOT NULL;
ALTER TABLE consent_link ADD COLUMN requested_at TIMESTAMP WITH TIME ZONE;
UPDATE consent_link SET requested_at = granted_at;
ALTER TABLE consent_link ALTER COLUMN requested_at SET NOT NULL;
ALTER TABLE consent_link ADD COLUMN end_reason VARCHAR(20);
ALTER TABLE consent_link ADD COLUMN reminded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE consent_link ADD COLUMN bank_grant_id VARCHAR(64);
ALTER TABLE consent_link ADD COLUMN state_hash CHAR(64);
ALTER TABLE consent_link ADD COLUMN code_verifier VARCHAR(128);
ALTER TABLE consent_link ADD COLUMN redirect_uri VARCHAR(1000);
CREATE UNIQUE INDEX consent_link_by_state ON consent_link (state_hash);
CREATE INDEX consent_link_by_grant ON consent_link (bank_grant_id);
CREATE INDEX consent_link_by_expiry ON consent_link (status, expires_at);

-- The bank's side: how customers sign in to the bank's pages. Passwords only as salted hashes
-- (Spring Security's encoded form, e.g. {bcrypt}...).
CREATE TABLE bank_login (
    customer_id   VARCHAR(64)  NOT NULL PRIMARY KEY REFERENCES bank_customer (id),
    username      VARCHAR(100) NOT NULL UNIQUE,
    password_hash VARCHAR(200) NOT NULL
);

-- One visit to the bank's linking pages: the platform's single-use account_linking_token (as its
-- SHA-256), the gateway's redirect_uri, state and PKCE challenge, then login, the one-time code
-- (as its SHA-256), the consent given and the authorization code (as its SHA-256).
CREATE TABLE bank_link_attempt (
    id                 VARCHAR(64)   NOT NULL PRIMARY KEY,
    token_hash         CHAR(64)      NOT NULL UNIQUE,
    redirect_uri       VARCHAR(1000) NOT NULL,
    state              VARCHAR(200)  NOT NULL,
    code_challenge     VARCHAR(128)  NOT NULL,
    language           VARCHAR(2)    NOT NULL,
    stage              VARCHAR(20)   NOT NULL,
    customer_id        VARCHAR(64),
    login_failures     INT           DEFAULT 0 NOT NULL,
    otp_hash           CHAR(64),
    otp_expires_at     TIMESTAMP WITH TIME ZONE,
    otp_failures       INT           DEFAULT 0 NOT NULL,
    otp_sent           INT           DEFAULT 0 NOT NULL,
    scopes             VARCHAR(200),
    consent_expires_at TIMESTAMP WITH TIME ZONE,
    code_hash          CHAR(64)      UNIQUE,
    code_expires_at    TIMESTAMP WITH TIME ZONE,
    redeemed_at        TIMESTAMP WITH TIME ZONE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

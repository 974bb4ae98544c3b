-- The one node that sends the outbox holds this lease and renews it while it sends. Two nodes on one
-- database can then never both send a message, without a claim written on every message (PENDING to
-- SENDING, a row rewrite each): that claim was a fifth of the dispatcher's database writes.
CREATE TABLE notify_dispatch_lease (
    id         INT          NOT NULL PRIMARY KEY CHECK (id = 1),
    holder     VARCHAR(200) NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO notify_dispatch_lease (id, holder, expires_at) VALUES (1, '', TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00');

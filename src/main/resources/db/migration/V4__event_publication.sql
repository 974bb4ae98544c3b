-- Spring Modulith's event publication registry (schema v2): events are written here in the same
-- transaction that publishes them and completed once each listener has handled them, so a crash
-- between the two loses nothing. One event carries a whole booked batch (up to 10,000
-- transactions, about 5 MB of JSON), hence the wide column; it is not indexed: PostgreSQL's b-tree
-- cannot index values this long, and completed rows are deleted (completion-mode DELETE).

CREATE TABLE event_publication (
    id                     UUID          NOT NULL PRIMARY KEY,
    listener_id            VARCHAR(512)  NOT NULL,
    event_type             VARCHAR(512)  NOT NULL,
    serialized_event       VARCHAR(10000000) NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 VARCHAR(20),
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP WITH TIME ZONE
);
CREATE INDEX event_publication_by_completion_date ON event_publication (completion_date);

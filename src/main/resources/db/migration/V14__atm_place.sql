-- ATMs and bank branches from OpenStreetMap (© OpenStreetMap contributors, ODbL 1.0), keyed by
-- OSM id so that a re-import replaces a place instead of adding it twice. Missing tags are empty
-- strings; opening_hours is OSM's raw string.
CREATE TABLE atm_place (
    osm_id         VARCHAR(40)      NOT NULL PRIMARY KEY,
    latitude       DOUBLE PRECISION NOT NULL,
    longitude      DOUBLE PRECISION NOT NULL,
    -- ATM or BRANCH
    kind           VARCHAR(10)      NOT NULL,
    name           VARCHAR(255)     NOT NULL,
    operator       VARCHAR(255)     NOT NULL,
    street         VARCHAR(255)     NOT NULL,
    city           VARCHAR(255)     NOT NULL,
    postcode       VARCHAR(255)     NOT NULL,
    opening_hours  VARCHAR(255)     NOT NULL,
    -- YES, NO, LIMITED, UNKNOWN
    wheelchair     VARCHAR(10)      NOT NULL
);

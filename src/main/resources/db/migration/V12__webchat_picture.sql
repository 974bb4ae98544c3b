-- A bot's line in the web chat may show a picture under its text (a spending chart). The transcript
-- keeps the reference and its description: the picture itself is kept in memory for a day, after
-- which the page shows the description in its place.
ALTER TABLE webchat_message ADD COLUMN picture_id VARCHAR(64);
ALTER TABLE webchat_message ADD COLUMN picture_alt VARCHAR(1000);

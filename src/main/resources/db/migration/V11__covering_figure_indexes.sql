-- Figures count items by kind and shares by channel over a range of days (and units): indexes
-- that hold every column those counts read, so they are answered from the index alone.
DROP INDEX media_items_day;
CREATE INDEX media_items_day ON media_items (published_on, unit_id, kind);
DROP INDEX media_shares_day;
CREATE INDEX media_shares_day ON media_shares (shared_on, unit_id, channel_id);

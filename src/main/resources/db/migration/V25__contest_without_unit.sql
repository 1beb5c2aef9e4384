-- A contest an administrator sets up for the whole system (no organising unit named) belongs to no unit.
ALTER TABLE contests ALTER COLUMN unit_id DROP NOT NULL;

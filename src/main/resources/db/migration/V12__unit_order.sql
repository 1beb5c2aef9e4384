-- The order in which the province lists its units (its own bodies first); empty units follow, by kind and name.
ALTER TABLE org_units ADD COLUMN sort_order INTEGER;

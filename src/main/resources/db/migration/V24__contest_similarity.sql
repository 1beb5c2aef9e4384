-- An entry's text fingerprint (MinHash over word shingles), to flag entries of a contest whose texts are nearly the same.
ALTER TABLE contest_entries ADD COLUMN fingerprint VARCHAR(2000);

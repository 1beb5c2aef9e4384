-- Files no record holds any longer are kept for the retention, counted from when the last link went.
ALTER TABLE file_contents ADD COLUMN orphaned_at TIMESTAMP WITH TIME ZONE;

-- An entry's text is read once per file: its words and fingerprint kept with the file's link.
CREATE TABLE contest_entry_texts (
    link_id     BIGINT        NOT NULL PRIMARY KEY,
    entry_id    BIGINT        NOT NULL REFERENCES contest_entries (id),
    words       INT           NOT NULL,
    fingerprint VARCHAR(2000)
);
CREATE INDEX contest_entry_texts_entry ON contest_entry_texts (entry_id);

-- What judges see of an entry: a code the system assigns, random and without meaning; and when an
-- entry was registered here (whatever day it says it was submitted), to bound a unit's entries per minute.
ALTER TABLE contest_entries ADD COLUMN blind_code VARCHAR(16);
ALTER TABLE contest_entries ADD COLUMN registered_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX contest_entries_registered ON contest_entries (unit_id, registered_at);

-- The decision drafted from a contest's confirmed results, once.
ALTER TABLE award_decisions ADD COLUMN source_contest VARCHAR(64);
CREATE UNIQUE INDEX award_decisions_source_contest ON award_decisions (source_contest);
CREATE UNIQUE INDEX contest_entries_blind_code ON contest_entries (contest_id, blind_code);

-- A decision's certificates rendered once and kept, with the digest of what they print: a request
-- for the same certificates reads them back; a revocation or a changed template renders them anew.
CREATE TABLE award_certificate_pdfs (
    decision_id BIGINT        NOT NULL PRIMARY KEY REFERENCES award_decisions (id),
    inputs      CHAR(64)      NOT NULL,
    pdf         BYTEA         NOT NULL,
    rendered_at TIMESTAMP WITH TIME ZONE NOT NULL
);

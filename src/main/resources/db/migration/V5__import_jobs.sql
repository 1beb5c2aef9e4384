-- Uploaded files waiting for confirmation, with their progress, so that any instance can report it.
CREATE TABLE import_jobs (
    id          VARCHAR(36)  PRIMARY KEY,
    register    VARCHAR(40)  NOT NULL,
    filename    VARCHAR(300) NOT NULL,
    username    VARCHAR(64)  NOT NULL,
    content     BYTEA        NOT NULL,
    dry_run     BOOLEAN      NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    rows_total  INT          NOT NULL DEFAULT 0,
    rows_done   INT          NOT NULL DEFAULT 0,
    locale      VARCHAR(10)  NOT NULL,
    result      VARCHAR,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Which process runs a job (so that a stopped one's jobs can be marked interrupted) and why a job ended as it did.
ALTER TABLE import_jobs ADD COLUMN runner VARCHAR(36);
ALTER TABLE import_jobs ADD COLUMN message VARCHAR(100);
CREATE INDEX import_jobs_status ON import_jobs (status, updated_at);

-- When a name was last tried, so that names tried once and never again are forgotten.
ALTER TABLE login_attempts ADD COLUMN last_attempt_at TIMESTAMP WITH TIME ZONE;
UPDATE login_attempts SET last_attempt_at = CURRENT_TIMESTAMP;

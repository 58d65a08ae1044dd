-- 0003_reject_retry: a reject whose fault lies in the installation or a library, not in
-- the file (a missing optional dependency, a reader's bug). Its file is not skipped as
-- unchanged: the next run reads it again.

ALTER TABLE rejects ADD COLUMN IF NOT EXISTS retry BOOLEAN DEFAULT false;

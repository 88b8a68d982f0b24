-- Approval by the person who approves on SQLite (see
-- 018_approval_by_approver.sql).
--
-- One computer account has no logins, so an approver confirms who they are
-- with a personal code. Only a salted PBKDF2 hash of it is kept; the code
-- itself is never stored. See docs/identity.md for what this does and does
-- not protect against.
CREATE TABLE person_code (
    person_id BIGINT PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,
    salt TEXT NOT NULL,
    hash TEXT NOT NULL,
    iterations INTEGER NOT NULL,
    updated_at TEXT NOT NULL
);

-- The justerare of locked minutes are part of them.
-- begin block
CREATE TRIGGER meeting_justerare_locked_insert BEFORE INSERT ON meeting_justerare
WHEN EXISTS (SELECT 1 FROM minutes_closing c
             WHERE c.meeting_id = NEW.meeting_id AND c.locked = 1)
BEGIN
    SELECT RAISE(ABORT, 'minutes_locked');
END;
-- end block
-- begin block
CREATE TRIGGER meeting_justerare_locked_update BEFORE UPDATE ON meeting_justerare
WHEN EXISTS (SELECT 1 FROM minutes_closing c
             WHERE c.meeting_id IN (OLD.meeting_id, NEW.meeting_id) AND c.locked = 1)
BEGIN
    SELECT RAISE(ABORT, 'minutes_locked');
END;
-- end block
-- begin block
CREATE TRIGGER meeting_justerare_locked_delete BEFORE DELETE ON meeting_justerare
WHEN EXISTS (SELECT 1 FROM minutes_closing c
             WHERE c.meeting_id = OLD.meeting_id AND c.locked = 1)
BEGIN
    SELECT RAISE(ABORT, 'minutes_locked');
END;
-- end block

-- Approving (locking) names the meeting's chair or one of its justerare as
-- approver, whatever path the write takes.
-- begin block
CREATE TRIGGER minutes_closing_approver BEFORE UPDATE ON minutes_closing
WHEN NEW.locked = 1 AND OLD.locked = 0
 AND (NEW.approved_by IS NULL
      OR (NEW.approved_by IS NOT (SELECT chair_id FROM meeting WHERE id = NEW.meeting_id)
          AND NOT EXISTS (SELECT 1 FROM meeting_justerare j
                          WHERE j.meeting_id = NEW.meeting_id
                            AND j.person_id = NEW.approved_by)))
BEGIN
    SELECT RAISE(ABORT, 'approver_not_entitled');
END;
-- end block

-- Attendance and roles are changed by several people at once (the chair
-- planning, the secretary during the meeting): like every table people edit,
-- a participant row carries a version, and a change made to an older version
-- is refused as a conflict instead of overwriting the newer one.
ALTER TABLE participant ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

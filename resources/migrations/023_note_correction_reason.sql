-- Why a note was corrected. A correction keeps the text it replaced, who
-- corrected it and when (017); the reason says why, so whoever reads the
-- note later (the client too) knows what was wrong. Corrections made before
-- this step have none recorded (empty).
ALTER TABLE note_correction ADD COLUMN reason TEXT NOT NULL DEFAULT '';

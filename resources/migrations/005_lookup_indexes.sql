-- Indexes found missing by the benchmark on the ten-year database:
-- double-booking checks look meetings up by time across units and a
-- person's bookings by person or substitute.
CREATE INDEX IF NOT EXISTS meeting_start ON meeting(start_utc);
CREATE INDEX IF NOT EXISTS participant_person ON participant(person_id);
CREATE INDEX IF NOT EXISTS participant_substitute ON participant(substitute_id);

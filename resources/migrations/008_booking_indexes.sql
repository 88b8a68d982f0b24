-- Covering indexes for the double-booking check of the chair's calendar: it
-- walks every meeting of the municipality in the shown year and the people
-- booked to each. With every column it reads in the index, neither table is
-- visited (1,380 bookings out of 7,811 on the ten-year database: 7.9 ms to
-- 1.2 ms). meeting_start is a prefix of the new index and goes.
CREATE INDEX IF NOT EXISTS meeting_start_booking ON meeting(start_utc, status, minutes);
CREATE INDEX IF NOT EXISTS participant_booking
    ON participant(meeting_id, person_id, attendance, substitute_id);
DROP INDEX IF EXISTS meeting_start;

-- A stay in hospital is recorded from the client's view with the day the
-- client was admitted as well as the day they came home (either may be
-- unknown to the nurse: the day home is what the riskindivider list
-- needs), and the hospital or ward in the note. Earlier rows keep no
-- admission day.
ALTER TABLE hospital_stay ADD COLUMN admitted_on TEXT CHECK (admitted_on IS NULL
    OR length(admitted_on) = 10);

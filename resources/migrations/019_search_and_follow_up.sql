-- Agenda titles are searched as well as notes, actions and addenda: their
-- full-text index is in this step's engine files.
--
-- An action's next follow-up date once a follow-up was recorded (moved on
-- by its follow-up frequency); NULL until then, when the decision day plus
-- the frequency, or the due date, is the date (domain/FollowUp).
ALTER TABLE team_action ADD COLUMN next_follow_up TEXT;

-- Locked minutes. Once minutes_closing.locked is set, the engine files next
-- to this one refuse every change to the meeting row, its agenda items, notes,
-- participants, the clients agreed for the next meeting, its addenda (which
-- are only ever added) and the decision of each action taken there; the
-- follow-up of such an action (open or done, by whom, when) stays open, since
-- a later meeting records it. Every refusal raises the marker
-- 'minutes_locked', which Dialect turns into one Swedish message.

-- Meetings marked approved by an older data generator, which wrote no
-- closing, are locked as approved by their chair.
INSERT INTO minutes_closing (meeting_id, finished_at, finished_by, approved_at, approved_by,
                             locked, updated_at, updated_by)
    SELECT m.id, m.updated_at, m.secretary_id, m.updated_at, m.chair_id, 1, m.updated_at,
           m.updated_by
    FROM meeting m
    WHERE m.status = 'approved'
      AND NOT EXISTS (SELECT 1 FROM minutes_closing c WHERE c.meeting_id = m.id);

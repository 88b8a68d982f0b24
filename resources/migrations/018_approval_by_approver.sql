-- Approval by the person who approves. The justerare named at a meeting
-- (one or more people); only they or the meeting's chair may approve its
-- minutes, and the approval names whoever did it.
CREATE TABLE meeting_justerare (
    meeting_id BIGINT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    person_id BIGINT NOT NULL REFERENCES person(id),
    updated_at TEXT NOT NULL,
    updated_by BIGINT REFERENCES person(id),
    PRIMARY KEY (meeting_id, person_id)
);
CREATE INDEX meeting_justerare_person ON meeting_justerare(person_id);

-- Objections and corrections. A client may hold that something written
-- about them is wrong (uppgiften anses oriktig): the objection is recorded
-- against the note or the risk assessment, with who recorded it, when and
-- what the client says. It is an addition, never an edit: the note of an
-- approved meeting stays as it was (009). A note is never changed silently
-- after the fact either: a correction keeps the text it replaced, who
-- corrected it and when. Both rows are only added.
CREATE TABLE objection (
    id ${ID},
    client_id BIGINT NOT NULL REFERENCES client(id) ON DELETE CASCADE,
    minute_entry_id BIGINT REFERENCES minute_entry(id) ON DELETE CASCADE,
    risk_assessment_id BIGINT REFERENCES risk_assessment(id) ON DELETE CASCADE,
    text TEXT NOT NULL CHECK (text <> ''),
    recorded_at TEXT NOT NULL,
    recorded_by BIGINT REFERENCES person(id),
    CHECK ((minute_entry_id IS NULL) <> (risk_assessment_id IS NULL))
);
CREATE INDEX objection_client ON objection(client_id);
CREATE INDEX objection_note ON objection(minute_entry_id);
CREATE INDEX objection_assessment ON objection(risk_assessment_id);

CREATE TABLE note_correction (
    id ${ID},
    client_id BIGINT NOT NULL REFERENCES client(id) ON DELETE CASCADE,
    minute_entry_id BIGINT NOT NULL REFERENCES minute_entry(id) ON DELETE CASCADE,
    previous_text TEXT NOT NULL,
    corrected_at TEXT NOT NULL,
    corrected_by BIGINT REFERENCES person(id)
);
CREATE INDEX note_correction_client ON note_correction(client_id);
CREATE INDEX note_correction_note ON note_correction(minute_entry_id);

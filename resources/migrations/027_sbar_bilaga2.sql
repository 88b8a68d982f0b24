-- Every field of the SBAR form (Bilaga 2). The sender's name and profession
-- and "samtycke inhämtat" with its date are kept as they were when the
-- report was saved; the vital signs are NULL where not measured, the
-- temperature in tenths of a degree. The reply after the call is completed
-- with the doctor's ordination and the återrapportering's date and name.
-- The table keeps its row-level security on PostgreSQL (013): a policy
-- covers whole rows, so new columns need nothing more.
ALTER TABLE sbar_report ADD COLUMN sender_name TEXT NOT NULL DEFAULT '';
ALTER TABLE sbar_report ADD COLUMN sender_profession TEXT NOT NULL DEFAULT '';
ALTER TABLE sbar_report ADD COLUMN relative_contact TEXT NOT NULL DEFAULT '';
ALTER TABLE sbar_report ADD COLUMN health_centre TEXT NOT NULL DEFAULT '';
ALTER TABLE sbar_report ADD COLUMN responsible_doctor TEXT NOT NULL DEFAULT '';
ALTER TABLE sbar_report ADD COLUMN medication_list TEXT NOT NULL DEFAULT '';
ALTER TABLE sbar_report ADD COLUMN sample_referral TEXT NOT NULL DEFAULT '';
ALTER TABLE sbar_report ADD COLUMN consent_obtained TEXT NOT NULL DEFAULT '';
ALTER TABLE sbar_report ADD COLUMN consent_date TEXT;
ALTER TABLE sbar_report ADD COLUMN respiratory_rate INTEGER;
ALTER TABLE sbar_report ADD COLUMN systolic INTEGER;
ALTER TABLE sbar_report ADD COLUMN diastolic INTEGER;
ALTER TABLE sbar_report ADD COLUMN pulse INTEGER;
ALTER TABLE sbar_report ADD COLUMN alertness TEXT NOT NULL DEFAULT '';
ALTER TABLE sbar_report ADD COLUMN temperature_tenths INTEGER;
ALTER TABLE sbar_report ADD COLUMN saturation INTEGER;
ALTER TABLE sbar_report ADD COLUMN frequency TEXT NOT NULL DEFAULT '';
ALTER TABLE sbar_report ADD COLUMN doctor_order TEXT NOT NULL DEFAULT '';
ALTER TABLE sbar_report ADD COLUMN feedback_date TEXT;
ALTER TABLE sbar_report ADD COLUMN feedback_by TEXT NOT NULL DEFAULT '';

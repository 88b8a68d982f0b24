-- A cancelled meeting says why (sjukdom, helgdag, inget att ta upp …), so
-- that those invited and whoever reads the calendar later know.
ALTER TABLE meeting ADD COLUMN cancel_reason TEXT NOT NULL DEFAULT '';

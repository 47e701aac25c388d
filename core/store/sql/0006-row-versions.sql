-- Overstap schema, version 6: a version per editable row, so that a save based on an old read is refused
-- instead of overwriting someone else's change ("no lost updates").
--
-- A row starts at version 1. Every audited change of the row (ovs_store_audit() with an action other
-- than insert) raises it by one in the same transaction and records the version it made in that audit
-- row, so the audit log is the row's history by version: a conflict names who changed what since the
-- version a caller read (audit_log.version > the caller's version).

ALTER TABLE organisation ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE employee ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE qualification ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE placement ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE crew ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE crew_membership ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE transfer_case ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE checklist_item ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE covenant ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE covenant_agreement ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE covenant_employee ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE milestone ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE parameter ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE app_user ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE shift_pattern ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE shift ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE absence ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

-- The version of the row that the audited change made (NULL for entities without versions, such as a
-- whole roster or an import).
ALTER TABLE audit_log ADD COLUMN version INTEGER;
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, version);

-- pg-access.sql — who may read and write what on a PostgreSQL server (never on SQLite).
--
-- Not a numbered migration: Overstap runs it again after the migrations whenever a database is opened
-- by its owner (the kwartiermaker or IT account that made it) and it or the schema has changed since
-- (core/store/ovs-engine-pg-access.c), so that tables of later migrations are covered too. It only grants,
-- revokes and replaces policies: running it twice changes nothing.
--
-- Each Overstap user is a login role of the same name in one of three group roles. The database
-- refuses what core refuses, so that psql or any other client gets no more than Overstap shows:
--   overstap_kwartiermaker, overstap_hr  every table; the audit log insert and read only
--   overstap_teamleider                  of employees only the columns a roster needs and only the
--                                        members of their own crews (row-level security); the
--                                        memberships, patterns, shifts and absences of their own
--                                        crews; no BSN, birth date, salary scale, indication, wage
--                                        value, sickness kind or note; the audit log insert only
-- (README, "Server-side roles"; the column set is the one of "Privacy per role".)
--
-- Roles belong to the whole server, so the group roles are shared by every Overstap database on it. What
-- keeps one municipality's users out of another's database is the connect role of this database (and
-- schema): only its members connect and use the schema, and `user add` makes the user a member
-- (ovs-engine-pg-access.c creates it and grants it to the users of this database). Before running this
-- script the code replaces @place@ by that role, @database@ by the database and @schema@ by the schema of
-- the tables (current_schema (), as the connection's search_path makes it), each quoted by the server.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'overstap_kwartiermaker') THEN
    CREATE ROLE overstap_kwartiermaker NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'overstap_hr') THEN
    CREATE ROLE overstap_hr NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'overstap_teamleider') THEN
    CREATE ROLE overstap_teamleider NOLOGIN;
  END IF;
END $$;

-- Only the members of this database's connect role connect, and only they use the schema: the group
-- roles alone, which every Overstap database on the server shares, reach neither (an hr user of another
-- municipality is refused "permission denied for database", or "for schema" with one schema per
-- municipality). The owner, or whoever applies this, keeps connecting.
REVOKE CONNECT ON DATABASE @database@ FROM PUBLIC;
GRANT CONNECT ON DATABASE @database@ TO @place@, CURRENT_USER;
REVOKE USAGE ON SCHEMA @schema@ FROM PUBLIC, overstap_kwartiermaker, overstap_hr, overstap_teamleider;
GRANT USAGE ON SCHEMA @schema@ TO @place@;

-- Nobody but these roles reads anything.
REVOKE ALL ON ALL TABLES IN SCHEMA @schema@ FROM PUBLIC;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA @schema@ TO overstap_kwartiermaker, overstap_hr, overstap_teamleider;

-- The office: everything, but the audit log is written once and never changed.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA @schema@ TO overstap_kwartiermaker, overstap_hr;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM overstap_kwartiermaker, overstap_hr;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON overstap_schema, overstap_access FROM overstap_kwartiermaker, overstap_hr;

-- Team leaders: start from nothing, then what a roster needs.
REVOKE ALL ON ALL TABLES IN SCHEMA @schema@ FROM overstap_teamleider;
GRANT SELECT ON overstap_schema, overstap_access, organisation, crew, parameter, app_user, user_crew, milestone
  TO overstap_teamleider;
GRANT SELECT (id, personnel_number, first_name, name_prefix, last_name, contract_minutes, employer_id,
              employment_end, version)
  ON employee TO overstap_teamleider;
GRANT SELECT, INSERT, UPDATE ON crew_membership TO overstap_teamleider;
GRANT SELECT, INSERT, UPDATE, DELETE ON shift_pattern, shift TO overstap_teamleider;
GRANT SELECT (id, employee_id, crew_id, start_date, end_date, start_time, end_time, source_uid, version)
  ON absence TO overstap_teamleider;
GRANT INSERT, UPDATE ON absence TO overstap_teamleider;
GRANT SELECT ON qualification TO overstap_teamleider;
-- Which public holidays the CAO makes days off: the roster check and generation read them.
GRANT SELECT ON cao_holiday TO overstap_teamleider;
-- The notes that interpret the monitor's figures are written for the council's report, a public
-- document, and hold no one's personal data: the Overzicht shows a team leader theirs.
GRANT SELECT ON figure_note TO overstap_teamleider;
-- The members a pattern is for, of the patterns of their own crews (the policy below).
GRANT SELECT, INSERT, DELETE ON shift_pattern_member TO overstap_teamleider;
GRANT UPDATE (name, team_leader_id, area, vehicle, min_size, version) ON crew TO overstap_teamleider;
GRANT INSERT ON audit_log TO overstap_teamleider;

-- The crews a login role leads: the crews of the Overstap user of the same name. SECURITY DEFINER, so
-- that the policies below can read user_crew whatever their caller may.
CREATE OR REPLACE FUNCTION overstap_own_crews () RETURNS SETOF BIGINT
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = @schema@ AS $$
    SELECT uc.crew_id FROM user_crew uc JOIN app_user u ON u.id = uc.user_id
    WHERE u.name = session_user AND u.ended_on IS NULL
$$;
-- The members of those crews whose membership has not ended before today (future members too).
CREATE OR REPLACE FUNCTION overstap_own_members () RETURNS SETOF BIGINT
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = @schema@ AS $$
    SELECT m.employee_id FROM crew_membership m
    WHERE m.crew_id IN (SELECT overstap_own_crews ())
      AND (m.end_date IS NULL OR m.end_date >= to_char (current_date, 'YYYY-MM-DD'))
$$;
REVOKE ALL ON FUNCTION overstap_own_crews (), overstap_own_members () FROM PUBLIC;
GRANT EXECUTE ON FUNCTION overstap_own_crews (), overstap_own_members ()
  TO overstap_kwartiermaker, overstap_hr, overstap_teamleider;

-- Row-level security: the office sees every row, a team leader their own crews' rows.
ALTER TABLE employee ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS overstap_office ON employee;
CREATE POLICY overstap_office ON employee TO overstap_kwartiermaker, overstap_hr USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS overstap_own_crews ON employee;
CREATE POLICY overstap_own_crews ON employee FOR SELECT TO overstap_teamleider
  USING (id IN (SELECT overstap_own_members ()));

ALTER TABLE qualification ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS overstap_office ON qualification;
CREATE POLICY overstap_office ON qualification TO overstap_kwartiermaker, overstap_hr USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS overstap_own_crews ON qualification;
CREATE POLICY overstap_own_crews ON qualification FOR SELECT TO overstap_teamleider
  USING (employee_id IN (SELECT overstap_own_members ()));

ALTER TABLE crew_membership ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS overstap_office ON crew_membership;
CREATE POLICY overstap_office ON crew_membership TO overstap_kwartiermaker, overstap_hr USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS overstap_own_crews ON crew_membership;
CREATE POLICY overstap_own_crews ON crew_membership TO overstap_teamleider
  USING (crew_id IN (SELECT overstap_own_crews ())) WITH CHECK (crew_id IN (SELECT overstap_own_crews ()));

ALTER TABLE shift_pattern ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS overstap_office ON shift_pattern;
CREATE POLICY overstap_office ON shift_pattern TO overstap_kwartiermaker, overstap_hr USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS overstap_own_crews ON shift_pattern;
CREATE POLICY overstap_own_crews ON shift_pattern TO overstap_teamleider
  USING (crew_id IN (SELECT overstap_own_crews ())) WITH CHECK (crew_id IN (SELECT overstap_own_crews ()));

ALTER TABLE shift ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS overstap_office ON shift;
CREATE POLICY overstap_office ON shift TO overstap_kwartiermaker, overstap_hr USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS overstap_own_crews ON shift;
CREATE POLICY overstap_own_crews ON shift TO overstap_teamleider
  USING (crew_id IN (SELECT overstap_own_crews ())) WITH CHECK (crew_id IN (SELECT overstap_own_crews ()));

-- A pattern's members: the patterns the team leader may see are their own crews' (shift_pattern's
-- policy applies inside the subquery), and a member they add must be one of their own people.
ALTER TABLE shift_pattern_member ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS overstap_office ON shift_pattern_member;
CREATE POLICY overstap_office ON shift_pattern_member TO overstap_kwartiermaker, overstap_hr
  USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS overstap_own_crews ON shift_pattern_member;
CREATE POLICY overstap_own_crews ON shift_pattern_member TO overstap_teamleider
  USING (pattern_id IN (SELECT id FROM shift_pattern))
  WITH CHECK (pattern_id IN (SELECT id FROM shift_pattern) AND employee_id IN (SELECT overstap_own_members ()));

-- Absences of their members, of their crews, and everybody's holidays; a team leader never records
-- (nor changes into) a sickness or medical absence: HR records the reason.
ALTER TABLE absence ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS overstap_office ON absence;
CREATE POLICY overstap_office ON absence TO overstap_kwartiermaker, overstap_hr USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS overstap_own_crews ON absence;
CREATE POLICY overstap_own_crews ON absence TO overstap_teamleider
  USING (employee_id IN (SELECT overstap_own_members ()) OR crew_id IN (SELECT overstap_own_crews ())
         OR (employee_id IS NULL AND crew_id IS NULL))
  WITH CHECK ((employee_id IN (SELECT overstap_own_members ()) OR crew_id IN (SELECT overstap_own_crews ()))
              AND kind NOT IN ('sickness', 'medical'));

ALTER TABLE crew ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS overstap_office ON crew;
CREATE POLICY overstap_office ON crew TO overstap_kwartiermaker, overstap_hr USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS overstap_all_crews ON crew;
CREATE POLICY overstap_all_crews ON crew FOR SELECT TO overstap_teamleider USING (true);
DROP POLICY IF EXISTS overstap_own_crews ON crew;
CREATE POLICY overstap_own_crews ON crew FOR UPDATE TO overstap_teamleider
  USING (id IN (SELECT overstap_own_crews ())) WITH CHECK (id IN (SELECT overstap_own_crews ()));

-- What Overstap itself reads of employees as a team leader (ovs_store_employee_source()): the columns
-- granted above; the status, with sickness and leave shown as absent (health data, as core shows it);
-- and what the roster check needs to flag a shift outside the employment: its start, and the day
-- someone left by a transfer to anything but the foundation (left_on). Only the members of their own
-- crews. A security-barrier view owned by the owner of employee, so
-- that the status column itself stays refused; the row filter is the view's own, since the owner's
-- reads pass the table's policies. The owner (who may work as any Overstap user) reads every row,
-- and core narrows them to the crews of the user it works as.
CREATE OR REPLACE VIEW employee_roster WITH (security_barrier) AS
  SELECT id, personnel_number, first_name, name_prefix, last_name, contract_minutes, employer_id,
         employment_start, employment_end, version,
         CASE WHEN status IN ('sick', 'on_leave') THEN 'absent' ELSE status END AS status,
         (SELECT t.actual_date FROM transfer_case t WHERE t.employee_id = employee.id
            AND t.status = 'transferred' AND t.destination <> 'foundation') AS left_on,
         employment_type
  FROM employee
  WHERE id IN (SELECT overstap_own_members ())
     OR NOT pg_has_role (session_user, 'overstap_teamleider', 'MEMBER')
     OR (SELECT rolsuper FROM pg_roles WHERE rolname = session_user);
REVOKE ALL ON employee_roster FROM PUBLIC;
GRANT SELECT ON employee_roster TO overstap_teamleider;

-- Likewise the absences a team leader's Overstap reads (ovs_store_absence_source()): the columns
-- granted above, the kind with sickness and medical appointments shown as absent, and the note only
-- of other kinds; the rows of the policy above.
CREATE OR REPLACE VIEW absence_roster WITH (security_barrier) AS
  SELECT id, employee_id, crew_id, start_date, end_date, start_time, end_time, source_uid, version,
         CASE WHEN kind IN ('sickness', 'medical') THEN 'absent' ELSE kind END AS kind,
         CASE WHEN kind IN ('sickness', 'medical') THEN NULL ELSE note END AS note
  FROM absence
  WHERE employee_id IN (SELECT overstap_own_members ()) OR crew_id IN (SELECT overstap_own_crews ())
     OR (employee_id IS NULL AND crew_id IS NULL)
     OR NOT pg_has_role (session_user, 'overstap_teamleider', 'MEMBER')
     OR (SELECT rolsuper FROM pg_roles WHERE rolname = session_user);
REVOKE ALL ON absence_roster FROM PUBLIC;
GRANT SELECT ON absence_roster TO overstap_teamleider;

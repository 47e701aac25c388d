-- import-schema-floor.sql — SQLite's own cost of putting the importer's CSV into Overstap's tables.
--
-- Run by bench-import-se.sh with sqlite3 on a database `overstap-cli init` made, in the directory
-- that holds employees.csv. sqlite3's `.import` reads the file into a plain table, then one
-- INSERT … SELECT per table moves every row into `employee`, `home_municipality` and `indication`
-- (their indexes, foreign keys and CHECKs as the migrations made them) and, unless the bench
-- removes the last statement, writes one audit row per employee with its fields as JSON. None of
-- the importer's rules run (BSN elfproef, dates, vocabulary, duplicates): this is the least any
-- importer into this schema can cost, set against `.import` alone (the issue's floor).
PRAGMA foreign_keys = ON;
.mode csv
.separator ;
.import employees.csv plain
BEGIN;
INSERT INTO employee (personnel_number, first_name, name_prefix, last_name, birth_date, bsn, residence,
                      contract_minutes, salary_scale, salary_step, employer_id, employment_start,
                      employment_type)
SELECT personeelsnummer, voornaam, NULLIF (tussenvoegsel, ''), achternaam,
       substr (geboortedatum, 7, 4) || '-' || substr (geboortedatum, 4, 2) || '-' || substr (geboortedatum, 1, 2),
       NULLIF (bsn, ''), NULLIF (woonplaats, ''),
       CAST (round (CAST (replace (contracturen, ',', '.') AS REAL) * 60) AS INTEGER),
       CAST (NULLIF (schaal, '') AS INTEGER), CAST (NULLIF (trede, '') AS INTEGER),
       (SELECT id FROM organisation WHERE name = werkgever),
       substr (in_dienst_sinds, 7, 4) || '-' || substr (in_dienst_sinds, 4, 2) || '-' || substr (in_dienst_sinds, 1, 2),
       CASE dienstverband WHEN 'nieuw beschut' THEN 'new_sheltered' ELSE 'wsw' END
FROM plain;
INSERT INTO home_municipality (employee_id, municipality, valid_from)
SELECT e.id, p.woongemeente, e.employment_start
FROM plain p JOIN employee e ON e.personnel_number = p.personeelsnummer
WHERE p.woongemeente <> '';
INSERT INTO indication (employee_id, category, indication_date, valid_until)
SELECT e.id, p.arbeidshandicap, e.employment_start,
       NULLIF (substr (p.indicatie_geldig_tot, 7, 4) || '-' || substr (p.indicatie_geldig_tot, 4, 2) || '-'
               || substr (p.indicatie_geldig_tot, 1, 2), '--')
FROM plain p JOIN employee e ON e.personnel_number = p.personeelsnummer
WHERE p.arbeidshandicap <> '';
DROP TABLE plain;
-- audit
INSERT INTO audit_log (at, user_name, action, entity, entity_id, changes)
SELECT strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), 'bench', 'insert', 'employee', id,
       json_object ('personnel_number', personnel_number, 'first_name', first_name, 'name_prefix', name_prefix,
                    'last_name', last_name, 'birth_date', birth_date, 'bsn', bsn, 'residence', residence,
                    'contract_minutes', contract_minutes, 'salary_scale', salary_scale,
                    'salary_step', salary_step, 'employer_id', employer_id,
                    'employment_start', employment_start, 'employment_type', employment_type)
FROM employee;
COMMIT;

#!/bin/bash
# overstap-cli transfer, checklist, transfers missing, list transfers: rules, JSON and exit statuses.
. "$(dirname "$0")/lib.sh"
export OVERSTAP_TODAY=2014-06-02
me=$(id -un)

cli init >/dev/null
sqlite3 "$DB" "INSERT INTO employee (personnel_number, first_name, last_name, birth_date, contract_minutes,
                 employer_id, employment_start)
               SELECT 'W1', 'Anna', 'Bakker', '1970-01-01', 1800, id, '2000-01-01' FROM organisation WHERE name = 'Wezo'
               UNION ALL
               SELECT 'W2', 'Bram', 'Smit', '1971-01-01', 1800, id, '2000-01-01' FROM organisation WHERE name = 'Wezo'
               UNION ALL
               SELECT 'G1', 'Dirk', 'Mulder', '1972-01-01', 1800, id, '2000-01-01' FROM organisation WHERE name = 'Gemeente'"
cli user add henk --role hr >/dev/null
cli user add piet --role teamleider >/dev/null

# Opening
expect_status 0 cli transfer open W1 --destination foundation --planned 01-09-2014
expect_status 1 cli transfer open W1 --destination foundation        # one case per employee
expect_status 2 cli transfer open W1                                 # no destination: usage
expect_status 2 cli transfer open                                    # no number: usage
expect_status 1 cli transfer open W9 --destination foundation        # unknown employee
expect_status 1 cli transfer open W2 --destination nergens
expect_status 1 cli transfer open W2 --destination foundation --planned 31-02-2014
expect_status 1 cli transfer open G1 --destination foundation        # not employed by Wezo or Larcom
expect_match "Gemeente" "$(cli transfer open G1 --destination foundation 2>&1)" "the error names the employer"
expect_status 1 cli --user piet transfer open W2 --destination foundation   # teamleider refused
expect_status 1 cli --user piet list transfers
expect_eq "1" "$(sqlite3 "$DB" 'select count(*) from transfer_case')" "refused commands wrote nothing"
expect_status 0 cli --user henk transfer open W2 --destination stichting    # hr allowed, Dutch word

list=$(cli list transfers --json)
expect_eq "Anna Bakker" "$(echo "$list" | json 'd[0]["employee"]')" "list has the employee's name"
expect_eq "W1 Wezo foundation candidate 2014-09-01 0 8" \
  "$(echo "$list" | json '" ".join(str(d[0][k]) for k in ["personnel_number","from_organisation","destination","status","planned_date","done","total"])')" \
  "list row of W1"
expect_eq "False" "$(echo "$list" | json 'd[0]["is_closed"]')" "is_closed is a JSON boolean"
expect_match "^W1 +Anna Bakker" "$(cli list transfers)" "plain list"

# The ladder
err=$(cli transfer status W1 offered 2>&1)
expect_status 1 cli transfer status W1 offered
expect_match "next step" "$err" "a skipped step names the next one"
expect_status 1 cli transfer status W1 verhuisd                       # unknown status
expect_status 1 cli transfer status W1 interviewed --date 01-06-2014  # no date for this step
expect_status 0 cli transfer status W1 "gesprek gevoerd"
expect_status 1 cli transfer status W1 candidate                      # backwards
expect_status 0 cli transfer status W1 aanbod
expect_status 0 cli transfer status W1 getekend
expect_status 1 cli transfer status W1 transferred                    # needs the date
expect_status 1 cli transfer status W1 transferred --date 01-07-2014  # in the future
err=$(cli transfer status W1 transferred --date 01-06-2014 2>&1)
expect_match "Dossier ontvangen, Gesprek gevoerd" "$err" "incomplete checklist listed by title"

# The checklist
for code in dossier_received interview_held contract_signed pension_arranged payroll_registered \
            workwear_issued licences_checked crew_assigned; do
  expect_status 0 cli checklist tick W1 "$code"
done
expect_status 1 cli checklist tick W1 koffie
expect_status 0 cli checklist untick W1 crew_assigned
expect_eq "False" "$(cli checklist show W1 --json | json 'd[7]["done"]')" "untick"
expect_status 0 cli checklist tick W1 crew_assigned --date 30-05-2014
show=$(cli checklist show W1 --json)
expect_eq "crew_assigned 2014-05-30 $me" "$(echo "$show" | json 'd[7]["code"]+" "+d[7]["done_on"]+" "+d[7]["done_by"]')" "tick records date and user"
expect_match '^\[x\] dossier_received' "$(cli checklist show W1)" "plain checklist"

expect_status 0 cli transfer status W1 overgegaan --date 01-06-2014
# Issue 10: the foundation becomes where W1 works; the Wsw employment goes to the municipality.
expect_eq "foundation" "$(sqlite3 "$DB" "select o.kind from employee e join organisation o on o.id = e.work_organisation_id where e.personnel_number = 'W1'")" \
  "transferred to the foundation changes the work organisation"
expect_eq "municipality" "$(sqlite3 "$DB" "select o.kind from employee e join organisation o on o.id = e.employer_id where e.personnel_number = 'W1'")" \
  "transferred to the foundation: the municipality holds the Wsw employment"
expect_eq "2014-06-01" "$(sqlite3 "$DB" "select json_extract(changes, '\$.valid_from') from audit_log where entity = 'employee'")" \
  "the employer change is audited with its date"
expect_eq "transferred 2014-06-01 2014-06-01 True" \
  "$(cli list transfers --json | json 'd[0]["status"]+" "+d[0]["actual_date"]+" "+d[0]["closed_on"]+" "+str(d[0]["is_closed"])')" "closed case"
expect_status 1 cli transfer status W1 declined                       # closed
expect_status 1 cli checklist untick W1 crew_assigned
expect_status 1 cli transfer note W1 nog iets

# W2: what is still missing, custom items, notes, plan
missing=$(cli transfers missing --json)
expect_eq "1 W2 8" "$(echo "$missing" | json 'str(len(d))+" "+d[0]["personnel_number"]+" "+str(len(d[0]["missing_items"]))')" "missing per person"
expect_status 0 cli checklist add W2 --title "Sleutels ingeleverd"
expect_status 2 cli checklist add W2
expect_eq "sleutels_ingeleverd 9" "$(cli checklist show W2 --json | json 'd[8]["code"]+" "+str(d[8]["position"])')" "custom item"
expect_status 0 cli transfer note W2 Belt terug na de zomer
expect_eq "02-06-2014 $me: Belt terug na de zomer" "$(cli list transfers --json | json 'd[1]["notes"]')" "dated note"
expect_status 0 cli transfer plan W2 --date 01-10-2014
expect_status 2 cli transfer plan W2
expect_eq "2014-10-01" "$(cli list transfers --json | json 'd[1]["planned_date"]')" "planned date"
expect_match "^W2 +Bram Smit +01-10-2014 +Dossier ontvangen" "$(cli transfers missing)" "plain missing list"
expect_status 0 cli transfer status W2 blijft --date 15-05-2014
expect_eq "0" "$(cli transfers missing --json | json 'len(d)')" "closed cases miss nothing"

# Audit and usage
expect_eq "4" "$(cli audit --json | json 'len([r for r in d if r["entity"]=="transfer_case" and r["entity_id"]==1 and r["user_name"]=="'"$me"'" and r["changes"].get("status")])')" \
  "status changes of W1 audited"
expect_status 2 cli checklist frobnicate
expect_status 2 cli transfer
finish

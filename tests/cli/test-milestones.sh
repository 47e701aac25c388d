#!/bin/bash
# overstap-cli milestone add, change, status and list milestones: kwartiermaker only, late flag, order.
. "$(dirname "$0")/lib.sh"
export OVERSTAP_TODAY=2014-06-02

cli init >/dev/null
cli user add henk --role hr >/dev/null
cli user add piet --role teamleider >/dev/null

expect_status 0 cli milestone add "Stichting operationeel" --due 01-01-2015 --owner kwartiermaker
expect_status 0 cli milestone add "Bedrijfsplan naar de raad" --due 15-05-2014 --description "Met financiën"
expect_status 0 cli milestone add "Stichting opgericht" --due 01-01-2014
expect_status 2 cli milestone add "Zonder datum"
expect_status 1 cli milestone add "Onmogelijk" --due 30-02-2014
expect_status 1 cli --user henk milestone add "Door HR" --due 01-07-2014      # kwartiermaker only
expect_status 1 cli --user piet milestone add "Door teamleider" --due 01-07-2014
expect_status 1 cli --user henk milestone status 1 done
expect_eq "3" "$(sqlite3 "$DB" 'select count(*) from milestone')" "refused adds wrote nothing"

expect_status 0 cli milestone status 3 gereed --date 01-01-2014
expect_status 1 cli milestone status 2 bezig --date 01-05-2014   # a date belongs to done only
expect_status 1 cli milestone status 2 misschien
expect_status 1 cli milestone status 9 done
expect_status 2 cli milestone status x done
list=$(cli --user piet list milestones --json)                   # everyone may read them
expect_eq "3 2 1" "$(echo "$list" | json '" ".join(str(m["id"]) for m in d)')" "ordered by due date"
expect_eq "False True False" "$(echo "$list" | json '" ".join(str(m["late"]) for m in d)')" "late: past due and not done"
expect_eq "done 2014-01-01" "$(echo "$list" | json 'd[0]["status"]+" "+d[0]["done_on"]')" "done_on"

expect_status 0 cli milestone change 2 --due 01-09-2014 --title "Bedrijfsplan naar de raad"
expect_eq "2014-09-01 False" "$(cli list milestones --json | json 'str(d[1]["due_date"])+" "+str(d[1]["late"])')" "changed"
expect_eq '{"due_date": "2014-09-01"}' \
  "$(cli audit --json | json 'json.dumps(d[0]["changes"])')" "audit holds the changed fields only"
expect_status 0 cli milestone change 1 --owner ""
expect_eq "None" "$(cli list milestones --json | json 'str(d[2]["owner"])')" "an empty owner clears it"
expect_status 0 cli milestone status 2 done
expect_eq "done 2014-06-02" "$(cli list milestones --json | json 'd[1]["status"]+" "+d[1]["done_on"]')" "done today"
expect_status 0 cli milestone status 2 planned
expect_eq "None" "$(cli list milestones --json | json 'd[1]["done_on"]')" "done_on cleared"
expect_match "late" "$(OVERSTAP_TODAY=2015-02-01 cli list milestones)" "plain list flags late ones"
expect_status 2 cli milestone frobnicate
finish

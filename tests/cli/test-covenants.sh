#!/bin/bash
# overstap-cli covenant, agreement, agreements due, covered, list covenants: rules, JSON and exit statuses.
. "$(dirname "$0")/lib.sh"
export OVERSTAP_TODAY=2014-06-02

cli init >/dev/null
sqlite3 "$DB" "INSERT INTO employee (personnel_number, first_name, last_name, birth_date, contract_minutes,
                 employer_id, employment_start)
               SELECT 'W1', 'Anna', 'Bakker', '1970-01-01', 1800, id, '2000-01-01' FROM organisation WHERE name = 'Wezo'
               UNION ALL
               SELECT 'W2', 'Bram', 'Smit', '1971-01-01', 2160, id, '2000-01-01' FROM organisation WHERE name = 'Wezo'
               UNION ALL
               SELECT 'L1', 'Cor', 'Visser', '1972-01-01', 1200, id, '2000-01-01' FROM organisation WHERE name = 'Larcom'"
cli user add henk --role hr >/dev/null
cli user add piet --role teamleider >/dev/null

# Adding
expect_status 0 cli covenant add "Beschut Wezo" --party Wezo --start 01-01-2015 --end 31-12-2017 --price 27.500 \
  --unit se --budget "1.250.000" --target-se 45,5 --indexation 1,8 --legal-basis inkooprelatie --grant-kept-by gemeente
expect_status 1 cli covenant add "beschut wezo" --party Wezo --start 01-01-2015 --price 1     # duplicate name
expect_status 1 cli covenant add "Gemeente" --party Gemeente --start 01-01-2015 --price 1     # not Wezo/Larcom
expect_match "Gemeente" "$(cli covenant add X --party Gemeente --start 01-01-2015 --price 1 2>&1)" "party named"
expect_status 1 cli covenant add X --party Wezo --start 01-01-2015 --end 01-01-2014 --price 1  # end before start
expect_status 1 cli covenant add X --party Wezo --start 01-01-2015 --price -3                  # negative price
expect_status 1 cli covenant add X --party Wezo --start 01-01-2015 --price 1 --unit maand
expect_status 1 cli covenant add X --party Wezo --start 32-01-2015 --price 1
expect_status 2 cli covenant add X --party Wezo --start 01-01-2015                             # no price: usage
expect_status 1 cli --user piet covenant add X --party Larcom --start 01-01-2015 --price 1     # teamleider
expect_status 1 cli --user piet list covenants
expect_status 0 cli --user henk covenant add "Larcom 2015" --party larcom --start 01-01-2015 --price 42,50 --unit uur
expect_eq "2" "$(sqlite3 "$DB" 'select count(*) from covenant')" "refused adds wrote nothing"

c=$(cli list covenants --json)
expect_eq "Beschut Wezo Wezo 2750000 se 125000000 45.5 1.8 active" \
  "$(echo "$c" | json '" ".join(str(d[0][k]) for k in ["name","party","price_cents","price_unit","budget_cents","target_se","indexation_pct","status"])')" \
  "euros in cents, decimals with a comma"
expect_eq "4250 hour" "$(echo "$c" | json 'str(d[1]["price_cents"])+" "+d[1]["price_unit"]')" "price per hour"

# Changing
expect_status 0 cli covenant change "Beschut Wezo" --price 28000 --notes "geïndexeerd per 1-1"
expect_eq '{"price_cents": 2800000, "notes": "geïndexeerd per 1-1"}' \
  "$(cli audit --json | json 'json.dumps([r for r in d if r["entity"]=="covenant" and r["action"]=="update"][0]["changes"], ensure_ascii=False)')" \
  "the audit row holds the changed fields only"
expect_status 1 cli covenant change Onbekend --price 1

# Covered employees
expect_status 0 cli covered add "Beschut Wezo" W1 --start 01-01-2015 --hours 20
expect_status 1 cli covered add "Beschut Wezo" W2 --start 01-01-2015 --hours 40      # above contract (36)
expect_match "36" "$(cli covered add "Beschut Wezo" W2 --start 01-01-2015 --hours 40 2>&1)" "contract hours named"
expect_status 1 cli covered add "Beschut Wezo" W2 --start 01-01-2015 --hours 10 --se 0,3   # both
expect_status 1 cli covered add "Beschut Wezo" W2 --start 01-12-2014                  # before the covenant
expect_status 1 cli covered add "Beschut Wezo" W2 --start 01-01-2015 --end 30-06-2018 # after it
expect_status 1 cli covered add "Beschut Wezo" L1 --start 01-01-2015                  # works for Larcom
expect_status 1 cli covered add "Larcom 2015" W1 --start 01-01-2015                   # works for Wezo
expect_status 1 cli covered add "Beschut Wezo" W1 --start 01-06-2015                  # covered twice
expect_status 1 cli covered add "Beschut Wezo" W9 --start 01-01-2015                  # unknown
expect_status 2 cli covered add "Beschut Wezo" W2                                     # no start: usage
expect_status 0 cli covered add "Beschut Wezo" W2 --start 01-01-2015 --se 0,8
expect_status 0 cli covered add "Larcom 2015" L1 --start 01-03-2015 --end 31-12-2015
show=$(cli covenant show "Beschut Wezo" --json)
expect_eq "2 W1 1200 None W2 None 0.8" \
  "$(echo "$show" | json '" ".join(str(x) for x in [len(d["covered"]), d["covered"][0]["personnel_number"], d["covered"][0]["minutes_per_week"], d["covered"][0]["se"], d["covered"][1]["personnel_number"], d["covered"][1]["minutes_per_week"], d["covered"][1]["se"]])')" \
  "covered employees with hours or SE"
cover_id=$(echo "$show" | json 'd["covered"][0]["id"]')
expect_status 1 cli covered end "$cover_id" --date 31-12-2014      # before its start
expect_status 2 cli covered end abc --date 31-12-2015
expect_status 2 cli covered end "$cover_id"
expect_status 0 cli covered end "$cover_id" --date 31-12-2015
expect_status 1 cli covered end "$cover_id" --date 31-03-2016      # later than it already ends
expect_status 0 cli covered add "Beschut Wezo" W1 --start 01-01-2016 --hours 30
expect_match "^Beschut Wezo +Wezo" "$(cli list covenants)" "plain list"
expect_match "Covered employees:" "$(cli covenant show 'Beschut Wezo')" "plain show"

# Agreements
expect_status 0 cli agreement add "Beschut Wezo" --title "Kwartaalrapportage Q2" --due 12-06-2014 --owner HR
expect_status 0 cli agreement add "Beschut Wezo" --title "Herindicaties aangevraagd" --due 01-05-2014
expect_status 0 cli agreement add "Beschut Wezo" --title "Evaluatie" --due 01-09-2014
expect_status 0 cli agreement add "Larcom 2015" --title "Ondertekening" --due 01-06-2014
expect_status 2 cli agreement add "Beschut Wezo" --title "Zonder datum"
expect_status 1 cli agreement add Onbekend --title X --due 01-06-2014
expect_status 0 cli agreement status 4 klaar --evidence "getekend exemplaar" --date 28-05-2014
expect_status 0 cli agreement status 1 bezig
expect_status 1 cli agreement status 1 misschien
expect_status 1 cli agreement status 99 done
expect_status 2 cli agreement status x done
due=$(cli agreements due --json)
expect_eq "2 Herindicaties aangevraagd True -32 Kwartaalrapportage Q2 in_progress 10" \
  "$(echo "$due" | json '" ".join(str(x) for x in [len(d), d[0]["title"], d[0]["overdue"], d[0]["days_left"], d[1]["title"], d[1]["status"], d[1]["days_left"]])')" \
  "agreements due within 30 days or overdue"
expect_eq "3" "$(cli agreements due --within-days 100 --json | json 'len(d)')" "a wider window"
expect_status 1 cli agreements due --within-days -1
expect_match "overdue" "$(cli agreements due)" "plain due list flags overdue"
c=$(cli list covenants --json)
expect_eq "3 0 1 1" "$(echo "$c" | json '" ".join(str(x) for x in [d[0]["agreements_open"], d[0]["agreements_done"], d[1]["covered_total"], d[1]["agreements_done"]])')" \
  "agreement and cover counts"
expect_eq "2014-05-28 getekend exemplaar" "$(cli covenant show 'Larcom 2015' --json | json 'd["agreements"][0]["done_on"]+" "+d["agreements"][0]["evidence"]')" "done_on and evidence"

# Ending
expect_status 1 cli covenant end "Beschut Wezo" --date 01-01-2014
expect_status 2 cli covenant end "Beschut Wezo"
expect_status 0 cli covenant end "Beschut Wezo" --date 30-06-2016
show=$(cli covenant show "Beschut Wezo" --json)
expect_eq "ended 2016-06-30 2015-12-31 2016-06-30 2016-06-30" \
  "$(echo "$show" | json '" ".join([d["status"], d["end_date"]] + [c["end_date"] for c in d["covered"]])')" \
  "ending a covenant ends its open covers"
expect_eq "2" "$(sqlite3 "$DB" "select count(*) from audit_log where entity = 'covenant_employee' and action = 'end' and changes like '%covenant_ended%'")" \
  "each ended cover audited"
expect_status 2 cli covenant frobnicate
finish

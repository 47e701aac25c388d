#!/bin/bash
# overstap-cli organisation add/end, list organisations; placement add/change/end, list placements.
. "$(dirname "$0")/lib.sh"
export OVERSTAP_TODAY=2015-03-01

# expect_error_naming STATUS REGEX command…: one run; checks the exit status and that stderr names REGEX.
expect_error_naming() {
  local want=$1 pattern=$2; shift 2
  local err
  err=$("$@" 2>&1 >/dev/null); local got=$?
  expect_eq "$want" "$got" "exit status of '$*'"
  expect_match "$pattern" "$err" "error of '$*'"
}

expect_status 0 cli init
# Employees as plain rows, so these tests do not depend on the employee commands.
sqlite3 "$DB" "INSERT INTO employee (personnel_number, first_name, name_prefix, last_name, birth_date,
  contract_minutes, employer_id, employment_start) VALUES
  ('1001', 'Anna', 'de', 'Boer', '1970-01-01', 1920, 1, '1995-01-01'),
  ('1002', 'Kees', NULL, 'Visser', '1965-05-05', 2160, 1, '1990-01-01')"
expect_status 0 cli user add henk --role hr
expect_status 0 cli user add jan --role teamleider

# --- organisations ---
expect_status 0 cli organisation add "Groen BV" --kind inlener
expect_status 0 cli organisation add "Hovenier Jansen" --kind hirer
expect_status 1 cli organisation add "groen bv" --kind hirer            # duplicate, any case
expect_error_naming 1 "bank" cli organisation add "Bank" --kind bank            # the invalid kind is named
expect_status 2 cli organisation add "Bank"                            # --kind missing: usage
expect_status 2 cli organisation add                                   # name missing: usage
expect_status 1 cli --user jan organisation add "Tuin" --kind hirer    # teamleider may not
expect_status 0 cli --user henk organisation add "Tuin" --kind werkgever
expect_eq "employer" "$(cli list organisations --json | json '[o["kind"] for o in d if o["name"]=="Tuin"][0]')" \
  "Dutch kind stored as its code"
expect_eq "7" "$(cli list organisations --json | json 'len(d)')" "four standard and three added"
expect_eq "id,name,kind,ended_on" "$(cli list organisations --json | json '",".join(d[0].keys())')" "organisation JSON keys"

expect_status 0 cli organisation end "hovenier jansen" --date 31-12-2014
expect_eq "2014-12-31" "$(cli list organisations --json | json '[o["ended_on"] for o in d if o["name"]=="Hovenier Jansen"][0]')" \
  "end date stored"
expect_status 1 cli organisation end "Hovenier Jansen"                 # already ended
expect_error_naming 1 "Nergens" cli organisation end Nergens                  # unknown organisation
expect_status 1 cli organisation end Tuin --date 31-02-2015             # no such date
expect_eq "1" "$(sqlite3 "$DB" "select count(*) from audit_log where entity='organisation' and action='end'")" \
  "one end audited"
expect_eq "7" "$(sqlite3 "$DB" 'select count(*) from organisation')" "nothing deleted"

# --- placements ---
expect_status 0 cli placement add 1001 --kind beschut --hours 20 --start 01-01-2015
expect_status 1 cli placement add 1001 --kind groepsdetachering --hours 12 --start 01-06-2015     # no hirer
expect_error_naming 1 "36 hours .*32 contract hours.*placement 1" \
  cli placement add 1001 --kind groepsdetachering --hirer Gemeente --hours 16 --start 01-06-2015
expect_status 1 cli placement add 1001 --kind beschut --hours 33 --start 01-01-2016                # above contract
expect_status 1 cli placement add 1001 --kind beschut --hours 0 --start 01-01-2016
expect_status 1 cli placement add 1001 --kind beschut --hours 10 --start 01-01-2016 --end 01-12-2015  # date order
expect_status 1 cli placement add 1001 --kind stage --hours 10 --start 01-01-2016
expect_error_naming 1 "Onbekend" cli placement add 1001 --kind groepsdetachering --hirer Onbekend --hours 10 \
  --start 01-01-2016   # unknown hirer named
expect_status 1 cli placement add 1001 --kind "begeleid werken" --hirer "Hovenier Jansen" --hours 5 --start 01-01-2015
expect_status 1 cli placement add 9999 --kind beschut --hours 10 --start 01-01-2016                # unknown employee
expect_status 1 cli placement add 1001 --kind beschut --hours 10 --rate abc --start 01-01-2016
expect_status 2 cli placement add 1001 --kind beschut --start 01-01-2016                           # no --hours
expect_status 1 cli --user jan placement add 1002 --kind beschut --hours 10 --start 01-01-2016
expect_status 0 cli placement add 1001 --kind groepsdetachering --hirer "groen bv" --location Stadspark \
  --hours 12 --rate "24,50" --start 01-06-2015
expect_status 0 cli --user henk placement add 1002 --kind "individuele detachering" --hirer Tuin --hours 36 \
  --rate 31.5 --start 2015-02-01 --end 2015-12-31

json2=$(cli list placements --employee 1001 --json)
expect_eq "2" "$(echo "$json2" | json 'len(d)')" "two placements for 1001"
expect_eq "group_secondment|Groen BV|720|2450|Stadspark|Anna de Boer" \
  "$(echo "$json2" | json '"|".join(str(d[1][k]) for k in ("kind","hirer","minutes_per_week","hourly_rate_cents","location","employee_name"))')" \
  "placement JSON values"
expect_eq "id,employee_id,personnel_number,employee_name,kind,hirer_id,hirer,location,minutes_per_week,hourly_rate_cents,start_date,end_date" \
  "$(echo "$json2" | json '",".join(d[0].keys())')" "placement JSON keys"
expect_eq "3" "$(cli list placements --json | json 'len(d)')" "all placements"
expect_status 1 cli list placements --employee 9999
expect_status 1 cli --user jan list placements                       # teamleider has no HR sections
expect_match "Stadspark" "$(cli list placements)" "text list"

expect_status 0 cli placement change 2 --hours 10 --location "Park Noord"
expect_eq "600|Park Noord" "$(cli list placements --employee 1001 --json | json 'str(d[1]["minutes_per_week"])+"|"+d[1]["location"]')" \
  "change stored"
expect_eq '{"location": "Park Noord", "minutes_per_week": 600}' \
  "$(sqlite3 "$DB" "select changes from audit_log where entity='placement' and action='update'" | json 'json.dumps(d, sort_keys=True)')" \
  "audit lists only the changed fields"
expect_status 1 cli placement change 2 --hours 13                   # 20 + 13 > 32
expect_status 0 cli placement change 2 --rate ""                    # clears the rate
expect_eq "None" "$(cli list placements --employee 1001 --json | json 'd[1]["hourly_rate_cents"]')" "rate cleared"
expect_status 1 cli placement change 99 --hours 5
expect_status 2 cli placement change abc --hours 5
expect_status 1 cli placement end 1 --date 31-12-2014               # before its start
expect_status 2 cli placement end 1
expect_status 0 cli placement end 1 --date 31-05-2015
expect_eq "2015-05-31" "$(cli list placements --employee 1001 --json | json 'd[0]["end_date"]')" "placement ended"
expect_status 1 cli placement add 1001 --kind beschut --hours 22 --start 01-06-2014 --end 31-05-2015
expect_eq "3" "$(sqlite3 "$DB" 'select count(*) from placement')" "refused placements wrote nothing"
expect_eq "1" "$(sqlite3 "$DB" "select count(*) from audit_log where entity='placement' and action='end'")" "end audited"
finish

#!/bin/bash
# overstap-cli crew add/change/end/members/history, membership add/end, list crews; teamleider rights.
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
sqlite3 "$DB" "INSERT INTO employee (personnel_number, first_name, last_name, birth_date, contract_minutes,
  employer_id, employment_start) VALUES
  ('1001', 'Anna', 'Bakker', '1970-01-01', 1920, 1, '1995-01-01'),
  ('1002', 'Kees', 'Visser', '1965-05-05', 2160, 1, '1990-01-01'),
  ('1003', 'Mo', 'Amrani', '1980-02-02', 1440, 2, '2001-01-01')"

# --- crews ---
expect_status 0 cli crew add Noord --leader 1002 --area "Kern Noord" --vehicle "Bus 12" --min-size 2
expect_status 0 cli crew add Zuid
expect_status 1 cli crew add noord                                   # duplicate, any case
expect_status 1 cli crew add West --leader 9999                      # unknown team leader
expect_status 1 cli crew add West --min-size -1
expect_status 2 cli crew add
expect_status 2 cli crew add West --min-size drie
expect_status 0 cli user add henk --role hr
expect_status 0 cli user add jan --role teamleider --crew Noord

crews=$(cli list crews --json)
expect_eq "2" "$(echo "$crews" | json 'len(d)')" "two crews"
expect_eq "id,name,team_leader_id,team_leader,team_leader_personnel_number,area,vehicle,min_size,ended_on,member_count" \
  "$(echo "$crews" | json '",".join(d[0].keys())')" "crew JSON keys"
expect_eq "Kees Visser|1002|Kern Noord|Bus 12|2" \
  "$(echo "$crews" | json '"|".join(str(d[0][k]) for k in ("team_leader","team_leader_personnel_number","area","vehicle","min_size"))')" \
  "crew JSON values"
expect_eq "3" "$(echo "$crews" | json 'd[1]["min_size"]')" "default minimum size"

expect_status 0 cli crew change noord --vehicle "Bus 14" --area ""
expect_eq "Bus 14|None" "$(cli list crews --json | json 'd[0]["vehicle"]+"|"+str(d[0]["area"])')" "crew changed"
expect_status 1 cli crew change Noord --name ZUID                    # name taken
expect_error_naming 1 "Oost" cli crew change Oost --vehicle X                 # unknown crew named

# --- memberships ---
expect_status 0 cli membership add Noord 1001 --start 01-01-2015
expect_status 0 cli membership add Noord 1002 --role ploegleider --start 01-01-2015
expect_status 0 cli membership add Zuid 1003 --role invaller --start 01-01-2015 --end 28-02-2015
expect_error_naming 1 "Noord" cli membership add Zuid 1001 --start 01-02-2015  # one crew at a time, named
expect_status 1 cli membership add Zuid 1003 --start 01-02-2015      # overlaps its own earlier period
expect_status 1 cli membership add Zuid 1003 --role baas --start 01-03-2015
expect_status 1 cli membership add Zuid 1003 --start 01-03-2015 --end 01-02-2015
expect_status 1 cli membership add Oost 1003 --start 01-03-2015
expect_status 1 cli membership add Zuid 9999 --start 01-03-2015
expect_status 2 cli membership add Zuid 1003                        # --start missing
expect_status 0 cli membership add Zuid 1003 --start 01-03-2015

expect_eq "2" "$(cli crew members Noord --json | json 'len(d)')" "members today"
expect_eq "1001,1002" "$(cli crew members noord --json | json '",".join(m["personnel_number"] for m in d)')" "who"
expect_eq "team_leader" "$(cli crew members Noord --json | json 'd[1]["role"]')" "Dutch role stored as its code"
expect_eq "id,crew_id,crew,employee_id,personnel_number,employee_name,role,start_date,end_date" \
  "$(cli crew members Noord --json | json '",".join(d[0].keys())')" "membership JSON keys"
expect_eq "stand_in" "$(cli crew members Zuid --date 15-02-2015 --json | json 'd[0]["role"]')" "members on a date"
expect_eq "2" "$(cli crew history Zuid --json | json 'len(d)')" "history keeps both periods"
expect_eq "2|1" "$(cli list crews --json | json 'str(d[0]["member_count"])+"|"+str(d[1]["member_count"])')" \
  "member counts today"
expect_match "Kees Visser" "$(cli list crews)" "text list names the team leader"
expect_match "Anna Bakker" "$(cli crew members Noord)" "text members"

expect_status 2 cli membership end 1
expect_status 1 cli membership end 1 --date 31-12-2014               # before its start
expect_status 1 cli membership end 99 --date 31-12-2015
expect_status 0 cli membership end 1 --date 30-06-2015
expect_eq "2015-06-30" "$(cli crew history Noord --json | json 'd[0]["end_date"]')" "membership ended"

# --- the teamleider's own crew only ---
expect_status 0 cli --user jan crew members Noord
expect_status 1 cli --user jan crew members Zuid
expect_status 0 cli --user jan list crews
expect_status 0 cli --user jan crew change Noord --min-size 3
expect_status 1 cli --user jan crew change Zuid --min-size 1
expect_status 1 cli --user jan crew add Oost
expect_status 1 cli --user jan crew end Noord --date 31-12-2015
expect_status 0 cli --user jan membership add Noord 1001 --start 01-07-2015
expect_status 1 cli --user jan membership add Zuid 1002 --start 01-07-2016
expect_status 1 cli --user jan membership end 4 --date 31-12-2015   # membership 4 is in Zuid
expect_status 0 cli --user henk membership end 4 --date 31-12-2015
expect_eq "jan" "$(sqlite3 "$DB" "select user_name from audit_log where entity='crew_membership' order by id desc limit 1 offset 1")" \
  "audit names the teamleider"

# --- ending a crew ---
expect_status 2 cli crew end Noord
expect_status 0 cli membership add Noord 1003 --start 01-02-2016
expect_status 1 cli crew end Noord --date 31-12-2015                 # 1003 starts later
expect_status 0 cli crew end Noord --date 31-03-2016
expect_eq "2016-03-31" "$(cli list crews --json | json 'd[0]["ended_on"]')" "crew ended"
expect_eq "0" "$(sqlite3 "$DB" "select count(*) from crew_membership where crew_id = 1 and end_date is null")" \
  "running memberships ended with the crew"
expect_status 1 cli crew end Noord --date 30-04-2016                 # already ended
expect_status 1 cli membership add Noord 1001 --start 01-04-2016     # after the crew ended
expect_eq "2" "$(sqlite3 "$DB" 'select count(*) from crew')" "nothing deleted"
expect_eq "6" "$(sqlite3 "$DB" 'select count(*) from crew_membership')" "memberships kept"
finish

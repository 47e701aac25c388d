#!/bin/bash
# The projection through overstap-cli on the demo data, with today fixed: --outflow aow removes each
# person in the year of their AOW date (as `ending` lists it) and in no other year.
. "$(dirname "$0")/lib.sh"
export OVERSTAP_TODAY=2026-06-15

cli demo >/dev/null
cli projection --outflow aow --json > "$TMP/aow.json"
cli ending --within-months 240 --json > "$TMP/ending.json"

# Per year: the AOW outflow is the number of Wsw employees whose AOW date falls in it; the headcount
# drops by exactly that; the next year starts where this one ended; no other cause counts.
check=$(/usr/bin/python3 - "$TMP/aow.json" "$TMP/ending.json" <<'PY'
import json, sys, collections
years = json.load(open(sys.argv[1]))
ending = json.load(open(sys.argv[2]))
today = "2026-06-15"
by_year = collections.Counter(int(r["aow_date"][:4]) for r in ending
                              if r["employment_type"] == "wsw" and r["aow_date"] > today)
bad = []
prev = None
for y in years:
    o = y["outflow"]
    if abs(o["aow"] - by_year.get(y["year"], 0)) > 1e-9: bad.append(f"{y['year']} aow {o['aow']} != {by_year.get(y['year'], 0)}")
    if abs(y["headcount_start"] - y["headcount_end"] - o["aow"]) > 1e-9: bad.append(f"{y['year']} headcount")
    if o["mortality"] or o["sickness"] or o["voluntary"]: bad.append(f"{y['year']} other causes")
    if prev is not None and abs(prev - y["headcount_start"]) > 1e-9: bad.append(f"{y['year']} start")
    prev = y["headcount_end"]
print("ok" if not bad else "; ".join(bad))
PY
)
expect_eq "ok" "$check" "AOW outflow exactly in each AOW year"
expect_eq "2026 2040 15" "$(json 'str(d[0]["year"])+" "+str(d[-1]["year"])+" "+str(len(d))' < "$TMP/aow.json")" \
  "this year to 2040 by default"
expect_eq "True" "$(json 'sum(y["outflow"]["aow"] for y in d) > 0' < "$TMP/aow.json")" "somebody reaches the AOW age"

# All causes: fractional expected values, the bands around them, money in euros.
all=$(cli projection --from 2030 --to 2032 --json)
expect_eq "3 2030" "$(echo "$all" | json 'str(len(d))+" "+str(d[0]["year"])')" "--from and --to"
expect_eq "True" "$(echo "$all" | json 'all(y["low"]["headcount_end"] <= y["headcount_end"] <= y["high"]["headcount_end"] and abs(y["balance"] - (y["grant"] - y["wage_cost"])) <= 1 for y in d)')" \
  "bands around the expected value; balance = grant - wage cost"
expect_eq "True" "$(echo "$all" | json 'all(y["outflow"]["mortality"] > 0 for y in d)')" "mortality counts with --outflow all"

csv=$(cli projection --csv --to 2028)
expect_eq "4" "$(echo "$csv" | wc -l | tr -d ' ')" "CSV: a header and three years"
expect_match "^year,headcount_start,headcount_end" "$csv" "CSV header"
expect_match "Wage cost" "$(cli projection --to 2027)" "the table"

expect_status 2 cli projection --outflow some
expect_status 2 cli projection --json --csv
expect_status 1 cli projection --from 2020
cli user add piet --role teamleider >/dev/null
expect_status 1 "$CLI" --db "$DB" --user piet projection

# Scenarios: two on the demo data compare side by side with different costs; only adopting touches
# the real data.
expect_status 0 cli scenario add "Alles naar de stichting" --description "Wezo en Larcom naar de stichting"
expect_status 0 cli scenario add Convenanten
expect_status 1 cli scenario add convenanten
expect_eq "16 employees assigned" "$(cli scenario assign "Alles naar de stichting" stichting --employer Wezo)" "by employer"
expect_status 0 cli scenario assign "Alles naar de stichting" foundation --employer Larcom
expect_status 0 cli scenario assign Convenanten convenant --employer Wezo --covenant "Convenant Wezo 2015"
expect_status 0 cli scenario assign Convenanten individual_secondment --employer Larcom --age-to 45
expect_status 1 cli scenario assign Convenanten covenant --employer Larcom
expect_status 2 cli scenario assign Convenanten foundation
cases_before=$(cli list transfers | wc -l)
cmp=$(cli scenario compare "Alles naar de stichting" Convenanten --json)
expect_eq "2 15" "$(echo "$cmp" | json 'str(len(d))+" "+str(len(d[0]["years"]))')" "two scenarios, 2026 to 2040"
expect_eq "True" "$(echo "$cmp" | json 'd[0]["total_cost"] != d[1]["total_cost"] and d[0]["years"][1]["cost"] != d[1]["years"][1]["cost"]')" \
  "different costs"
expect_eq "True" "$(echo "$cmp" | json 'all(abs(y["cost"] - (y["outlay"] - y["grant"])) <= 1 for s in d for y in s["years"])')" "cost = outlay - grant"
expect_eq "28 16" "$(echo "$cmp" | json 'str(d[0]["assigned"]["foundation"])+" "+str(d[1]["assigned"]["covenant"])')" "assigned"
expect_match "Alles naar de stichting +Convenanten" "$(cli scenario compare "Alles naar de stichting" Convenanten)" "side by side"
expect_eq "$cases_before" "$(cli list transfers | wc -l)" "comparing changes no transfer cases"
expect_status 2 cli scenario compare Convenanten
expect_status 1 "$CLI" --db "$DB" --user piet scenario show Convenanten
expect_match "Convenanten" "$(cli scenario list)" "list"

# Adopting is all or nothing: every demo employee has a transfer case already, so adopting
# Convenanten opens none. A scenario of two new Wezo employees opens one case each.
expect_status 1 cli scenario adopt Convenanten
expect_eq "$cases_before" "$(cli list transfers | wc -l)" "a failed adoption opens no case"
for nr in N1 N2; do
  cli employee add --personnel-number $nr --first-name Anna --last-name $nr --birth-date 01-01-1975 \
    --home-municipality Berkelwolde --category matig --hours 32 --employer Wezo --start 01-01-2010 >/dev/null
done
expect_status 0 cli scenario add Nieuw
expect_eq "1 employee assigned" "$(cli scenario assign Nieuw stichting --employee N1)" "one by one"
expect_status 0 cli scenario assign Nieuw begeleid_werken --employee N2
expect_match "adopted: 2 transfer cases opened" "$(cli scenario adopt Nieuw --planned 01-01-2027)" "adopt"
expect_eq "$((cases_before + 2))" "$(cli list transfers | wc -l)" "one case per assignment"
expect_eq "foundation other" "$(cli list transfers --json | json '" ".join(c["destination"] for c in d if c["personnel_number"] in ("N1", "N2"))')" \
  "foundation to the foundation, supported employment to other"
expect_status 1 cli scenario adopt Nieuw
expect_status 1 cli scenario assign Nieuw foundation --employee N1

finish

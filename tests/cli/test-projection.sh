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

finish

#!/bin/bash
# overstap-cli demo, report se, report covenants, parameter set/list.
. "$(dirname "$0")/lib.sh"
export OVERSTAP_TODAY=2025-06-15

expect_status 2 cli demo --employees 5                  # below the minimum: usage
expect_status 0 cli demo --employees 120 --seed 5       # creates the database itself
expect_status 1 cli demo --employees 120 --seed 5       # refuses a database with employees
expect_eq "120" "$(sqlite3 "$DB" 'select count(*) from employee')" "demo employees"
expect_eq "1" "$(sqlite3 "$DB" "select count(*) from audit_log where action = 'demo'")" "one audit row"

keys=$(cli report se --year 2024 --json | json 'list(d.keys())')
expect_eq "['year', 'total', 'by_employer', 'by_home_municipality', 'by_placement_type', 'by_covenant', 'by_work_organisation']" "$keys" "report se JSON keys"
keys=$(cli report se --year 2024 --month 2 --json | json 'list(d.keys())')
expect_eq "['year', 'month', 'total', 'by_employer', 'by_home_municipality', 'by_placement_type', 'by_covenant', 'by_work_organisation']" "$keys" "monthly JSON keys"
expect_eq "True" "$(cli report se --year 2024 --json | json 'all(abs(sum(d[k].values()) - d["total"]) < 1e-6 for k in ("by_employer", "by_home_municipality", "by_placement_type"))')" "breakdowns add up"
expect_eq "True" "$(cli report se --year 2024 --json | json 'd["total"] > 50 and "Berkelwolde" in d["by_home_municipality"] and "none" in d["by_placement_type"]')" "plausible demo SE"
out=$(cli report se --year 2024)
expect_match '^Total +[0-9]+\.[0-9]{2}$' "$(echo "$out" | grep Total)" "C locale: a decimal point, no grouping"
expect_match 'group secondment' "$out" "placement types by name"
# Under a Dutch locale every figure is Dutch: a dot between thousands, a decimal comma, once each
# (the old "Totaal 92.,39" and "12.1,9%" printed the locale's comma and then grouped it as a digit).
if locale -a 2>/dev/null | grep -qi '^nl_NL\.utf8$' && [ -f "$OVERSTAP_LOCALEDIR/nl/LC_MESSAGES/overstap.mo" ]; then
  nl=$(LC_ALL=nl_NL.UTF-8 LANGUAGE=nl cli report se --year 2015)
  expect_match '^Totaal +[0-9]{1,3}(\.[0-9]{3})*,[0-9]{2}$' "$(echo "$nl" | grep '^Totaal')" "Dutch total"
  expect_eq "" "$(echo "$nl" | grep -E '[0-9]\.,|,[0-9]*[.,][0-9]' || true)" "no mixed separators in the SE report"
  expect_match 'groepsdetachering' "$nl" "placement kinds by their Dutch label"
  nl=$(LC_ALL=nl_NL.UTF-8 LANGUAGE=nl cli report covenants --year 2015)
  expect_eq "" "$(echo "$nl" | grep -E '[0-9]\.,|,[0-9]*[.,][0-9]' || true)" "no mixed separators in the covenant report"
  expect_match '[0-9]+\.[0-9]{3},[0-9]{2}' "$nl" "money with a thousands dot and a decimal comma"
  expect_match '[0-9]+,[0-9]%' "$nl" "a share as 126,5%"
fi

expect_status 2 cli report se                           # no year
expect_status 1 cli report se --year 2024 --month 13
expect_status 2 cli report frobnicate
expect_status 0 cli user add tl --role teamleider
expect_status 1 cli --user tl report se --year 2024     # teamleider: no SE reports
expect_status 0 cli --user hr report se --year 2024     # the demo's hr user may

n=$(cli report covenants --year 2024 --json | json 'len(d["covenants"])')
expect_eq "2" "$n" "two covenants"
expect_eq "True" "$(cli report covenants --year 2024 --json | json 'all(c["se"] > 0 and c["spend_cents"] > 0 and c["budget_cents"] > 0 and c["target_se"] > 0 for c in d["covenants"])')" "covenant figures"
expect_match 'Convenant Wezo 2015' "$(cli report covenants --year 2024)" "covenant table"
expect_status 2 cli report covenants

before_2023=$(cli report se --year 2023 --json | json 'd["total"]')
before_2024=$(cli report se --year 2024 --json | json 'd["total"]')
expect_status 2 cli parameter set fulltime_hours 38      # no --from
expect_status 1 cli parameter set fulltime 38 --from 01-01-2024
expect_status 1 cli --user hr parameter set fulltime_hours 38 --from 01-01-2024
expect_status 0 cli parameter set fulltime_hours 38 --from 01-01-2024
expect_eq "2280.0" "$(cli parameter list --json | json '[r["value"] for r in d if r["name"] == "fulltime_minutes"][-1]')" "hours stored as minutes"
expect_eq "2023-12-31" "$(cli parameter list --json | json '[r["valid_to"] for r in d if r["name"] == "fulltime_minutes"][0]')" "the old value ends the day before"
expect_eq "$before_2023" "$(cli report se --year 2023 --json | json 'd["total"]')" "an earlier year is not rewritten"
expect_eq "True" "$(cli report se --year 2024 --json | json "abs(d['total'] - $before_2024 * 36 / 38) < 1e-6")" "2024 at 38 hours"
expect_status 0 cli parameter set se_weight_ernstig 1,25 --from 1-1-2025
expect_match 'SE weight, severe indication +01-01-2025 ' "$(cli parameter list)" "parameter list shows the label and the dates"
if locale -a 2>/dev/null | grep -qi '^nl_NL\.utf8$' && [ -f "$OVERSTAP_LOCALEDIR/nl/LC_MESSAGES/overstap.mo" ]; then
  nl=$(LC_ALL=nl_NL.UTF-8 LANGUAGE=nl cli parameter list)
  expect_match '2\.280' "$nl" "a parameter's value with a thousands dot"
  expect_match '1,25' "$nl" "a parameter's decimal with a comma"
fi
finish

#!/bin/bash
# The monitor as the council's dashboard through overstap-cli on the demo data: each figure carries its
# value, last year's value and a note naming the cause; a snapshot is what next year compares with; the
# council report is an A4 PDF, readable by its owner only, that pdftoppm renders with the charts in it.
. "$(dirname "$0")/lib.sh"
export OVERSTAP_TODAY=2026-06-15

cli demo >/dev/null
m=$(cli monitor --json)
expect_eq "2026 2026-06-15" "$(echo "$m" | json 'str(d["year"])+" "+d["as_of"]')" "this year, as of today"
expect_eq "employees se grant cost_per_se outflow age_profile seconded_share sickness_rate new_sheltered transfers covenants reindications milestones" \
  "$(echo "$m" | json '" ".join(f["key"] for f in d["figures"])')" "the figures"
expect_eq "True" "$(echo "$m" | json 'all("value" in f and "last_year" in f and "change" in f and f["note"] for f in d["figures"])')" \
  "each figure has its value, last year's value, the change and a note"
# The note of the SE names the cause, and the counts add up to the change in employees.
expect_match "^[−+±][0-9.]+ SE: [0-9]+ employees reached the AOW age" \
  "$(echo "$m" | json '[f["note"] for f in d["figures"] if f["key"] == "se"][0]')" "the SE's note names the cause"
expect_eq "True" "$(echo "$m" | json '(lambda f: f["change"] == f["value"] - f["last_year"])([f for f in d["figures"] if f["key"] == "employees"][0])')" \
  "change = value - last year"
expect_eq "2015 2026" "$(echo "$m" | json '(lambda c: c["labels"][0]+" "+c["labels"][-1])([f for f in d["figures"] if f["key"] == "outflow"][0]["chart"])')" \
  "outflow per year since the intake stop"
expect_match "Wsw employees" "$(cli monitor)" "the table"
expect_eq "2025 2025-12-31" "$(cli monitor --year 2025 --json | json 'str(d["year"])+" "+d["as_of"]')" "a past year stands on 31 December"
expect_status 1 cli monitor --year 2030

# Sickness is health data: a role without it does not get the figure (hr and the kwartiermaker do).
cli user add piet --role teamleider >/dev/null
expect_status 1 "$CLI" --db "$DB" --user piet monitor --json
cli user add hanna --role hr >/dev/null
expect_eq "True" "$("$CLI" --db "$DB" --user hanna monitor --json | json 'any(f["key"] == "sickness_rate" for f in d["figures"])')" \
  "hr sees the sickness rate"

# The snapshot of 2026 is what 2027 compares with.
expect_status 1 "$CLI" --db "$DB" --user hanna monitor --snapshot
expect_status 0 cli monitor --snapshot
se2026=$(echo "$m" | json '[f["value"] for f in d["figures"] if f["key"] == "se"][0]')
next=$(OVERSTAP_TODAY=2027-06-15 cli monitor --json)
expect_eq "snapshot $se2026" "$(echo "$next" | json '(lambda f: f["last_year_source"]+" "+str(f["last_year"]))([f for f in d["figures"] if f["key"] == "se"][0])')" \
  "last year's SE is the one kept in the snapshot"

# The council report.
expect_match "written to" "$(cli monitor --pdf "$TMP/raad.pdf")" "the report is written"
expect_eq "600" "$(stat -c %a "$TMP/raad.pdf")" "readable by its owner only"
expect_match "A4" "$(pdfinfo "$TMP/raad.pdf" | grep 'Page size')" "A4 pages"
pdftoppm -r 40 -gray "$TMP/raad.pdf" "$TMP/page"
ink=$(/usr/bin/python3 - "$TMP"/page-*.pgm <<'PY'
import sys
# P5 PGM: count dark pixels in the upper and lower halves of each page; the charts are bars of colour.
out = []
for path in sys.argv[1:]:
    data = open(path, "rb").read()
    parts = data.split(maxsplit=4)
    w, h = int(parts[1]), int(parts[2])
    pixels = parts[4][-w * h:]
    dark = sum(1 for p in pixels if p < 200)
    out.append(dark)
print(" ".join(str(x) for x in out))
PY
)
expect_eq "True" "$(/usr/bin/python3 -c "d=[int(x) for x in '$ink'.split()]; print(len(d) >= 2 and d[-1] > 2000)")" \
  "the last page has ink where the charts are ($ink dark pixels per page)"
expect_status 1 cli monitor --pdf /nonexistent/dir/raad.pdf


# Under a Dutch locale each count in the notes on who left has its own plural: "1 bereikte", "4 bereikten".
agrees() {   # agrees NOTE: every "N bereikte(n)" and "N ging(en)" in NOTE agrees with N
  /usr/bin/python3 -c '
import re, sys
note = sys.argv[1]
pairs = re.findall(r"(\d+) (?:medewerkers? )?(bereikten?|gingen?) ", note)
ok = len(pairs) == 2 and all((n == "1") == (v in ("bereikte", "ging")) for n, v in pairs)
print("agrees" if ok else "does not agree: " + note)' "$1"
}
if locale -a 2>/dev/null | grep -qi '^nl_NL\.utf8$' && [ -f "$OVERSTAP_LOCALEDIR/nl/LC_MESSAGES/overstap.mo" ]; then
  for day in 2026-06-15 2026-12-04; do
    nl=$(OVERSTAP_TODAY=$day LC_ALL=nl_NL.UTF-8 LANGUAGE=nl cli monitor --json)
    for key in employees se; do
      expect_eq "agrees" "$(agrees "$(echo "$nl" | json "[f['note'] for f in d['figures'] if f['key'] == '$key'][0]")")" \
        "the $key note's verbs agree with their counts on $day"
    done
  done
  expect_match "^−7 medewerkers in het afgelopen jaar: 1 bereikte de AOW-leeftijd, 6 gingen" \
    "$(OVERSTAP_TODAY=2026-12-04 LC_ALL=nl_NL.UTF-8 LANGUAGE=nl cli monitor --json | json "[f['note'] for f in d['figures'] if f['key'] == 'employees'][0]")" \
    "one who reached the AOW age, six who left otherwise"
fi
finish

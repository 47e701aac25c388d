#!/bin/bash
# overstap-cli import employees / export employees: exit statuses 0/1/2/3, JSON shape, round trip.
. "$(dirname "$0")/lib.sh"
DATA="${OVERSTAP_SOURCE_DIR:?}/tests/data/import"
export OVERSTAP_TODAY=2025-03-01

expect_status 0 cli init
expect_status 2 cli import employees                                   # no file
expect_status 2 cli import employees a.csv b.csv
expect_status 2 cli import employees "$DATA/employees-utf8-bom.csv" --bogus
expect_status 2 cli import people "$DATA/employees-utf8-bom.csv"
expect_status 1 cli import employees "$TMP/does-not-exist.csv"
expect_status 1 cli import employees "$DATA/employees-missing-columns.csv"
err=$(cli import employees "$DATA/employees-missing-columns.csv" 2>&1 >/dev/null)
expect_match "geboortedatum" "$err" "missing column named"
expect_match "werkgever" "$err" "every missing column named"
expect_eq 1 "$(printf '%s\n' "$err" | wc -l)" "a file-level error is one line on stderr"

# A dry run writes nothing but answers with the status the import would have.
expect_status 0 cli import employees --dry-run "$DATA/employees-utf8-bom.csv"
expect_eq 0 "$(sqlite3 "$DB" 'select count(*) from employee')" "dry run writes nothing"
expect_eq 5 "$(cli import employees --dry-run --json "$DATA/employees-utf8-bom.csv" | json 'd["imported"]')" \
  "dry run reports what it would import"

expect_status 0 cli import employees "$DATA/employees-utf8-bom.csv"
expect_eq 5 "$(sqlite3 "$DB" 'select count(*) from employee')" "all rows imported"
expect_eq "Zoë" "$(sqlite3 "$DB" "select first_name from employee where personnel_number = 'W1002'")" "diacritics kept"
expect_status 0 cli import employees "$DATA/employees-windows-1252.csv"
expect_eq "Françoise" "$(sqlite3 "$DB" "select first_name from employee where personnel_number = 'L3004'")" \
  "Windows-1252 converted"

# --strict with rejections: nothing written, exit 1.
expect_status 1 cli import employees --strict "$DATA/employees-rejections.csv"
expect_eq 0 "$(sqlite3 "$DB" "select count(*) from employee where personnel_number like 'R%'")" "strict writes nothing"

# Some rows rejected: exit 3, the rest imported; JSON shape.
out=$(cli import employees --json "$DATA/employees-rejections.csv"); status=$?
expect_eq 3 "$status" "partial import exits 3"
expect_eq 2 "$(echo "$out" | json 'd["imported"]')" "imported count"
expect_eq 0 "$(echo "$out" | json 'd["updated"]')" "updated count"
expect_eq 14 "$(echo "$out" | json 'len(d["rejected"])')" "one rejection per bad row"
expect_eq "['opmerking']" "$(echo "$out" | json 'd["ignored_columns"]')" "ignored columns"
expect_eq "5 bsn 123456789 invalid_bsn" \
  "$(echo "$out" | json '" ".join(str(r[k]) for r in d["rejected"] if r["column"] == "bsn" for k in ("line", "column", "value", "reason"))')" \
  "rejection line, column, value, reason"
expect_eq "['line', 'column', 'value', 'reason']" \
  "$(echo "$out" | json '[k for k in d["rejected"][0] if k in ("line", "column", "value", "reason")]')" "rejection keys"
expect_eq "int" "$(echo "$out" | json 'type(d["rejected"][0]["line"]).__name__')" "line is a number"
expect_eq "required invalid_date invalid_bsn out_of_range out_of_range not_eligible invalid_category unknown_organisation invalid_number duplicate duplicate invalid_date invalid_number required" \
  "$(echo "$out" | json '" ".join(r["reason"] for r in d["rejected"])')" "every reason code"

# Human output: one line per rejection, naming line and column.
human=$(cli import employees --dry-run "$DATA/employees-rejections.csv")
expect_match "line 5, column bsn: 123456789 does not pass the elfproef" "$human" "English rejection line"
if locale -a 2>/dev/null | grep -qi '^nl_NL\.utf8$' && [ -f "$OVERSTAP_LOCALEDIR/nl/LC_MESSAGES/overstap.mo" ] &&
   grep -q "regel %u, kolom %s" "${OVERSTAP_SOURCE_DIR}/po/nl.po"; then
  nl=$(LC_ALL=nl_NL.UTF-8 LANGUAGE=nl cli import employees --dry-run "$DATA/employees-rejections.csv")
  expect_match "regel 5, kolom bsn: 123456789 voldoet niet aan de elfproef" "$nl" "Dutch rejection line"
fi

# Every row rejected: exit 1, nothing written.
printf 'personeelsnummer;voornaam;achternaam;geboortedatum;woongemeente;arbeidshandicap;contracturen;werkgever;in_dienst_sinds\nX1;Ed;Smit;01-01-1960;Deventer;licht;32;Wezo;01-01-1990\n' > "$TMP/bad.csv"
expect_status 1 cli import employees "$TMP/bad.csv"

# --update changes an existing employee and counts it as updated.
{ head -1 "$DATA/employees-utf8-bom.csv"; printf 'W1001;Jan;de;Vries;14-03-1968;908301662;Deventer;Zutphen;matig;31-12-2026;28;4;8;Wezo;01-09-1992\r\n'; } > "$TMP/update.csv"
expect_status 1 cli import employees "$TMP/update.csv"        # duplicate without --update
out=$(cli import employees --update --json "$TMP/update.csv"); status=$?
expect_eq 0 "$status" "update exits 0"
expect_eq 1 "$(echo "$out" | json 'd["updated"]')" "counted as updated"
expect_eq 1680 "$(sqlite3 "$DB" "select contract_minutes from employee where personnel_number = 'W1001'")" "hours updated"

# Only roles that edit employees may import; the audit log has one row per import.
expect_status 0 cli user add ploegbaas --role teamleider
expect_status 1 cli --user ploegbaas import employees "$DATA/employees-comma-lf.csv"
expect_eq 4 "$(sqlite3 "$DB" "select count(*) from audit_log where action = 'import' and entity = 'employee'")" \
  "one audit row per import that wrote something"

# Export: CSV to a file and to stdout, XLSX, usage errors, round trip into a fresh database.
expect_status 0 cli export employees -o "$TMP/out.csv"
expect_eq "efbbbf" "$(head -c 3 "$TMP/out.csv" | od -An -tx1 | tr -d ' \n')" "CSV starts with a BOM"
expect_match $'^\xef\xbb\xbfpersoneelsnummer;voornaam;tussenvoegsel;achternaam;geboortedatum;bsn;' \
  "$(head -1 "$TMP/out.csv")" "CSV header"
expect_eq "$(wc -l < "$TMP/out.csv")" "$(grep -c $'\r$' "$TMP/out.csv")" "CRLF line ends"
expect_eq "$(cat "$TMP/out.csv")" "$(cli export employees)" "stdout gives the same CSV"
expect_match "W1002;Zoë;van den;Berg;02-07-1975;131860914;Bathmen;Deventer;ernstig;;36,5;3;2;Wezo;01-02-2003" \
  "$(cat "$TMP/out.csv")" "dates dd-mm-jjjj and decimal comma"
expect_eq "" "$(cli --user ploegbaas export employees | grep -o '131860914')" "no BSN for a teamleider"
expect_status 0 cli export employees --format xlsx -o "$TMP/out.xlsx"
expect_eq "PK" "$(head -c 2 "$TMP/out.xlsx")" "XLSX is a zip"
expect_status 0 cli export employees -o "$TMP/auto.xlsx"
expect_eq "PK" "$(head -c 2 "$TMP/auto.xlsx")" "format from the .xlsx name"
expect_status 2 cli export employees --format pdf
expect_status 2 cli export employees extra
expect_status 1 cli export employees -o "$TMP/no/such/dir/out.csv"

DB2=$(new_db fresh)
expect_status 0 "$CLI" --db "$DB2" init
expect_status 0 "$CLI" --db "$DB2" import employees "$TMP/out.csv"
expect_eq "$(cli export employees)" "$("$CLI" --db "$DB2" export employees)" "round trip gives the same employees"

# dienstverband: the export names nieuw beschut employees, who have no indication, and the import
# takes them back without one.
expect_match ";in_dienst_sinds;dienstverband"$'\r'"$" "$(head -1 "$TMP/out.csv")" "dienstverband is the last column"
expect_status 0 cli employee add --personnel-number N9001 --first-name Noor --last-name Kamphuis \
  --birth-date 12-04-1998 --home-municipality Deventer --hours 24 --employer Wezo --start 01-09-2016 \
  --type new_sheltered
cli export employees -o "$TMP/both.csv"
expect_match "N9001;Noor;;Kamphuis;12-04-1998;;;Deventer;;;24;;;Wezo;01-09-2016;nieuw beschut" \
  "$(cat "$TMP/both.csv")" "nieuw beschut exported without an indication"
DB3=$(new_db both)
expect_status 0 "$CLI" --db "$DB3" init
expect_status 0 "$CLI" --db "$DB3" import employees "$TMP/both.csv"
expect_eq "$(cat "$TMP/both.csv")" "$("$CLI" --db "$DB3" export employees)" "round trip with nieuw beschut: same bytes"
expect_eq new_sheltered "$(sqlite3 "$DB3" "select employment_type from employee where personnel_number = 'N9001'")" \
  "imported as nieuw beschut"
printf 'personeelsnummer;voornaam;achternaam;geboortedatum;woongemeente;arbeidshandicap;contracturen;werkgever;in_dienst_sinds;dienstverband\nZ1;Ed;Smit;01-01-1990;Deventer;;32;Wezo;01-01-2016;zzp\n' > "$TMP/type.csv"
out=$(cli import employees --json "$TMP/type.csv"); status=$?
expect_eq 1 "$status" "an unknown dienstverband rejects the row"
expect_eq "dienstverband zzp invalid_value" \
  "$(echo "$out" | json '" ".join(str(d["rejected"][0][k]) for k in ("column", "value", "reason"))')" \
  "rejection names dienstverband"
finish

#!/bin/bash
# The bridge modules (core/modules/): overstap-cli does not link libpq, cairo, pango, libsoup or
# libxlsxwriter, yet the commands that need them work; without their module they fail with an error
# that names the module, and write nothing.
. "$(dirname "$0")/lib.sh"
export OVERSTAP_TODAY=2026-12-04

needed=$(readelf -d "$CLI" | grep NEEDED)
for lib in libpq libcairo libpango libsoup libxlsxwriter; do
  expect_eq "" "$(echo "$needed" | grep "$lib")" "overstap-cli does not link $lib"
done

expect_status 0 cli init
expect_status 0 cli demo
expect_status 0 cli export employees --format xlsx -o "$TMP/a.xlsx"
expect_status 0 cli export employees -o "$TMP/a.csv"
count_rows() { /usr/bin/python3 -c 'import openpyxl, sys; print(openpyxl.load_workbook(sys.argv[1]).active.max_row - 1)' "$1"; }
expect_eq "$(($(wc -l < "$TMP/a.csv") - 1))" "$(count_rows "$TMP/a.xlsx")" \
          "the spreadsheet, through its module"
expect_status 0 cli monitor --pdf "$TMP/a.pdf"
expect_match "A4" "$(pdfinfo "$TMP/a.pdf" | grep 'Page size')" "the council report, through its module"

# Without the modules, on a SQLite file (on a server the database module is needed to open it at all).
SQ="$TMP/local.db"
"$CLI" --db "$SQ" init >/dev/null && "$CLI" --db "$SQ" demo >/dev/null
mkdir "$TMP/none"
export OVERSTAP_MODULE_DIR="$TMP/none"
out=$("$CLI" --db "$SQ" export employees --format xlsx -o "$TMP/b.xlsx" 2>&1)
expect_match "module libovs-xlsx.so is missing \(looked in $TMP/none\)" "$out" "the missing module is named"
expect_eq "no" "$([ -e "$TMP/b.xlsx" ] && echo yes || echo no)" "no spreadsheet is started"
out=$("$CLI" --db "$SQ" monitor --pdf "$TMP/b.pdf" 2>&1)
expect_match "module libovs-cairo.so is missing" "$out" "the missing module is named"
expect_eq "no" "$([ -e "$TMP/b.pdf" ] && echo yes || echo no)" "no report is started"
out=$("$CLI" --db "postgresql:///overstap?host=$TMP/none" list employees 2>&1)
expect_match "module libovs-pq.so is missing" "$out" "a server database needs the PostgreSQL module"
# A command that needs none of them does not notice.
expect_status 0 "$CLI" --db "$SQ" list employees
unset OVERSTAP_MODULE_DIR
finish

#!/bin/bash
# The Wsw since the Participatiewet through overstap-cli: the intake stop, ending at the AOW age,
# what a transfer moves, re-indications, UWV's advice, employer agreements and the programme's tracks.
. "$(dirname "$0")/lib.sh"
export OVERSTAP_TODAY=2026-12-01

cli init >/dev/null
cli user add piet --role teamleider >/dev/null
add() { cli employee add --personnel-number "$1" --first-name Anna --last-name "$1" --birth-date "$2" \
          --home-municipality Deventer --category matig --hours 36 --employer Wezo --start "$3" "${@:4}"; }

# Intake stop: a Wsw start in 2015 without Wsw employment on 31-12-2014 is refused; a re-placement is not.
expect_status 1 add N1 01-05-1980 01-03-2015
expect_match "1 January 2015" "$(add N1 01-05-1980 01-03-2015 2>&1)" "the refusal names the intake stop"
expect_status 0 add N1 01-05-1980 01-03-2015 --wsw-since 01-06-2010 --work-organisation Larcom
expect_eq "2010-06-01 Larcom Wezo" "$(cli employee show N1 --json | json 'd["wsw_since"]+" "+d["work_organisation"]+" "+d["employer"]')" \
  "a re-placement keeps its Wsw start; employer and work organisation apart"
expect_status 0 cli employee add --personnel-number B1 --first-name Bo --last-name B1 --birth-date 01-01-1995 \
  --home-municipality Deventer --hours 24 --employer "Stichting Werkbedrijf" --start 01-02-2017 --type new_sheltered
printf 'personeelsnummer;voornaam;achternaam;geboortedatum;woongemeente;arbeidshandicap;contracturen;werkgever;in_dienst_sinds\nI1;Ed;Smit;01-01-1990;Deventer;matig;32;Wezo;01-01-2016\n' > "$TMP/new.csv"
expect_status 1 cli import employees "$TMP/new.csv"
expect_eq "intake_stop" "$(cli import employees "$TMP/new.csv" --json | json 'd["rejected"][0]["reason"]')" \
  "the import's reason code"

# Ending at the AOW age (SVB): born 15-06-1959, AOW on 15-06-2026 (67): past; born 20-03-1960: AOW 20-03-2027.
expect_status 0 add A1 15-06-1959 01-01-1990
expect_status 0 add A2 20-03-1960 01-01-1990
expect_eq "A1 2026-06-14 aow A2 2027-03-19 aow" \
  "$(cli ending --within-months 12 --json | json '" ".join(r["personnel_number"]+" "+r["end_date"]+" "+r["reason"] for r in d)')" \
  "ending within 12 months, by last working day"
expect_eq "A1" "$(cli ending --within-months 1 --json | json '" ".join(r["personnel_number"] for r in d)')" "within 1 month"
expect_match "AOW" "$(cli ending)" "plain list names the reason"
expect_status 1 cli --user piet ending
expect_status 2 cli ending extra
expect_status 0 cli ending --apply
expect_eq "ended 2026-06-14" "$(sqlite3 "$DB" "select status, employment_end from employee where personnel_number = 'A1'" | tr '|' ' ')" \
  "--apply ends the employment the day before the AOW date"
expect_eq "2.0" "$(cli report se --year 2026 --month 8 --json | json 'round(d["total"], 6)')" \
  "August 2026: N1 and A2 full time; A1 counts no SE after the AOW date"

# What a transfer moves.
expect_status 0 add T1 01-01-1970 01-01-2000
expect_status 0 cli transfer open T1 --destination covenant
expect_status 0 cli transfer moves T1 --employer Gemeente
expect_status 1 cli transfer moves T1 --employer Nergens
expect_status 2 cli transfer moves T1
for s in interviewed offered signed; do cli transfer status T1 "$s" >/dev/null; done
for c in $(cli checklist show T1 --json | json '" ".join(i["code"] for i in d)' ); do cli checklist tick T1 "$c" >/dev/null; done
expect_status 0 cli transfer status T1 transferred --date 01-11-2026
expect_eq "Gemeente Wezo" "$(cli employee show T1 --json | json 'd["employer"]+" "+d["work_organisation"]')" \
  "the employment moved to the municipality, the work stays at Wezo"

# Re-indication: request and UWV's decision (hr and kwartiermaker only).
expect_status 0 cli indication add N1 --category matig --date 01-01-2024 --valid-until 01-01-2027
expect_eq "True" "$(cli reindications --within-weeks 52 --json | json 'str([r for r in d if r["personnel_number"] == "N1"][0]["requested_on"] is None)')" \
  "no request yet"
expect_status 0 cli reindication request N1 --date 15-08-2026
expect_status 1 cli --user piet reindication request N1 --date 16-08-2026
expect_status 0 cli reindication decide N1 granted --date 20-11-2026 --category ernstig --valid-until 20-11-2029
expect_eq "granted True" "$(cli reindication list N1 --json | json 'd[0]["decision"]+" "+str(d[0]["timely"])')" \
  "decision recorded; the request was in time"
expect_eq "ernstig" "$(cli employee show N1 --json | json 'd["category"]')" "the granted indication is current"

# Nieuw beschut: UWV's advice and a wage value.
expect_eq "B1 advice,wage_value" "$(cli sheltered-advice check --json | json '" ".join(r["personnel_number"]+" "+",".join(r["missing"]) for r in d)')" \
  "nieuw beschut without advice or wage value is listed"
expect_status 0 cli sheltered-advice add B1 --date 01-12-2016 --valid-until 01-12-2031
expect_status 0 cli wage-value add B1 --date 01-03-2017 --method Dariuz --percentage 40
expect_eq "0" "$(cli sheltered-advice check --json | json 'len(d)')" "complete once both are recorded"
expect_status 1 cli --user piet sheltered-advice check

# Employer agreements, recorded like covenants.
expect_status 0 cli organisation add "Bouwbedrijf Jansen" --kind werkgever
expect_status 0 cli covenant add "Jansen 2025" --kind werkgeversafspraak --party "Bouwbedrijf Jansen" \
  --start 01-01-2025 --price 0 --places-offered 4 --people-placed 2 --social-return 15.000
expect_status 1 cli covenant add "Jansen Wsw" --party "Bouwbedrijf Jansen" --start 01-01-2025 --price 0
expect_status 1 cli covenant add "Eigen" --kind employer_agreement --party Gemeente --start 01-01-2025 --price 0
expect_status 0 cli covenant contact "Jansen 2025" --date 02-02-2025 --subject "Kennismaking" --owner Ria
expect_eq "employer_agreement 4 2 1500000 Kennismaking" \
  "$(cli covenant show 'Jansen 2025' --json | json '" ".join(str(x) for x in [d["kind"], d["places_offered"], d["people_placed"], d["social_return_cents"], d["contact_moments"][0]["subject"]])')" \
  "places, people placed, social return and contact moments"
expect_eq "0" "$(cli report covenants --year 2025 --json | json 'len([r for r in d["covenants"] if r["name"] == "Jansen 2025"])')" \
  "employer agreements are not in the Wsw covenant spend"

# The state grant per SE: who keeps it decides how the price reads.
cli parameter set cents_per_se 2600000 --from 01-01-2015 >/dev/null
expect_status 0 cli covenant add "Wezo blijft" --party Wezo --start 01-01-2015 --price 1000 --grant-holder partij
expect_status 0 cli covered add "Wezo blijft" A2 --start 01-01-2025 --end 31-12-2025
expect_eq "party 2700000.0" \
  "$(cli report covenants --year 2025 --json | json '[r["grant_holder"]+" "+str(round(r["spend_cents"], 2)) for r in d["covenants"] if r["name"] == "Wezo blijft"][0]')" \
  "the party keeps the grant: the grant plus the price"
expect_status 0 cli covenant change "Wezo blijft" --grant-holder gemeente
expect_eq "municipality 100000.0" \
  "$(cli report covenants --year 2025 --json | json '[r["grant_holder"]+" "+str(round(r["spend_cents"], 2)) for r in d["covenants"] if r["name"] == "Wezo blijft"][0]')" \
  "the municipality keeps the grant: the price alone"

# The programme's tracks.
expect_status 0 cli milestone add "Beleidsplan vastgesteld" --due 30-11-2014 --track beleidsplan
expect_status 1 cli milestone add "X" --due 30-11-2014 --track onbekend
expect_eq "policy_plan" "$(cli list milestones --json | json 'd[0]["track"]')" "a milestone's track"

finish

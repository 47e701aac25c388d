"""A teamleider sees the Overzicht without HR figures and cannot edit notes; an unknown user gets a
clear error page. Privacy per role: a teamleider's employee figure counts their own crews only, and
the kwartiermaker reads the access log of health data in the preferences."""
import json
import subprocess

from ovsgui import App, check, cli, demo_db, finish, screenshot, sql

db = demo_db()
cli(db, "user", "add", "tl-test", "--role", "teamleider")
sql(db, "INSERT INTO figure_note (figure, note, updated_at, updated_by) "
        "VALUES ('employees', 'Stabiel bestand.', '2025-03-01T09:00:00Z', 'kwartiermaker')")

app = App(db, user="tl-test")
check(app.find("label", "Stand per", contains=True) is not None, "the teamleider sees the Overzicht")
check(app.find("label", "Stabiel bestand.") is not None, "and reads the kwartiermaker's note")
check(app.find("label", "Notitie van kwartiermaker, 01-03-2025") is not None,
      "with its author and date as dd-mm-jjjj")
check(app.absent("push button", "bewerken", contains=True), "but has no button to edit notes")
card = app.card("Wsw-medewerkers")
check(card is not None, "the teamleider sees the employee figures")
check(not any("ziek" in (n.name or "") for n in app.within(card, "label")),
      "but not who is sick (health data)")
for title in ("Overgang", "Besteding convenanten", "Herindicaties", "Standaardeenheden"):
    check(app.card(title, timeout=2) is None, "the HR figure '%s' is not shown to a teamleider" % title)
for section in ("Plaatsingen", "Overgang", "Convenanten"):
    check(app.absent("list item", section), "the HR section '%s' is not in the sidebar" % section)
check(app.find("label", "tl-test · teamleider") is not None, "the sidebar names the user and role")
screenshot("overzicht-teamleider")
app.quit()

# A demo teamleider's employee figure counts the Wsw members of their own crews in service, not all.
leader = "tl-berkelwolde-centrum"
own = sql(db, "SELECT count(DISTINCT e.id) FROM employee e JOIN crew_membership m ON m.employee_id = e.id "
              "JOIN user_crew uc ON uc.crew_id = m.crew_id JOIN app_user u ON u.id = uc.user_id "
              "WHERE u.name = ? AND e.employment_type = 'wsw' AND e.status <> 'ended' "
              "AND m.start_date <= date('now') AND (m.end_date IS NULL OR m.end_date >= date('now')) "
              "AND e.employment_start <= date('now') "
              "AND (e.employment_end IS NULL OR e.employment_end >= date('now'))", leader)[0][0]
total = sql(db, "SELECT count(*) FROM employee WHERE employment_type = 'wsw' AND status <> 'ended'")[0][0]
app = App(db, user=leader)
card = app.card("Wsw-medewerkers")
values = [n.name for n in app.within(card, "label")] if card is not None else []
check(str(own) in values and own < total,
      "the teamleider's employee figure counts their own crews: %d of %d (%s)" % (own, total, values[:3]))
app.quit()

# The kwartiermaker (the operating-system user who made the demo) reads who saw health data.
number = json.loads(cli(db, "list", "employees", "--json", user="hr"))[0]["personnel_number"]
cli(db, "employee", "show", number, user="hr")
app = App(db)
subprocess.run(["xdotool", "key", "ctrl+comma"], check=True)
check(app.find(None, "Inzagelogboek") is not None, "the preferences have the page Inzagelogboek")
check(app.find("label", "hr · %s" % number, showing=False) is not None, "which names hr and the employee read")
screenshot("inzagelogboek")
app.quit()
app = App(db, user=leader)
subprocess.run(["xdotool", "key", "ctrl+comma"], check=True)
check(app.find("label", "Gebruiker") is not None, "a teamleider opens the preferences too")
check(app.absent(None, "Inzagelogboek"), "but has no access log")
app.quit()

app = App(db, user="onbekend")
check(app.find("label", "Onbekende gebruiker") is not None, "an unknown user gets the page 'Onbekende gebruiker'")
check(app.find("label", "onbekend", contains=True) is not None, "which names the user")
check(app.find("push button", "Voorkeuren openen", contains=True) is not None, "and offers the preferences")
screenshot("onbekende-gebruiker")
app.quit()
finish()

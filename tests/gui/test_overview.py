"""The window opens in Dutch on a demo database; the Overzicht shows the figures and charts; the
kwartiermaker edits a note and it is stored, with an audit row."""
import re

import pyatspi

from ovsgui import App, check, demo_db, finish, screenshot, sql, wait_for

db = demo_db()
employees = sql(db, "SELECT count(*) FROM employee WHERE employment_type = 'wsw' AND status <> 'ended' "
                    "AND (employment_end IS NULL OR employment_end >= date('now')) "
                    "AND employment_start <= date('now')")[0][0]
app = App(db)

frame = app.find("frame", "Overstap")
check(frame is not None, "the window opens, titled Overstap")
as_of = app.find("label", "Stand per", contains=True)
check(as_of is not None and re.fullmatch(r"Stand per \d\d-\d\d-\d{4}", as_of.name),
      "the Overzicht says 'Stand per dd-mm-jjjj' (Dutch)")
check(app.find("list item", "Overzicht") is not None, "the sidebar lists the section Overzicht")

for title in ("Wsw-medewerkers", "Standaardeenheden", "Overgang", "Besteding convenanten",
              "Herindicaties", "Mijlpalen"):
    check(app.card(title) is not None, "the card '%s' is shown" % title)

labels = [n.name for n in app.within(app.card("Wsw-medewerkers"), "label")]
check(str(employees) in labels, "the Wsw employee count matches the database (%d)" % employees)
check(app.find("label", "in dienst, van wie", contains=True) is not None, "the caption is Dutch")
money = app.find("label", "€\u00a0", contains=True)
check(money is not None and re.fullmatch(r"€\u00a0\d{1,3}(\.\d{3})*", money.name),
      "money shows as '€ 12.345' (dot between thousands)")
check(any(re.fullmatch(r"\d+,\d", n.name or "") for n in app.within(app.card("Standaardeenheden"), "label")),
      "standard units show with a decimal comma")

# Each chart describes its numbers, with their unit, to screen readers.
for chart, unit in (("Standaardeenheden per maand", "SE"), ("Overgangsdossiers per status", "dossiers"),
                    ("Wsw-medewerkers per werkgever", "medewerkers")):
    node = app.find("image", chart)
    check(node is not None and node.description.startswith("%s (%s): " % (chart, unit)),
          "the chart '%s' describes its numbers in %s to screen readers" % (chart, unit))
months = app.find("image", "Standaardeenheden per maand")
check(months is not None and "mrt" in months.description and "okt" in months.description,
      "the SE chart names the months in Dutch")
screenshot("overzicht")

# The kwartiermaker writes a note of interpretation.
note = "Ziekteverzuim bij Wezo stijgt; gesprek met de bedrijfsarts gepland."
edit = app.find("push button", "Notitie bij ‘Wsw-medewerkers’ bewerken")
check(edit is not None, "the kwartiermaker has an edit button on each note")
app.click(edit)
field = wait_for(lambda: [n for n in app.find_all("text", "Notitie bij ‘Wsw-medewerkers’")
                          if n.getState().contains(pyatspi.STATE_FOCUSED)])
check(field is not None, "clicking it opens the note's editor, with the focus in it")
field = field[0]
app.type_into(field, note)
check(wait_for(lambda: field.queryText().getText(0, -1) == note) is not None, "the note is typed in")
screenshot("overzicht-notitie-bewerken")
app.click(app.find("push button", "Notitie bij ‘Wsw-medewerkers’ opslaan", contains=True))
check(wait_for(lambda: sql(db, "SELECT note FROM figure_note WHERE figure = 'employees'")) is not None,
      "saving reaches the database")
check(app.find("label", note) is not None, "the saved note shows on the card")
check(app.find("label", "Notitie van ", contains=True) is not None, "the card says whose note it is")
check(sql(db, "SELECT note FROM figure_note WHERE figure = 'employees'") == [(note,)],
      "the note is stored in figure_note")
check(sql(db, "SELECT count(*) FROM audit_log WHERE entity = 'figure_note' AND action = 'insert'")[0][0] == 1,
      "storing the note wrote an audit row")
screenshot("overzicht-notitie")
app.quit()
finish()

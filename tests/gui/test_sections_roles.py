"""Convenanten and Mijlpalen in Dutch on the demo data, as hr (the year's SE and spend, the timeline
described in words; no status changes), as a kwartiermaker (who may change a milestone's status) and as
a teamleider (no Plaatsingen, Overgang or Convenanten; their own crew's members, which they may add to)."""
import datetime
import os

from ovsgui import App, check, cli, demo_db, finish, screenshot
from sectionsgui import find_on_screen, open_section, sidebar_names

db = demo_db()
year = os.environ.get("OVERSTAP_TODAY", datetime.date.today().isoformat())[:4]

app = App(db, user="hr")
# Convenanten: SE and spend this year against target and budget.
check(open_section(app, "Convenanten"), "hr opens Convenanten")
check(find_on_screen(app, "label", "SE in %s:" % year, contains=True) is not None, "the covenant's SE this year shows")
check(find_on_screen(app, "label", "Verwachte besteding in %s:" % year, contains=True) is not None, "and its spend")
check(find_on_screen(app, "label", "per SE", within="Convenanten", contains=True) is not None,
      "prices read '€ … per SE'")
screenshot("sectie-convenanten")

# Mijlpalen: the timeline is an image with a description in words.
check(open_section(app, "Mijlpalen"), "hr opens Mijlpalen")
timeline = find_on_screen(app, "image", "Tijdlijn van de mijlpalen")
# It spans the programme's milestones (from 2013) and today, so that today is on it.
check(timeline is not None and ("Tijdlijn van 2013 tot en met %s" % year) in (timeline.description or ""),
      "the timeline spans the milestones and today (%s)" % (timeline and timeline.description[:60]))
check(app.absent("push button", "Status wijzigen", contains=True), "hr cannot change a milestone's status")
screenshot("sectie-mijlpalen")
app.quit()

# A kwartiermaker may change a milestone's status.
cli(db, "user", "add", "km-test", "--role", "kwartiermaker")
app = App(db, user="km-test")
check(open_section(app, "Mijlpalen"), "a kwartiermaker opens Mijlpalen")
check(find_on_screen(app, "toggle button", "Status wijzigen", contains=True) is not None
      or find_on_screen(app, "push button", "Status wijzigen", contains=True) is not None,
      "and has the button 'Status wijzigen'")
app.quit()

# A teamleider: no HR sections; their own crew's members, which they may change.
app = App(db, user="tl-berkelwolde-centrum")
names = sidebar_names(app)
for title in ("Plaatsingen", "Overgang", "Convenanten"):
    check(title not in names, "a teamleider has no section %s" % title)
check("Ploegen" in names and "Mijlpalen" in names, "but has Ploegen and Mijlpalen (%s)" % ", ".join(names))
check(open_section(app, "Ploegen"), "the teamleider opens Ploegen")
check(find_on_screen(app, "label", "Groenploeg Berkelwolde-Centrum", within="Ploegen") is not None,
      "and sees their crew")
check(find_on_screen(app, "push button", "Lid toevoegen", contains=True) is not None,
      "with a button to add a member to their own crew")
screenshot("sectie-ploegen-teamleider")
app.quit()
finish()

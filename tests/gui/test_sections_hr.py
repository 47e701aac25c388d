"""The HR and programme sections (Plaatsingen, Ploegen, Overgang, Convenanten, Mijlpalen) in Dutch on
the demo data: what each shows, the placement form's inline validation message (and that nothing was
written), screenshots of each; and a teamleider, who sees no Plaatsingen, Overgang or Convenanten."""
import datetime
import os

from ovsgui import App, check, cli, demo_db, finish, screenshot, wait_for
from sectionsgui import cli_json, click_at, find_on_screen, open_section, sidebar_names

db = demo_db()
year = os.environ.get("OVERSTAP_TODAY", datetime.date.today().isoformat())[:4]
placements_before = len(cli_json(db, "list", "placements"))

app = App(db, user="hr")
names = sidebar_names(app)
for title in ("Plaatsingen", "Ploegen", "Overgang", "Convenanten", "Mijlpalen"):
    check(title in names, "hr has the section %s (%s)" % (title, ", ".join(names)))

# Plaatsingen: kinds in Dutch, money as "€ 23,50", dates as dd-mm-jjjj, a count.
check(open_section(app, "Plaatsingen"), "hr opens Plaatsingen")
check(find_on_screen(app, "label", "beschut werk", within="Plaatsingen") is not None, "a kind reads 'beschut werk'")
check(find_on_screen(app, "label", "groepsdetachering", within="Plaatsingen") is not None,
      "and another 'groepsdetachering'")
rate = find_on_screen(app, "label", "€ ", within="Plaatsingen", contains=True)
check(rate is not None and "," in rate.name, "an hourly rate reads like '€ 23,50' (%s)" % (rate and rate.name))
check(find_on_screen(app, "label", "01-01-2015", within="Plaatsingen") is not None, "dates read dd-mm-jjjj")
check(find_on_screen(app, "label", "plaatsingen", contains=True) is not None, "the count names 'plaatsingen'")
screenshot("sectie-plaatsingen")

# The placement form: more hours than the contract is refused inline, and nothing is written.
new = find_on_screen(app, "push button", "Nieuwe plaatsing", contains=True)
if check(new is not None, "there is a button 'Nieuwe plaatsing…'"):
    app.click(new)
    employee = app.find("text", "Medewerker (personeelsnummer of naam)")
    hours = app.find("text", "Uren per week")
    if check(employee is not None and hours is not None, "the form has the fields Medewerker and Uren per week"):
        app.type_into(employee, "100004")
        app.type_into(hours, "99")
        add = find_on_screen(app, "push button", "Toevoegen", within="Nieuwe plaatsing", contains=True)
        if check(add is not None, "the form has a button Toevoegen"):
            app.click(add)
        message = app.find("label", "contracturen", contains=True)
        check(message is not None, "the core's message about the contract hours shows in the form (%s)"
              % (message and message.name))
        screenshot("plaatsing-te-veel-uren")
        check(len(cli_json(db, "list", "placements")) == placements_before, "and no placement was written")
    cancel = find_on_screen(app, "push button", "Annuleren", within="Nieuwe plaatsing", contains=True)
    if check(cancel is not None, "the form can be cancelled"):
        app.click(cancel)
        check(wait_for(lambda: not [w for w in app.root if w is not None and w.name == "Nieuwe plaatsing"]),
              "and then closes")

# Ploegen: the crews and the selected crew's members with their role.
check(open_section(app, "Ploegen"), "hr opens Ploegen")
check(find_on_screen(app, "label", "Ploegleider:", contains=True) is not None, "the selected crew's details show")
check(find_on_screen(app, "label", "ploegleider", within="Ploegleden") is not None, "a member's role reads 'ploegleider'")
screenshot("sectie-ploegen")

# Overgang: open cases by default, progress as "n van 8".
check(open_section(app, "Overgang"), "hr opens Overgang")
check(find_on_screen(app, "label", " van 8", within="Overgangsdossiers", contains=True) is not None,
      "progress reads 'n van 8'")
first = find_on_screen(app, "label", "kandidaat", within="Overgangsdossiers")
if first is not None:
    click_at(first)
check(find_on_screen(app, "label", "Status:", contains=True) is not None, "a selected case shows its status")
screenshot("sectie-overgang")

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
check(timeline is not None and "Tijdlijn van 2013 tot en met 2016" in (timeline.description or ""),
      "the timeline describes itself (%s)" % (timeline and timeline.description[:60]))
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

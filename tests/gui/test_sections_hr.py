"""Plaatsingen, Ploegen and Overgang in Dutch on the demo data, as hr: what each shows, the placement
form's inline validation message (and that nothing was written), and a screenshot of each.
Convenanten, Mijlpalen and the other roles: test_sections_roles.py."""
from ovsgui import App, check, demo_db, finish, screenshot, wait_for
from sectionsgui import cli_json, click_at, find_on_screen, open_section, sidebar_names

db = demo_db()
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
    employee = find_on_screen(app, "text", "Medewerker (personeelsnummer of naam)")
    hours = find_on_screen(app, "text", "Uren per week")
    if check(employee is not None and hours is not None, "the form has the fields Medewerker and Uren per week"):
        app.type_into(employee, "100004")
        app.type_into(hours, "99")
        add = find_on_screen(app, "push button", "Toevoegen", within="Nieuwe plaatsing", contains=True)
        if check(add is not None, "the form has a button Toevoegen"):
            app.click(add)
        message = find_on_screen(app, "label", "uur per week is meer dan", contains=True)
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

app.quit()
finish()

"""Undo for a record just made: in Organisaties the kwartiermaker adds an organisation and takes it
back with the toast's "Ongedaan maken" (overstap-cli no longer lists it); a second one, changed
meanwhile by someone else (overstap-cli organisation end), is kept, and the toast says why.
The same in Roosters for an absence recorded in a member's shift editor (ended meanwhile by
overstap-cli roster absence end). Any GTK critical stops the app.

Run through tests/gui/run.sh (Xvfb, session bus, Dutch locale); see tests/gui/ovsgui.py.
"""
import json
import os

# Today is Friday 20 November 2026 for the demo data, the CLI and the app alike.
os.environ["OVERSTAP_TODAY"] = "2026-11-20"

import pyatspi  # noqa: E402

from ovsgui import App, check, cli, demo_db, finish, screenshot, wait_for  # noqa: E402
from sectionsgui import cli_json, find_on_screen, open_section  # noqa: E402

db = demo_db("undo.db", employees=20)


def names():
    return [o["name"] for o in json.loads(cli(db, "list", "organisations", "--json"))]


def form(title):
    return wait_for(lambda: [w for w in app.root if w is not None and w.name == title][0])


def add_organisation(name):
    new = find_on_screen(app, "push button", "Nieuwe organisatie", contains=True)
    if not check(new is not None, "Organisaties has a button 'Nieuwe organisatie'"):
        return False
    app.click(new)
    window = form("Nieuwe organisatie")
    if not check(window is not None, "the form opens"):
        return False
    app.type_into(wait_for(lambda: pyatspi.findDescendant(
        window, lambda n: n.getRoleName() == "text" and n.name == "Naam")), name)
    app.click(wait_for(lambda: pyatspi.findDescendant(
        window, lambda n: n.getRoleName() == "push button" and "Toevoegen" in (n.name or ""))))
    return check(bool(wait_for(lambda: not [w for w in app.root if w is not None and w.name == "Nieuwe organisatie"])),
                 "the form closes")


def press_undo():
    undo = find_on_screen(app, "push button", "Ongedaan maken", contains=True)
    if check(undo is not None, "the toast has a button 'Ongedaan maken'"):
        app.click(undo)
    return undo is not None


def absences(number):
    return cli_json(db, "roster", "absence", "list", "--employee", number)


def day_cell(name):
    """The week grid's cell of @name for today (Friday 20-11), whatever it shows."""
    prefix = "%s, vrijdag 20-11: " % name
    return find_on_screen(app, "push button", prefix, within="Weekrooster", contains=True)


def record_absence(name):
    """Opens @name's shift editor on today's cell and records a whole-day absence of the first kind."""
    cell = day_cell(name)
    if not check(cell is not None, "Roosters shows %s's cell for vrijdag 20-11" % name):
        return False
    app.click(cell)
    editor = form(name)
    if not check(editor is not None, "clicking the cell opens the shift editor for %s" % name):
        return False
    app.click(wait_for(lambda: pyatspi.findDescendant(
        editor, lambda n: n.getRoleName() == "push button" and "Afwezigheid vastleggen" in (n.name or ""))))
    return check(bool(wait_for(lambda: not [w for w in app.root if w is not None and w.name == name])),
                 "the shift editor closes")


def roster_absence():
    """Ongedaan maken after an absence from the shift editor: the first one goes, the one someone
    ended meanwhile stays."""
    crew = sorted(c["name"] for c in cli_json(db, "list", "crews"))[0]
    member = [m for m in cli_json(db, "crew", "members", crew) if m["role"] == "member"][0]
    name, number = member["employee_name"], member["personnel_number"]
    if not check(open_section(app, "Roosters"), "the kwartiermaker opens Roosters"):
        return
    if record_absence(name):
        recorded = absences(number)
        check([(a["start_date"], a["end_date"]) for a in recorded] == [("2026-11-20", "2026-11-20")],
              "overstap-cli lists the one-day absence of %s" % number)
        # Behind the organisation's refusal, which stays ten seconds: one toast at a time.
        check(find_on_screen(app, "label", "Afwezigheid vastgelegd") is not None, "a toast says it was recorded")
        check(not day_cell(name).name.endswith("geen dienst"), "the cell shows the absence (%s)" % day_cell(name).name)
        screenshot("ongedaan-maken-afwezigheid")
        if press_undo():
            check(bool(wait_for(lambda: not absences(number))), "after Ongedaan maken overstap-cli lists no absence")
            check(find_on_screen(app, "label", "Ongedaan gemaakt") is not None, "a toast says it was undone")
            check(bool(wait_for(lambda: day_cell(name) is not None and day_cell(name).name.endswith("geen dienst"))),
                  "and the cell shows no absence (%s)" % (day_cell(name) and day_cell(name).name))
    if record_absence(name):
        recorded = absences(number)
        if check(len(recorded) == 1, "the second absence is recorded"):
            # Someone else ends it (on its own day) before the kwartiermaker presses Ongedaan maken.
            cli(db, "roster", "absence", "end", str(recorded[0]["id"]), "--to", "20-11-2026")
        if press_undo():
            message = find_on_screen(app, "label", "kan niet ongedaan worden gemaakt", contains=True)
            check(message is not None and "gewijzigd" in message.name,
                  "a toast says it was changed and cannot be undone (%s)" % (message.name if message else None))
            screenshot("ongedaan-maken-afwezigheid-geweigerd")
        check(len(absences(number)) == 1, "overstap-cli still lists the changed absence")


app = App(db, env={"G_DEBUG": "fatal-criticals"})
check(open_section(app, "Organisaties"), "the kwartiermaker opens Organisaties")

if add_organisation("Kwekerij Vergissing"):
    check("Kwekerij Vergissing" in names(), "overstap-cli lists the new organisation")
    check(find_on_screen(app, "label", "Organisatie toegevoegd") is not None, "a toast says it was added")
    screenshot("ongedaan-maken-toast")
    if press_undo():
        check(bool(wait_for(lambda: "Kwekerij Vergissing" not in names())),
              "after Ongedaan maken overstap-cli no longer lists it")
        check(find_on_screen(app, "label", "Ongedaan gemaakt") is not None, "a toast says it was undone")
        check(app.absent("label", "Kwekerij Vergissing"), "and the list no longer shows it")

if add_organisation("Kwekerij Blijft"):
    # Someone else ends it before the kwartiermaker presses Ongedaan maken.
    cli(db, "organisation", "end", "Kwekerij Blijft")
    if press_undo():
        message = find_on_screen(app, "label", "kan niet ongedaan worden gemaakt", contains=True)
        check(message is not None, "a toast says why it cannot be undone (%s)" % (message.name if message else None))
        screenshot("ongedaan-maken-geweigerd")
    check("Kwekerij Blijft" in names(), "overstap-cli still lists the changed organisation")

roster_absence()

app.quit()
finish()

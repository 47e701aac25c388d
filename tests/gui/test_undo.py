"""Undo for a record just made: in Organisaties the kwartiermaker adds an organisation and takes it
back with the toast's "Ongedaan maken" (overstap-cli no longer lists it); a second one, changed
meanwhile by someone else (overstap-cli organisation end), is kept, and the toast says why.
Any GTK critical stops the app.

Run through tests/gui/run.sh (Xvfb, session bus, Dutch locale); see tests/gui/ovsgui.py.
"""
import json

import pyatspi

from ovsgui import App, check, cli, demo_db, finish, screenshot, wait_for
from sectionsgui import find_on_screen, open_section

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

app.quit()
finish()

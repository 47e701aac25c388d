"""The employee editor's Wsw sections, as the kwartiermaker on the demo data: a re-indication
request recorded and UWV's decision on it (granted, so the new indication counts), and UWV's advice
on sheltered work for a nieuw beschut employee whose advice has expired. Each is checked with
overstap-cli (--json), which calls the same core functions. Any GTK critical stops the app.

Run through tests/gui/run.sh (Xvfb, session bus, Dutch locale); see tests/gui/ovsgui.py.
"""
import json
import subprocess
import time

import pyatspi

from ovsgui import App, check, cli, demo_db, finish, screenshot, wait_for
from sectionsgui import click_at, find_on_screen, open_section

db = demo_db("employees-wsw.db", employees=20)
TODAY = time.strftime("%Y-%m-%d")
DISPLAY_TODAY = time.strftime("%d-%m-%Y")
IN_THREE_YEARS = time.strftime("%d-%m-") + str(int(time.strftime("%Y")) + 3)


def xdo(*args):
    subprocess.run(["xdotool"] + [str(a) for a in args], check=True)


def cli_json(*args):
    return json.loads(cli(db, *args, "--json"))


def form(title):
    return wait_for(lambda: [w for w in app.root if w is not None and w.name == title][0])


def gone(title):
    return wait_for(lambda: not [w for w in app.root if w is not None and w.name == title])


def find_in(window, role, name):
    return wait_for(lambda: pyatspi.findDescendant(
        window, lambda n: n.getRoleName() == role and n.name == name))


def choose(window, name, position):
    """Picks item @position of the combo row @name with the keyboard."""
    row = find_in(window, "combo box", name)
    if check(row is not None, "the form has the choice '%s'" % name):
        click_at(row)
        wait_for(lambda: pyatspi.findDescendant(row, lambda n: n.getRoleName() == "list"), timeout=5)
        time.sleep(0.5)
        xdo("key", "Home", *(["Down"] * position), "Return")
        time.sleep(0.5)


def press(window, name):
    button = wait_for(lambda: pyatspi.findDescendant(
        window, lambda n: n.getRoleName() == "push button" and n.name is not None and name in n.name))
    if check(button is not None, "there is a button '%s'" % name):
        app.click(button)


def scroll_to(node, tries=40):
    """Turns the mouse wheel over the employee editor until @node is inside the 800-pixel window."""
    for _ in range(tries):
        e = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
        if e.y >= 60 and e.y + e.height <= 790:
            return True
        xdo("mousemove", 1080, 420, "click", 5 if e.y + e.height > 790 else 4)
    return False


def show_employee(employee):
    search = find_on_screen(app, "text", "Medewerkers zoeken") or find_on_screen(app, "entry", "Medewerkers zoeken")
    if check(search is not None, "Medewerkers has a search field"):
        app.type_into(search, employee["personnel_number"])
    row = find_on_screen(app, "label", employee["display_name"])
    if check(row is not None, "the list shows %s" % employee["display_name"]):
        click_at(row)


def open_form(button_name, title):
    # Below the form the button is scrolled out of sight: find it anyway, then scroll to it.
    # (its accessible name is the tooltip's text followed by the label's.)
    button = app.find("push button", button_name, contains=True, showing=False)
    if not check(button is not None and scroll_to(button), "the editor offers '%s'" % button_name):
        return None
    app.click(button)
    window = form(title)
    check(window is not None, "the form '%s' opens" % title)
    return window


app = App(db, env={"G_DEBUG": "fatal-criticals"})
employees = cli_json("list", "employees")
check(open_section(app, "Medewerkers"), "the kwartiermaker opens Medewerkers")

# --- a re-indication due soon (overstap-cli reindications), requested today, then granted as 'ernstig' ---
due = [r for r in cli_json("reindications") if r.get("requested_on") is None and r["category"] == "matig"]
if not check(len(due) > 0, "the demo has a re-indication to request soon (%s)" % due):
    due = [{"personnel_number": e["personnel_number"]} for e in employees if e["category"] == "matig"]
wsw = [e for e in employees if e["personnel_number"] == due[0]["personnel_number"]][0]
number = wsw["personnel_number"]
check(cli_json("reindication", "list", number) == [], "%s has no re-indication request yet" % number)
show_employee(wsw)
if "deadline" in due[0]:
    deadline = "-".join(reversed(due[0]["deadline"].split("-")))
    check(app.find("label", "Herindicatie uiterlijk aanvragen op " + deadline, showing=False) is not None,
          "the editor says by when to request it (%s)" % deadline)
window = open_form("Een herindicatieaanvraag vastleggen", "Herindicatie aangevraagd")
if window is not None:
    check(find_in(window, "text", "Aangevraagd op (dd-mm-jjjj)") is not None, "it asks for the request date")
    app.type_into(find_in(window, "text", "Notitie (niet verplicht)"), "via het werkgeversportaal")
    screenshot("formulier-herindicatie-aanvraag")
    press(window, "Vastleggen")
    check(bool(gone("Herindicatie aangevraagd")), "the form closes")
requests = cli_json("reindication", "list", number)
check([(r["requested_on"], r["decision"], r["note"]) for r in requests] == [(TODAY, None, "via het werkgeversportaal")],
      "overstap-cli lists the open request (%s)" % requests)
check(find_on_screen(app, "label", "Herindicatieaanvraag vastgelegd") is not None, "a toast says it was recorded")
check(app.find("label", "Wacht op het besluit van UWV", contains=True, showing=False) is not None, "the section shows it awaits UWV")

window = open_form("Het besluit van UWV vastleggen", "Besluit van UWV")
if window is not None:
    choose(window, "Besluit", 0)  # toegekend
    choose(window, "Nieuwe indicatie (bij toekenning)", 1)  # ernstig
    app.type_into(find_in(window, "text", "Nieuwe indicatie geldig tot (niet verplicht)"), IN_THREE_YEARS)
    screenshot("formulier-herindicatie-besluit")
    press(window, "Vastleggen")
    check(bool(gone("Besluit van UWV")), "the form closes")
requests = cli_json("reindication", "list", number)
check([(r["decision"], r["decided_on"]) for r in requests] == [("granted", TODAY)],
      "overstap-cli lists UWV's decision (%s)" % requests)
now = [e for e in cli_json("list", "employees") if e["personnel_number"] == number][0]
check(now["category"] == "ernstig", "the granted re-indication is the current indication (%s)" % now["category"])
check(app.find("label", "toegekend op " + DISPLAY_TODAY, contains=True, showing=False) is not None,
      "the section shows the decision")
check(app.find("label", "Ernstig (huidig)", showing=False) is not None,
      "the editor's indication history shows the new indication as the current one")
screenshot("medewerker-herindicatie")

# --- an advice on sheltered work for a nieuw beschut employee whose advice expired ---
lacking = [r for r in cli_json("sheltered-advice", "check") if "advice" in r["missing"]]
if check(len(lacking) > 0, "the demo has a nieuw beschut employee without an advice in force"):
    target = [e for e in employees if e["personnel_number"] == lacking[0]["personnel_number"]][0]
    show_employee(target)
    window = open_form("Een advies beschut werk vastleggen", "Advies beschut werk")
    if window is not None:
        press(window, "Vastleggen")
        time.sleep(1)
        check(bool([w for w in app.root if w is not None and w.name == "Advies beschut werk"]),
              "an advice without its date is refused; the form stays")
        app.type_into(find_in(window, "text", "Advies gegeven op (dd-mm-jjjj)"), DISPLAY_TODAY)
        app.type_into(find_in(window, "text", "Geldig tot (niet verplicht)"), IN_THREE_YEARS)
        screenshot("formulier-advies-beschut-werk")
        press(window, "Vastleggen")
        check(bool(gone("Advies beschut werk")), "the form closes")
    still = [r for r in cli_json("sheltered-advice", "check")
             if r["personnel_number"] == target["personnel_number"] and "advice" in r["missing"]]
    check(still == [], "overstap-cli no longer misses %s's advice (%s)" % (target["personnel_number"], still))
    check(app.find("label", "Advies van " + DISPLAY_TODAY, showing=False) is not None, "the section lists the advice")
    screenshot("medewerker-advies-beschut-werk")

app.quit()
finish()

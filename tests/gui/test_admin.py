"""The Beheer section as the kwartiermaker on the demo data: a team leader added with a crew (and their
access ended), a
parameter given a value from a date on (first meeting a value someone else saved on that date in
between, then saving over it; and once more, taking their value), and a public holiday made a day off under the CAO. Each change is
checked with overstap-cli (--json), which calls the same core functions. HR sees the section without
its buttons; a team leader does not see it. Screenshots at 1280×800 and 360 pixels wide.

Run through tests/gui/run.sh (Xvfb, session bus, Dutch locale); see tests/gui/ovsgui.py.
"""
import json
import subprocess
import time

import pyatspi

from ovsgui import App, check, cli, demo_db, finish, screenshot, wait_for
from sectionsgui import click_at, find_on_screen, open_section, sidebar_names

db = demo_db("admin.db", employees=20)
YEAR = time.strftime("%Y")


def xdo(*args):
    subprocess.run(["xdotool"] + [str(a) for a in args], check=True)


def cli_json(*args, user=None):
    return json.loads(cli(db, *args, "--json", user=user))


def window(title):
    return wait_for(lambda: [w for w in app.root if w is not None and w.name == title][0])


def gone(title):
    return wait_for(lambda: not [w for w in app.root if w is not None and w.name == title])


def find_in(node, role, name, contains=False):
    return wait_for(lambda: pyatspi.findDescendant(
        node, lambda n: n.getRoleName() == role and n.name is not None and
        (name in n.name if contains else n.name == name)))


def choose(form, name, position):
    """Picks item @position of the combo row @name with the keyboard."""
    row = find_in(form, "combo box", name)
    if check(row is not None, "the form has the choice '%s'" % name):
        click_at(row)
        wait_for(lambda: pyatspi.findDescendant(row, lambda n: n.getRoleName() == "list"), timeout=5)
        time.sleep(0.5)
        xdo("key", "Home", *(["Down"] * position), "Return")
        time.sleep(0.5)


def fill(form, name, text):
    field = find_in(form, "text", name)
    if check(field is not None, "the form has the field '%s'" % name):
        app.type_into(field, text)


def press(node, name):
    button = find_in(node, "push button", name, contains=True)
    if check(button is not None, "there is a button '%s'" % name):
        app.click(button)
    return button is not None


def tab(name):
    """Shows the list @name of the section (the view switcher's button)."""
    button = find_on_screen(app, "page tab", name, timeout=10)
    if check(button is not None, "the section switches to '%s'" % name):
        click_at(button)
        time.sleep(0.6)


app = App(db, env={"G_DEBUG": "fatal-criticals"})
check(open_section(app, "Beheer"), "the kwartiermaker opens Beheer")
screenshot("beheer-gebruikers")

# --- a team leader with a crew ---
crew = cli_json("list", "crews")[0]["name"]
if press(app.root, "Nieuwe gebruiker"):
    form = window("Nieuwe gebruiker")
    if check(form is not None, "'Nieuwe gebruiker' opens a form"):
        press(form, "Toevoegen")
        check(find_in(form, "label", "Vul dit veld in.") is not None, "a user without a name is refused in the form")
        fill(form, "Inlognaam", "tl-wijhe")
        choose(form, "Ploeg (voor een teamleider)", 1)
        screenshot("beheer-nieuwe-gebruiker")
        press(form, "Toevoegen")
        check(gone("Nieuwe gebruiker"), "the form closes")
users = {u["name"]: u for u in cli_json("user", "list")}
check("tl-wijhe" in users, "overstap-cli lists the new user")
if "tl-wijhe" in users:
    check(users["tl-wijhe"]["role"] == "teamleider", "as a team leader")
    check(users["tl-wijhe"]["crews"] == [crew], "with the crew %s (%s)" % (crew, users["tl-wijhe"]["crews"]))

# --- ending access: the new user is the one selected ---
if press(app.root, "Toegang beëindigen"):
    form = window("Toegang beëindigen")
    if check(form is not None, "'Toegang beëindigen' asks first"):
        press(form, "Toegang beëindigen")
        check(gone("Toegang beëindigen"), "the form closes")
ended = {u["name"]: u for u in cli_json("user", "list")}.get("tl-wijhe", {}).get("ended_on")
check(ended == time.strftime("%Y-%m-%d"), "overstap-cli says tl-wijhe's access ended today (%s)" % ended)

# --- a parameter from a date on, meeting a value saved in between ---
tab("Parameters")
screenshot("beheer-parameters")
if press(app.root, "Waarde instellen"):
    form = window("Parameterwaarde")
    if check(form is not None, "'Waarde instellen' opens a form"):
        choose(form, "Parameter", 3)  # the state grant per SE, last in the list
        fill(form, "Vanaf (dd-mm-jjjj)", "01-01-2027")
        fill(form, "Waarde", "abc")
        click_at(find_in(form, "text", "Waarde"))
        xdo("key", "Tab")
        check(find_in(form, "text", "Waarde") is not None and
              find_in(form, "label", "getal", contains=True) is not None, "a value that is no number is named as you leave it")
        fill(form, "Waarde", "450000")
        # Someone else gives the same parameter a value on that date while the form is open.
        cli(db, "parameter", "set", "cents_per_se", "400000", "--from", "01-01-2027")
        press(form, "Opslaan")
        dialog = window("Gewijzigd door iemand anders") or wait_for(
            lambda: [w for w in app.root if w is not None and find_in(w, "label", "400000", contains=True)][0])
        if check(dialog is not None, "the save meets the other value in a conflict dialog"):
            check(find_in(app.root, "label", "400000", contains=True) is not None, "which names their value")
            screenshot("beheer-parameter-conflict")
            press(dialog, "Toch opslaan")
        check(gone("Parameterwaarde"), "saving over it closes the form")
rows = [p for p in cli_json("parameter", "list") if p["name"] == "cents_per_se" and p["valid_from"] == "2027-01-01"]
check(len(rows) == 1 and rows[0]["value"] == 450000, "overstap-cli has the state grant per SE 450000 from 1-1-2027 (%s)" % rows)

# The same again, but this time the form takes their value (Opnieuw laden), which then saves as it is.
if press(app.root, "Waarde instellen"):
    form = window("Parameterwaarde")
    if check(form is not None, "'Waarde instellen' opens the form again"):
        choose(form, "Parameter", 3)
        fill(form, "Vanaf (dd-mm-jjjj)", "01-01-2027")
        fill(form, "Waarde", "460000")
        cli(db, "parameter", "set", "cents_per_se", "470000", "--from", "01-01-2027")
        press(form, "Opslaan")
        dialog = window("Gewijzigd door iemand anders")
        if check(dialog is not None, "a second conflict"):
            press(dialog, "Opnieuw laden")
            time.sleep(0.5)
            screenshot("beheer-parameter-herladen")
            # The refused save's message described the value we had typed; it goes with it.
            check(find_on_screen(app, "label", "intussen opgeslagen", within="Parameterwaarde", contains=True,
                                 timeout=1) is None, "after Opnieuw laden the form no longer shows the conflict message")
            # Saved as it now stands: had the form kept our 460000, that would be stored.
            press(form, "Opslaan")
        check(gone("Parameterwaarde"), "the reloaded value saves")
rows = [p for p in cli_json("parameter", "list") if p["name"] == "cents_per_se" and p["valid_from"] == "2027-01-01"]
check(len(rows) == 1 and rows[0]["value"] == 470000, "reloading put their value in the form: overstap-cli keeps 470000 (%s)" % rows)

# --- a public holiday a day off ---
def liberation_day():
    return [h for h in cli_json("holiday", "list", "--year", YEAR) if h["holiday"] == "liberation_day"][0]


check(not liberation_day()["free"], "Liberation Day is a working day in the demo")
tab("Feestdagen")
if press(app.root, "Vrije dag of werkdag"):
    form = window("Feestdag volgens de cao")
    if check(form is not None, "'Vrije dag of werkdag' opens a form"):
        choose(form, "Feestdag", 5)  # Bevrijdingsdag
        screenshot("beheer-feestdag")
        press(form, "Opslaan")
        check(gone("Feestdag volgens de cao"), "the form closes")
check(liberation_day()["free"], "overstap-cli says Liberation Day %s is a day off" % YEAR)
check(find_on_screen(app, "label", "Vrije dag", timeout=10) is not None, "the list says 'Vrije dag'")
screenshot("beheer-feestdagen")

# --- 360 pixels wide ---
main = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "^Overstap$"],
                      capture_output=True, text=True).stdout.split()
if check(bool(main), "the main window is found"):
    xdo("windowsize", main[0], "360", "800")
    time.sleep(1.5)
    # Folded, the window shows the sidebar first; a click on the section shows its page.
    sidebar = app.find("list", "Onderdelen")
    row = [r for r in sidebar if r is not None and r.name == "Beheer"] if sidebar is not None else []
    if check(bool(row), "the folded sidebar lists Beheer"):
        click_at(row[0])
        time.sleep(1.0)
    screenshot("beheer-smal-feestdagen")
    tab("Gebruikers")
    screenshot("beheer-smal-gebruikers")
    tab("Parameters")
    screenshot("beheer-smal-parameters")
    xdo("windowsize", main[0], "1280", "800")
app.quit()

# --- HR reads, a team leader does not see the section ---
app = App(db, user="hr", env={"G_DEBUG": "fatal-criticals"})
if check(open_section(app, "Beheer"), "HR opens Beheer"):
    check(find_on_screen(app, "label", "tl-wijhe", timeout=10) is not None, "and sees the users")
    check(find_on_screen(app, "push button", "Nieuwe gebruiker", contains=True, timeout=3) is None,
          "but cannot add one")
app.quit()
app = App(db, user="tl-berkelwolde-centrum", env={"G_DEBUG": "fatal-criticals"})
names = wait_for(lambda: sidebar_names(app))
check(bool(names) and "Beheer" not in names, "a team leader's sidebar has no Beheer (%s)" % names)
app.quit()
finish()

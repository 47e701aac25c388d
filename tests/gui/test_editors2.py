"""The second round of window editors, as the kwartiermaker on the demo data: an employee's
qualifications added and ended in the Medewerkers editor (a machine without its name is refused in
the form), and a crew member's role changed from a date in Ploegen. Each change is checked with
overstap-cli (--json), which calls the same core functions. Any GTK critical stops the app.

Run through tests/gui/run.sh (Xvfb, session bus, Dutch locale); see tests/gui/ovsgui.py.
"""
import json
import subprocess
import time

import pyatspi

from ovsgui import App, check, cli, demo_db, finish, screenshot, wait_for
from sectionsgui import click_at, find_on_screen, open_section

db = demo_db("editors2.db", employees=20)
TODAY = time.strftime("%Y-%m-%d")
DISPLAY_TODAY = time.strftime("%d-%m-%Y")


def xdo(*args):
    subprocess.run(["xdotool"] + [str(a) for a in args], check=True)


def cli_json(*args):
    return json.loads(cli(db, *args, "--json"))


def form(title):
    return wait_for(lambda: [w for w in app.root if w is not None and w.name == title][0])


def gone(title):
    return wait_for(lambda: not [w for w in app.root if w is not None and w.name == title])


def find_in(window, role, name, contains=False):
    return wait_for(lambda: pyatspi.findDescendant(
        window, lambda n: n.getRoleName() == role and n.name is not None and
        (name in n.name if contains else n.name == name)))


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
    button = find_in(window, "push button", name, contains=True)
    if check(button is not None, "there is a button '%s'" % name):
        app.click(button)
    return button is not None


def scroll_to(node, tries=30):
    """Turns the mouse wheel over the employee editor until @node is inside the 800-pixel window."""
    for _ in range(tries):
        e = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
        if e.y >= 60 and e.y + e.height <= 790:
            return True
        xdo("mousemove", 1080, 420, "click", 5 if e.y + e.height > 790 else 4)
    return False


def qualifications(number):
    return [(q["kind"], q["detail"], q["valid_until"]) for q in cli_json("qualification", "list", number)]


app = App(db, env={"G_DEBUG": "fatal-criticals"})

# --- Medewerkers: a machine certificate added, then ended ---
someone = cli_json("list", "employees")[0]
number, shown = someone["personnel_number"], someone["display_name"]
before = qualifications(number)
check(open_section(app, "Medewerkers"), "the kwartiermaker opens Medewerkers")
search = find_on_screen(app, "text", "Medewerkers zoeken") or find_on_screen(app, "entry", "Medewerkers zoeken")
if check(search is not None, "Medewerkers has a search field"):
    app.type_into(search, someone["last_name"])
row = find_on_screen(app, "label", shown)
if check(row is not None, "the list shows %s" % shown):
    click_at(row)
add = find_on_screen(app, "push button", "Een kwalificatie toevoegen", contains=True)
if check(add is not None and scroll_to(add), "the editor offers to add a qualification to %s" % shown):
    screenshot("medewerker-kwalificaties")
    app.click(add)
    window = form("Nieuwe kwalificatie")
    if check(window is not None, "the form 'Nieuwe kwalificatie' opens"):
        choose(window, "Soort", 3)  # machinecertificaat
        press(window, "Toevoegen")
        time.sleep(1)
        check(bool([w for w in app.root if w is not None and w.name == "Nieuwe kwalificatie"]),
              "a machine without its name is refused; the form stays")
        screenshot("formulier-kwalificatie-fout")
        check(qualifications(number) == before, "and nothing was written")
        detail = find_in(window, "text", "Machine of toelichting (bij een rijbewijs niet verplicht)")
        if check(detail is not None, "the form has the field for the machine"):
            app.type_into(detail, "bosmaaier")
        screenshot("formulier-kwalificatie")
        press(window, "Toevoegen")
        check(bool(gone("Nieuwe kwalificatie")), "the form closes once the machine is named")
after = qualifications(number)
check(("machine", "bosmaaier", None) in after, "overstap-cli lists the new certificate (%s)" % after)
check(find_on_screen(app, "label", "Kwalificatie toegevoegd") is not None, "a toast says it was added")

end = find_on_screen(app, "push button", "bosmaaier beëindigen", contains=True)
if check(end is not None and scroll_to(end), "the certificate's row has a button to end it"):
    app.click(end)
    window = form("Kwalificatie beëindigen")
    if check(window is not None, "the form 'Kwalificatie beëindigen' opens"):
        date = find_in(window, "text", "Geldig tot (dd-mm-jjjj)")
        check(date is not None, "it asks until when the certificate is valid")
        screenshot("formulier-kwalificatie-beeindigen")
        press(window, "Beëindigen")
        check(bool(gone("Kwalificatie beëindigen")), "the form closes")
after = qualifications(number)
check(("machine", "bosmaaier", TODAY) in after, "overstap-cli shows the certificate valid until today (%s)" % after)

# --- Ploegen: a member becomes stand-in from today ---
crew = cli_json("list", "crews")[0]["name"]
members = [m for m in cli_json("crew", "members", crew) if m["role"] == "member" and m["start_date"] < TODAY]
check(open_section(app, "Ploegen"), "the kwartiermaker opens Ploegen")
if check(len(members) > 0, "crew %s has a member to give another role" % crew):
    member = members[0]
    label = find_on_screen(app, "label", member["personnel_number"], within="Ploegleden")
    if check(label is not None, "the member %s shows in Ploegleden" % member["personnel_number"]):
        click_at(label)
    change = find_on_screen(app, "push button", "Rol wijzigen", contains=True)
    if check(change is not None, "Ploegen has a button 'Rol wijzigen…'"):
        app.click(change)
        window = form("Rol wijzigen")
        if check(window is not None, "the form 'Rol wijzigen' opens"):
            choose(window, "Rol", 2)  # invaller
            screenshot("formulier-rol-wijzigen")
            press(window, "Wijzigen")
            check(bool(gone("Rol wijzigen")), "the form closes")
    history = [m for m in cli_json("crew", "history", crew) if m["employee_id"] == member["employee_id"]]
    roles = sorted((m["role"], m["start_date"], m["end_date"]) for m in history)
    yesterday = time.strftime("%Y-%m-%d", time.localtime(time.time() - 86400))
    check(("member", member["start_date"], yesterday) in roles and ("stand_in", TODAY, member["end_date"]) in roles,
          "the history keeps the old role until yesterday and the new one from today (%s)" % roles)
    check(find_on_screen(app, "label", "Rol gewijzigd") is not None, "a toast says the role changed")
    screenshot("ploeg-rol-gewijzigd")

# --- Overgang: an open case's planned date, and what its transfer moves ---
case = sorted((c for c in cli_json("list", "transfers") if not c["is_closed"]),
              key=lambda c: c["personnel_number"])[0]
case_number = case["personnel_number"]
targets = [o["name"] for o in cli_json("list", "organisations") if not o["ended_on"] and o["kind"] != "hirer"]
check(open_section(app, "Overgang"), "the kwartiermaker opens Overgang")
search = app.find("entry", "Overgangsdossiers zoeken")
if check(search is not None, "the transfer cases have a search field"):
    app.type_into(search, case_number)
case_name = [e["display_name"] for e in cli_json("list", "employees") if e["personnel_number"] == case_number][0]
cell = find_on_screen(app, "label", case_name, within="Overgangsdossiers")
if check(cell is not None, "searching %s shows the case of %s" % (case_number, case_name)):
    click_at(cell)
plan = find_on_screen(app, "push button", "Datum plannen", contains=True)
if check(plan is not None, "the case offers 'Datum plannen…'"):
    app.click(plan)
    window = form("Overgang plannen")
    date = window and find_in(window, "text", "Geplande datum (dd-mm-jjjj)")
    if check(date is not None, "the form 'Overgang plannen' asks for the date"):
        app.type_into(date, "31-02-2027")
        press(window, "Opslaan")
        time.sleep(1)
        check(bool([w for w in app.root if w is not None and w.name == "Overgang plannen"]),
              "a date that does not exist is refused; the form stays")
        app.type_into(date, "01-03-2027")
        screenshot("formulier-overgang-plannen")
        press(window, "Opslaan")
        check(bool(gone("Overgang plannen")), "the form closes")
planned = wait_for(lambda: [c for c in cli_json("list", "transfers")
                            if c["personnel_number"] == case_number and c["planned_date"] == "2027-03-01"], timeout=5)
check(bool(planned), "overstap-cli shows the case planned on 2027-03-01")
moves = find_on_screen(app, "push button", "Wat overgaat", contains=True)
if check(moves is not None, "the case offers 'Wat overgaat…'"):
    app.click(moves)
    window = form("Wat er overgaat")
    if check(window is not None, "the form 'Wat er overgaat' opens"):
        choose(window, "Juridisch werkgever na de overgang", 2 + targets.index("Gemeente"))
        choose(window, "Werkorganisatie na de overgang", 2 + targets.index("Stichting Werkbedrijf"))
        screenshot("formulier-wat-overgaat")
        press(window, "Opslaan")
        check(bool(gone("Wat er overgaat")), "the form closes")
moved = [(c["employer_to"], c["work_organisation_to"]) for c in cli_json("list", "transfers")
         if c["personnel_number"] == case_number]
check(moved == [("Gemeente", "Stichting Werkbedrijf")],
      "overstap-cli shows the employer and the work organisation the transfer moves to (%s)" % moved)
screenshot("overgang-gepland")

# --- Convenanten: an employer agreement with its figures, and a contact moment with the employer ---
partners = [o["name"] for o in cli_json("list", "organisations")
            if not o["ended_on"] and o["kind"] in ("employer", "hirer", "sheltered_company")]
AGREEMENT = "Werkplekken Hoveniersbedrijf Ulenkamp"
check(open_section(app, "Convenanten"), "the kwartiermaker opens Convenanten")
new = find_on_screen(app, "push button", "Nieuwe werkgeversafspraak", contains=True)
if check(new is not None, "Convenanten has a button 'Nieuwe werkgeversafspraak…'"):
    app.click(new)
    window = form("Nieuwe werkgeversafspraak")
    if check(window is not None, "the form 'Nieuwe werkgeversafspraak' opens"):
        app.type_into(find_in(window, "text", "Naam"), AGREEMENT)
        choose(window, "Werkgever", partners.index("Hoveniersbedrijf Ulenkamp"))
        app.type_into(find_in(window, "text", "Aangeboden plaatsen (niet verplicht)"), "4")
        app.type_into(find_in(window, "text", "Geplaatste mensen (niet verplicht)"), "2")
        app.type_into(find_in(window, "text", "Social return in euro (niet verplicht)"), "12.500")
        screenshot("formulier-werkgeversafspraak")
        press(window, "Toevoegen")
        check(bool(gone("Nieuwe werkgeversafspraak")), "the form closes")
stored = [(c["kind"], c["party"], c["places_offered"], c["people_placed"], c["social_return_cents"])
          for c in cli_json("list", "covenants") if c["name"] == AGREEMENT]
check(stored == [("employer_agreement", "Hoveniersbedrijf Ulenkamp", 4, 2, 1250000)],
      "overstap-cli shows the employer agreement with its figures (%s)" % stored)
cell = find_on_screen(app, "label", AGREEMENT)
if check(cell is not None, "the agreement shows in the list"):
    click_at(cell)
contact = find_on_screen(app, "push button", "Contactmoment", contains=True)
if check(contact is not None, "the detail offers 'Contactmoment…'"):
    app.click(contact)
    window = form("Contact met " + AGREEMENT)
    if check(window is not None, "the contact form opens"):
        app.type_into(find_in(window, "text", "Onderwerp"), "Kennismaking op de kwekerij")
        screenshot("formulier-contactmoment")
        press(window, "Toevoegen")
        check(bool(gone("Contact met " + AGREEMENT)), "the form closes")
contacts = [c["contacts"] for c in cli_json("list", "covenants") if c["name"] == AGREEMENT]
check(contacts == [1], "overstap-cli counts one contact moment (%s)" % contacts)

# --- Mijlpalen: a milestone on the employer-services track, shown in the track column ---
check(open_section(app, "Mijlpalen"), "the kwartiermaker opens Mijlpalen")
new = find_on_screen(app, "push button", "Nieuwe mijlpaal", contains=True)
if check(new is not None, "Mijlpalen has a button 'Nieuwe mijlpaal…'"):
    app.click(new)
    window = form("Nieuwe mijlpaal")
    if check(window is not None, "the form 'Nieuwe mijlpaal' opens"):
        app.type_into(find_in(window, "text", "Mijlpaal"), "Tien werkgevers benaderd")
        app.type_into(find_in(window, "text", "Gereed op (dd-mm-jjjj)"), "01-06-2027")
        choose(window, "Spoor", 2)  # werkgeversdienstverlening
        screenshot("formulier-mijlpaal-spoor")
        press(window, "Toevoegen")
        check(bool(gone("Nieuwe mijlpaal")), "the form closes")
tracks = [m["track"] for m in cli_json("list", "milestones") if m["title"] == "Tien werkgevers benaderd"]
check(tracks == ["employer_services"], "overstap-cli shows the milestone's track (%s)" % tracks)
check(app.find("label", "werkgeversdienstverlening", showing=False) is not None,
      "the list's track column (the last; it scrolls sideways) reads 'werkgeversdienstverlening'")
screenshot("mijlpalen-spoor")
app.quit()
finish()

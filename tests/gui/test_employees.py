"""Medewerkers end to end: add an employee through the form, find them with the search entry,
refuse an invalid BSN with the core's message, change and undo through the toast's shortcut, and
check in the database (overstap-cli list employees --json, audit --json) that exactly that happened.

Run through tests/gui/run.sh (Xvfb, session bus, Dutch locale); see tests/gui/ovsgui.py.
"""
import json
import subprocess

import pyatspi

from ovsgui import App, check, cli, demo_db, finish, screenshot, wait_for

NEW = {
    "Personeelsnummer": "T-9001",
    "Voornaam": "Anna",
    "Tussenvoegsel": "van der",
    "Achternaam": "Testmans",
    "Geboortedatum (dd-mm-jjjj)": "14-03-1971",
    "BSN": "111222333",
    "Woonplaats": "Eibergen",
    "Woongemeente": "Berkelwolde",
    "Indicatie geldig tot (dd-mm-jjjj)": "31-12-2026",
    "Contracturen per week": "32,5",
    "Salarisschaal": "4",
    "Trede": "2",
    "In dienst sinds (dd-mm-jjjj)": "01-02-2010",
}
BAD_BSN = "123456789"


def _find_once(root, role, name, contains, prune):
    """Depth first from @root, not descending where @prune says so: the whole window is thousands of
    D-Bus calls (GTK 4.8 marks nothing "showing", so hidden pages cannot be told apart that way)."""
    stack = [root]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        node_role, node_name = node.getRoleName(), node.name or ""
        if node is not root and (role is None or node_role == role) and \
                (name is None or (name in node_name if contains else node_name == name)):
            return node
        if node is not root and prune(node_role, node_name):
            continue
        stack.extend(reversed([node.getChildAtIndex(i) for i in range(node.childCount)]))
    return None


def find(root, role=None, name=None, contains=False, timeout=None, prune=lambda role, name: False):
    """The first node under @root with @role and @name, polling until @timeout."""
    kwargs = {} if timeout is None else {"timeout": timeout}
    return wait_for(lambda: _find_once(root, role, name, contains, prune), **kwargs)


def other_pages(role, name):
    """The other sections' pages, the first-start page: named panels and fillers that are not ours."""
    return role in ("panel", "filler") and name not in ("", "Medewerkers", "OvsEmployeesPage", "AdwLeaflet",
                                                        "GtkStackPage") and not name.startswith("Gtk")


def tables(role, name):
    return role == "tree table"


def xdo(*args):
    subprocess.run(["xdotool"] + [str(a) for a in args], check=True)


def click_at(node):
    """Clicks the middle of @node (Xvfb has no window manager: the window sits at 0,0)."""
    e = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    xdo("mousemove", e.x + e.width // 2, e.y + e.height // 2, "click", 1)


def employees(db):
    return json.loads(cli(db, "list", "employees", "--json"))


def audit(db):
    return json.loads(cli(db, "audit", "--json"))


def by_number(db, number):
    return [e for e in employees(db) if e["personnel_number"] == number]


class Page:
    """The Medewerkers page of a running app; every search starts at the page, not the window."""

    def __init__(self, app):
        self.app = app
        click_at(find(app.root, "list item", "Medewerkers", prune=other_pages))
        self.root = find(app.root, "filler", "OvsEmployeesPage", prune=other_pages)
        self.editor = find(self.root, "filler", "OvsEmployeeEditor", timeout=1, prune=tables)

    def find(self, role=None, name=None, contains=False, timeout=None, in_table=False):
        return find(self.root, role, name, contains, timeout, prune=(lambda r, n: False) if in_table else tables)

    def field(self, name):
        return find(self.editor or self.root, "text", name)

    def press(self, name, contains=False):
        button = self.find("push button", name, contains)
        if check(button is not None, "button %s is there" % name):
            self.app.click(button)

    def type(self, node, text):
        self.app.type_into(node, text)

    def new_form(self):
        """Presses + and waits until the form is empty (the click is handled after it returns)."""
        self.press("Nieuwe medewerker")
        return wait_for(lambda: field_text(self.field("Personeelsnummer")) == "" and
                        self.find("label", "Nieuwe medewerker", timeout=0.2))

    def fill(self, values):
        for name, value in values.items():
            node = self.field(name)
            if check(node is not None, "field %s is there" % name):
                self.type(node, value)

    def scroll_to(self, node, tries=30):
        """Turns the mouse wheel over the editor until @node is inside the window (800 pixels high)."""
        for _ in range(tries):
            e = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
            if e.y >= 60 and e.y + e.height <= 790:
                return True
            xdo("mousemove", 1080, 420, "click", 5 if e.y + e.height > 790 else 4)
        return False

    def choose(self, name, position):
        """Opens the combo row called @name and picks its item at @position with the keyboard."""
        row = find(self.editor, "combo box", name, timeout=5)
        if not check(row is not None and self.scroll_to(row), "combo row %s can be reached" % name):
            return
        click_at(row)
        wait_for(lambda: find(row, "list", timeout=0.2), timeout=5)
        xdo("key", "Home", *(["Down"] * position), "Return")

    def search(self, text, expected_count):
        self.type(self.find("entry", "Medewerkers zoeken"), text)
        return self.find("label", expected_count) is not None


def field_text(node):
    text = node.queryText()
    return text.getText(0, text.characterCount)


def employer_position(db, name):
    orgs = json.loads(cli(db, "list", "organisations", "--json"))
    names = [o["name"] for o in orgs if o["kind"] != "hirer" and not o.get("ended_on")]
    return names.index(name) + 1


def add_employee(page, db):
    before = employees(db)
    check(bool(page.new_form()), "the editor opens on a new, empty employee")
    page.fill(NEW)
    page.choose("Indicatie (arbeidshandicap)", 1)
    page.choose("Werkgever", employer_position(db, "Wezo"))
    page.press("Opslaan", contains=True)
    check(page.find("label", "Medewerker toegevoegd") is not None, "a toast says the employee was added")
    after = wait_for(lambda: len(employees(db)) == len(before) + 1 and employees(db))
    check(bool(after), "the database has one employee more")
    added = [e for e in (after or []) if e["personnel_number"] == NEW["Personeelsnummer"]]
    if check(len(added) == 1, "exactly one employee T-9001"):
        e = added[0]
        check((e["first_name"], e["name_prefix"], e["last_name"]) == ("Anna", "van der", "Testmans"), "names stored")
        check(e["birth_date"] == "1971-03-14", "birth date stored as ISO: %s" % e["birth_date"])
        check(e["bsn"] == "111222333", "BSN stored")
        check(e["contract_hours"] == 32.5, "32,5 hours stored: %s" % e["contract_hours"])
        check(e["employer"] == "Wezo", "employer Wezo: %s" % e["employer"])
        check(e["category"] == "matig", "category matig: %s" % e["category"])
        check(e["indication_valid_until"] == "2026-12-31", "indication valid until stored")
        check((e["salary_scale"], e["salary_step"]) == (4, 2), "scale and step stored")
        check(e["employment_start"] == "2010-02-01", "employment start stored")


def reject_bad_bsn(page, db):
    before = employees(db)
    page.new_form()
    page.fill(dict(NEW, Personeelsnummer="T-9002", BSN=BAD_BSN))
    # Leave the field the way a person does: the message appears under it.
    bsn = page.field("BSN")
    page.scroll_to(bsn)
    message = "%s voldoet niet aan de elfproef" % BAD_BSN
    shown = None
    for _ in range(3):  # the click may land before the window takes it; then try again
        click_at(bsn)
        xdo("key", "--delay", "100", "End", "Tab")
        shown = find(page.editor, None, message, timeout=4)
        if shown is not None:
            break
    check(shown is not None, "the invalid BSN shows “%s” under the field" % message)
    field = page.field("BSN")
    check(field is not None and field.description == message,
          "the BSN field's accessible description is the message: %r" % (field and field.description))
    page.press("Opslaan", contains=True)
    check(page.find("label", "Niet opgeslagen: verbeter de rood gemarkeerde velden.") is not None,
          "saving is refused with a banner")
    screenshot("employees-invalid-bsn")
    after = employees(db)
    check(len(after) == len(before), "no employee was added")
    check(not any(e.get("bsn") == BAD_BSN for e in after), "no employee has BSN %s" % BAD_BSN)
    check(not by_number(db, "T-9002"), "T-9002 was not stored")


def duplicate_number(page, db):
    """A rule only the core knows (the number is taken) comes back in the banner, naming the field."""
    page.new_form()
    page.fill(NEW)
    page.choose("Indicatie (arbeidshandicap)", 2)
    page.choose("Werkgever", employer_position(db, "Larcom"))
    page.press("Opslaan", contains=True)
    banner = page.find("label", "Niet opgeslagen. Personeelsnummer:", contains=True)
    if not check(banner is not None, "a taken personnel number is reported in the banner"):
        screenshot("employees-duplicate-failed")
    check(len(by_number(db, "T-9001")) == 1, "still exactly one T-9001")


def change_and_undo(page, db):
    page.press("Bewerken sluiten")
    page.search("testmans", "1 van 121 medewerkers")
    click_at(page.find("label", "Testmans, Anna van der", in_table=True))
    field = page.field("Contracturen per week")
    check(bool(wait_for(lambda: field_text(field) == "32,5", timeout=5)),
          "the editor shows 32,5 hours: %r" % field_text(field))
    page.type(field, "24")
    page.press("Opslaan", contains=True)
    check(page.find("label", "Wijzigingen opgeslagen") is not None, "a toast says the changes were saved")
    check(page.find("push button", "Ongedaan maken", contains=True) is not None, "the toast offers Ongedaan maken")
    check(bool(wait_for(lambda: by_number(db, "T-9001")[0]["contract_hours"] == 24)), "24 hours stored")
    xdo("key", "ctrl+z")
    check(bool(wait_for(lambda: by_number(db, "T-9001")[0]["contract_hours"] == 32.5)),
          "Ctrl+Z put 32,5 hours back through the core")
    check(page.find("label", "Wijziging ongedaan gemaakt") is not None, "a toast says the change was undone")


def check_audit(db):
    new_id = by_number(db, "T-9001")[0]["id"]
    rows = audit(db)
    mine = [r for r in rows if r["entity"] == "employee" and r["entity_id"] == new_id]
    actions = [r["action"] for r in reversed(mine)]
    check(len(mine) == 3, "three audit rows for T-9001 (add, change, undo): %s" % actions)
    check(not any(BAD_BSN in json.dumps(r) for r in rows), "the invalid BSN is nowhere in the audit log")


def main():
    db = demo_db(employees=120)
    app = App(db)
    try:
        page = Page(app)
        check(page.find("entry", "Medewerkers zoeken") is not None, "the Medewerkers section shows a search entry")
        check(page.find("label", "120 medewerkers") is not None, "the count reads 120 medewerkers")
        add_employee(page, db)
        check(page.search("testm", "1 van 121 medewerkers"), "searching “testm” leaves one of 121")
        check(page.find("label", "Testmans, Anna van der", in_table=True) is not None,
              "the list shows Testmans, Anna van der")
        check(page.search("T-9001", "1 van 121 medewerkers"), "searching the personnel number finds her too")
        screenshot("employees")
        reject_bad_bsn(page, db)
        duplicate_number(page, db)
        change_and_undo(page, db)
        check_audit(db)
    finally:
        app.quit()
    finish()


if __name__ == "__main__":
    main()

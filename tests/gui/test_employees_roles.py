"""The Medewerkers section for a team leader: no BSN or indication column, no indication filter, no
way to add or import, and an editor that shows but does not change (AVG: health data and the BSN are
not theirs to see). Privacy per role: only the members of their own crews, and no employer, home
municipality or transfer column, nor birth date, salary scale or employer in the editor.

Run through tests/gui/run.sh (Xvfb, session bus, Dutch locale); see tests/gui/ovsgui.py.
"""
import json

from ovsgui import App, check, cli, demo_db, finish, screenshot
from test_employees import Page, click_at, find

TEAM_LEADER = "tl-berkelwolde-centrum"


def header(page, title):
    return page.find("label", title, in_table=True, timeout=3)


def main():
    db = demo_db(employees=120)
    app = App(db, user=TEAM_LEADER)
    try:
        page = Page(app)
        own = json.loads(cli(db, "list", "employees", "--json", user=TEAM_LEADER))
        check(0 < len(own) < 120, "the team leader's own crews have %d of the 120 employees" % len(own))
        check(page.find("label", "%d medewerker%s" % (len(own), "" if len(own) == 1 else "s")) is not None,
              "a team leader sees the employees of their own crews only")
        for title in ("Werkgever", "Woongemeente", "Overgang"):
            check(header(page, title) is None, "no %s column" % title)
        check(header(page, "Naam") is not None, "the Naam column is there")
        check(header(page, "BSN") is None, "no BSN column")
        check(header(page, "Indicatie") is None, "no indication column")
        check(page.find("combo box", "Filter op indicatie", timeout=3) is None, "no indication filter")
        check(page.find("push button", "Nieuwe medewerker", timeout=3) is None, "no button to add employees")
        check(page.find("push button", "Importeren", contains=True, timeout=3) is None, "no import button")
        first = page.find("label", own[0]["display_name"], in_table=True) or \
            page.find("table cell", None, in_table=True)
        if check(first is not None, "a row to open"):
            click_at(first)
        check(page.find("label", "U mag deze gegevens inzien, maar niet wijzigen.") is not None,
              "the editor says it is read-only")
        check(page.find("push button", "Opslaan", contains=True, timeout=3) is None, "no Opslaan button")
        check(find(page.editor, "text", "BSN", timeout=3) is None, "no BSN field in the editor")
        check(find(page.editor, "combo box", "Indicatie (arbeidshandicap)", timeout=3) is None,
              "no indication in the editor")
        check(find(page.editor, "text", "Voornaam", timeout=5) is not None, "the editor shows the name")
        for field in ("Geboortedatum (dd-mm-jjjj)", "Salarisschaal", "Woonplaats"):
            check(find(page.editor, "text", field, timeout=3) is None, "no %s in the editor" % field)
        check(find(page.editor, "combo box", "Werkgever", timeout=3) is None, "no employer in the editor")
        screenshot("employees-teamleider")
    finally:
        app.quit()
    finish()


if __name__ == "__main__":
    main()

"""The Medewerkers section for a team leader: no BSN or indication column, no indication filter, no
way to add or import, and an editor that shows but does not change (AVG: health data and the BSN are
not theirs to see).

Run through tests/gui/run.sh (Xvfb, session bus, Dutch locale); see tests/gui/ovsgui.py.
"""
from ovsgui import App, check, demo_db, finish, screenshot
from test_employees import Page, click_at, find

TEAM_LEADER = "tl-berkelwolde-centrum"


def header(page, title):
    return page.find("label", title, in_table=True, timeout=3)


def main():
    db = demo_db(employees=120)
    app = App(db, user=TEAM_LEADER)
    try:
        page = Page(app)
        check(page.find("label", "120 medewerkers") is not None, "a team leader sees the employees")
        check(header(page, "Naam") is not None, "the Naam column is there")
        check(header(page, "BSN") is None, "no BSN column")
        check(header(page, "Indicatie") is None, "no indication column")
        check(page.find("combo box", "Filter op indicatie", timeout=3) is None, "no indication filter")
        check(page.find("push button", "Nieuwe medewerker", timeout=3) is None, "no button to add employees")
        check(page.find("push button", "Importeren", contains=True, timeout=3) is None, "no import button")
        first = page.find("label", "Beek, Marco van de", in_table=True) or \
            page.find("table cell", None, in_table=True)
        if check(first is not None, "a row to open"):
            click_at(first)
        check(page.find("label", "U mag deze gegevens inzien, maar niet wijzigen.") is not None,
              "the editor says it is read-only")
        check(page.find("push button", "Opslaan", contains=True, timeout=3) is None, "no Opslaan button")
        check(find(page.editor, "text", "BSN", timeout=3) is None, "no BSN field in the editor")
        check(find(page.editor, "combo box", "Indicatie (arbeidshandicap)", timeout=3) is None,
              "no indication in the editor")
        screenshot("employees-teamleider")
    finally:
        app.quit()
    finish()


if __name__ == "__main__":
    main()

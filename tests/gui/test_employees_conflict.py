"""Medewerkers: two people change the same employee at once. While the form is open someone else (hr,
through overstap-cli, another process) changes the contract hours; saving the form's own contract hours
is then refused with a dialog that names who changed what and when. "Opnieuw laden" shows their value;
"Toch opslaan" applies ours over it. Checked in the database with overstap-cli.

Run through tests/gui/run.sh (Xvfb, session bus, Dutch locale); see tests/gui/ovsgui.py.
"""
from ovsgui import App, check, cli, demo_db, finish, screenshot, wait_for
from test_employees import Page, by_number, click_at, employees, field_text


def open_employee(page, db, e):
    name = "%s, %s%s" % (e["last_name"], e["first_name"], " " + e["name_prefix"] if e.get("name_prefix") else "")
    page.search(e["personnel_number"], "1 van 120 medewerkers")
    click_at(page.find("label", name, in_table=True))
    field = page.field("Contracturen per week")
    check(bool(wait_for(lambda: field_text(field) != "", timeout=5)), "the editor shows %s" % name)
    return field


def hours(db, number):
    return by_number(db, number)[0]["contract_hours"]


def save_against(page, db, field, number, ours, theirs):
    """Types @ours, lets hr save @theirs meanwhile, presses Opslaan: the conflict dialog comes."""
    page.type(field, ours)
    cli(db, "employee", "change", number, "--hours", theirs, user="hr")
    page.press("Opslaan", contains=True)
    return page.app.find("label", "Gewijzigd door iemand anders", timeout=10)


def response_button(app, label):
    """The dialog's response button whose label starts with @label (its mnemonic may be in the name)."""
    button = app.find(None, label, contains=True, timeout=5)
    print("found %s %r" % (button and button.getRoleName(), button and button.name), flush=True)
    return button


def main():
    db = demo_db(employees=120)
    e = [x for x in employees(db) if x["contract_hours"] not in (28, 30, 36) and not x.get("employment_end")][0]
    number, start = e["personnel_number"], e["contract_hours"]
    app = App(db)
    try:
        page = Page(app)
        field = open_employee(page, db, e)

        dialog = save_against(page, db, field, number, "36", "28")
        check(dialog is not None, "saving over hr's change opens the conflict dialog")
        shown = ("%g" % start).replace(".", ",")
        message = app.find("label", "hr (hr) heeft om", contains=True, timeout=5)
        check(message is not None and ("de contracturen gewijzigd: %s → 28" % shown) in message.name,
              "the dialog names who changed the contract hours, when, and from what to what: %r"
              % (message and message.name))
        screenshot("employees-conflict")
        check(hours(db, number) == 28, "hr's 28 hours are still stored")
        reload = response_button(app, "Opnieuw")
        if check(reload is not None, "the dialog offers Opnieuw laden"):
            app.click(reload)
        check(bool(wait_for(lambda: field_text(page.field("Contracturen per week")) == "28", timeout=5)),
              "Opnieuw laden shows hr's 28 hours")

        field = page.field("Contracturen per week")
        dialog = save_against(page, db, field, number, "36", "30")
        check(dialog is not None, "a second conflict opens the dialog again")
        anyway = response_button(app, "Toch")
        if check(anyway is not None, "the dialog offers Toch opslaan"):
            app.click(anyway)
        check(bool(wait_for(lambda: hours(db, number) == 36, timeout=10)), "Toch opslaan stores our 36 hours")
    finally:
        app.quit()
    finish()


if __name__ == "__main__":
    main()

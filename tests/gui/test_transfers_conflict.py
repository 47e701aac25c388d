"""Overgang: two people change one transfer case at once. While hr has the case open in the window,
someone else (hr, through overstap-cli, another process) plans its date; hr's note is then refused with
the conflict dialog, which names who changed what and when. "Opnieuw laden" shows the new date and
keeps the note typed, which then saves; "Toch opslaan" adds the note over a second change. Checked
with overstap-cli.

Run through tests/gui/run.sh (Xvfb, session bus, Dutch locale); see tests/gui/ovsgui.py.
"""
from ovsgui import App, check, cli, demo_db, finish, screenshot, wait_for
from sectionsgui import cli_json, click_at, find_on_screen, open_section


def case_of(db, number):
    return next(c for c in cli_json(db, "list", "transfers") if c["personnel_number"] == number)


def response_button(app, label):
    """The dialog's response button whose label starts with @label (its mnemonic may be in the name)."""
    return app.find(None, label, contains=True, timeout=5)


def note_against(app, db, number, note, date):
    """Types @note, lets hr plan @date meanwhile, presses Notitie toevoegen: the dialog comes."""
    entry = find_on_screen(app, "text", "Nieuwe notitie")
    if not check(entry is not None, "the case has an entry for a new note"):
        return None
    app.type_into(entry, note)
    cli(db, "transfer", "plan", number, "--date", date, user="hr")
    add = find_on_screen(app, "push button", "Notitie toevoegen", contains=True)
    if check(add is not None, "the case has the button Notitie toevoegen"):
        app.click(add)
    return app.find("label", "Gewijzigd door iemand anders", timeout=10)


def main():
    db = demo_db()
    cases = [c for c in cli_json(db, "list", "transfers") if not c["is_closed"]]
    case = sorted(cases, key=lambda c: c["personnel_number"])[0]
    number = case["personnel_number"]
    name = {e["personnel_number"]: e for e in cli_json(db, "list", "employees")}[number]["display_name"]
    app = App(db, user="hr")
    try:
        check(open_section(app, "Overgang"), "hr opens the section Overgang")
        search = app.find("entry", "Overgangsdossiers zoeken")
        if check(search is not None, "the transfer cases have a search field"):
            app.type_into(search, number)
        cell = find_on_screen(app, "label", name, within="Overgangsdossiers")
        if check(cell is not None, "searching %s shows the case of %s" % (number, name)):
            click_at(cell)

        dialog = note_against(app, db, number, "Gesprek met de ploegleider.", "2027-05-01")
        check(dialog is not None, "a note after hr planned the case meanwhile opens the conflict dialog")
        message = app.find("label", "hr (hr) heeft om", contains=True, timeout=5)
        check(message is not None and "de geplande datum gewijzigd" in message.name and "01-05-2027" in message.name,
              "the dialog names who planned the case, when, and the date: %r" % (message and message.name))
        screenshot("transfers-conflict")
        check("Gesprek met de ploegleider." not in (case_of(db, number)["notes"] or ""),
              "the refused note is not stored")
        reload = response_button(app, "Opnieuw")
        if check(reload is not None, "the dialog offers Opnieuw laden"):
            app.click(reload)
        subtitle = find_on_screen(app, "label", "datum 01-05-2027", contains=True, timeout=5)
        check(subtitle is not None, "Opnieuw laden shows the date hr planned")
        add = find_on_screen(app, "push button", "Notitie toevoegen", contains=True)
        if check(add is not None, "the note typed is still there to add"):
            app.click(add)
        check(bool(wait_for(lambda: "Gesprek met de ploegleider." in (case_of(db, number)["notes"] or ""),
                            timeout=10)), "after reloading the note is stored")

        dialog = note_against(app, db, number, "Aanbod besproken.", "2027-06-01")
        check(dialog is not None, "a second conflict opens the dialog again")
        anyway = response_button(app, "Toch")
        if check(anyway is not None, "the dialog offers Toch opslaan"):
            app.click(anyway)
        stored = wait_for(lambda: (lambda c: c if "Aanbod besproken." in (c["notes"] or "") else None)(
            case_of(db, number)), timeout=10)
        check(stored is not None, "Toch opslaan stores the note")
        check(stored is not None and stored["planned_date"] == "2027-06-01",
              "and hr's planned date stays (got %s)" % (stored and stored["planned_date"]))
    finally:
        app.quit()
    finish()


if __name__ == "__main__":
    main()

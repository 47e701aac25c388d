"""Organisaties: two people end one organisation at once. While hr has the form "Organisatie
beëindigen" open, someone else (hr, through overstap-cli, another process) ends it first; the form's
end is then refused with the conflict dialog, which names who ended it and on what date, and nothing
more is written. "Opnieuw laden" shows their end date. Checked with overstap-cli.

Run through tests/gui/run.sh (Xvfb, session bus, Dutch locale); see tests/gui/ovsgui.py.
"""
import json

import pyatspi

from ovsgui import App, check, cli, demo_db, finish, screenshot, wait_for
from sectionsgui import click_at, find_on_screen, open_section


def organisation(db, name):
    return next(o for o in json.loads(cli(db, "list", "organisations", "--json")) if o["name"] == name)


def in_window(app, title, role, name, contains=False):
    window = wait_for(lambda: [w for w in app.root if w is not None and w.name == title][0])
    return window and wait_for(lambda: pyatspi.findDescendant(
        window, lambda n: n.getRoleName() == role and n.name is not None and
        (name in n.name if contains else n.name == name)))


def main():
    db = demo_db(employees=20)
    open_ones = [o for o in json.loads(cli(db, "list", "organisations", "--json"))
                 if o["kind"] == "hirer" and not o.get("ended_on")]
    name = sorted(o["name"] for o in open_ones)[0]
    app = App(db, user="hr")
    try:
        check(open_section(app, "Organisaties"), "hr opens Organisaties")
        cell = find_on_screen(app, "label", name, within="Organisaties")
        if check(cell is not None, "the list shows %s" % name):
            click_at(cell)
        end = find_on_screen(app, "push button", "Beëindigen", contains=True)
        if check(end is not None, "the page offers Beëindigen…"):
            app.click(end)
        confirm = in_window(app, "Organisatie beëindigen", "push button", "Beëindigen", contains=True)
        check(confirm is not None, "the form 'Organisatie beëindigen' opens")

        cli(db, "organisation", "end", name, "--date", "2026-03-31", user="hr")
        if confirm is not None:
            app.click(confirm)
        dialog = app.find("label", "Gewijzigd door iemand anders", timeout=10)
        check(dialog is not None, "ending it after hr ended it meanwhile opens the conflict dialog")
        message = app.find("label", "hr (hr) heeft om", contains=True, timeout=5)
        check(message is not None and "de einddatum gewijzigd" in message.name and "31-03-2026" in message.name,
              "the dialog names who ended it, when, and the date: %r" % (message and message.name))
        screenshot("organisations-conflict")
        check(organisation(db, name)["ended_on"] == "2026-03-31", "hr's end date is still stored")
        audit = [a for a in json.loads(cli(db, "audit", "--json")) if a["entity"] == "organisation"
                 and a["action"] == "end"]
        check(len(audit) == 1, "one end was audited, not two (got %d)" % len(audit))
        reload = app.find(None, "Opnieuw", contains=True, timeout=5)
        if check(reload is not None, "the dialog offers Opnieuw laden"):
            app.click(reload)
        check(find_on_screen(app, "label", "31-03-2026", within="Organisaties", timeout=5) is not None,
              "Opnieuw laden shows hr's end date in the list")
    finally:
        app.quit()
    finish()


if __name__ == "__main__":
    main()

"""Importing employees through the Medewerkers section: the file chooser, the dry run's preview (counts
and rejected rows as overstap-cli reports them for the same file), then the real import and its
toast, checked in the database with overstap-cli.

Run through tests/gui/run.sh (Xvfb, session bus, Dutch locale); see tests/gui/ovsgui.py.
"""
import json
import os
import subprocess

from ovsgui import CLI, App, check, cli, demo_db, finish, screenshot, wait_for
from test_employees import Page, employees, find, other_pages, xdo

SOURCE = os.environ.get("OVERSTAP_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
FILE = os.path.abspath(os.path.join(SOURCE, "tests", "data", "import", "employees-rejections.csv"))


def dry_run(db):
    """What the CLI's dry run says about the file (exit 3: some rows rejected)."""
    done = subprocess.run([CLI, "--db", db, "import", "employees", FILE, "--dry-run", "--json"],
                          capture_output=True, text=True)
    return json.loads(done.stdout)


def main():
    db = demo_db(employees=120)
    expected = dry_run(db)
    n_new, n_rejected = expected["imported"], len(expected["rejected"])
    before = len(employees(db))
    app = App(db)
    try:
        page = Page(app)
        page.press("Importeren…", contains=True)
        # The file chooser: type the path into its location entry.
        check(bool(wait_for(lambda: len([c for c in app.root if c is not None]) > 1)), "a file chooser opens")
        xdo("key", "ctrl+l")
        xdo("type", "--delay", "5", FILE)
        xdo("key", "Return")
        summary = "%s: %d nieuw, 0 bijgewerkt, %d afgewezen" % (os.path.basename(FILE), n_new, n_rejected)
        label = find(app.root, "label", summary, prune=other_pages)
        check(label is not None, "the preview says “%s”" % summary)
        dialog = [c for c in app.root if c is not None and find(c, "label", summary, timeout=1, prune=other_pages)]
        dialog = dialog[0] if dialog else app.root
        check(find(dialog, None, "Afgewezen (%d)" % n_rejected, contains=True) is not None,
              "the rejected tab counts %d rows" % n_rejected)
        click = find(dialog, None, "Afgewezen (%d)" % n_rejected, contains=True)
        if click is not None:
            from test_employees import click_at
            click_at(click)
        first = expected["rejected"][0]
        check(find(dialog, "label", first["message"], timeout=10) is not None,
              "the preview shows the core's reason “%s”" % first["message"])
        screenshot("employees-import-preview")
        check(len(employees(db)) == before, "the preview wrote nothing")
        button = find(dialog, "push button", "_Importeren Importeren")
        if check(button is not None, "the dialog has an Importeren button"):
            app.click(button)
        toast = "Geïmporteerd: %d nieuw, 0 bijgewerkt, %d afgewezen" % (n_new, n_rejected)
        check(page.find("label", toast) is not None, "a toast says “%s”" % toast)
        check(bool(wait_for(lambda: len(employees(db)) == before + n_new)), "%d employees were added" % n_new)
        audit = json.loads(cli(db, "audit", "--json"))
        check(any(r["action"] == "import" for r in audit), "the import is in the audit log")
    finally:
        app.quit()
    finish()


if __name__ == "__main__":
    main()

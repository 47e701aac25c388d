"""Opens every window, dialog and section page once, as the kwartiermaker on the demo data, with a
screenshot of each: the preferences, the shortcuts window, the About window, every section, and in
each section what Ctrl+N opens. The app runs with G_DEBUG=fatal-criticals and ovsgui fails the test on
any WARNING in its log, so a template with a property that libadwaita 1.2 lacks (as the preferences'
AdwActionRow.subtitle-selectable was) fails here."""
import re
import subprocess
import time

from ovsgui import App, check, demo_db, finish, screenshot, wait_for
from sectionsgui import click_at, open_section, sidebar_names


def xdo(*args):
    subprocess.run(["xdotool"] + [str(a) for a in args], check=True)


def slug(name):
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def windows(app):
    """The app's top-level windows (frames and dialogs) that are showing, by name."""
    return [w.name for w in app.root if w is not None]


def wait_window(app, predicate, what):
    found = wait_for(lambda: [n for n in windows(app) if predicate(n)])
    check(bool(found), what + " (windows: %s)" % ", ".join(windows(app)))
    return found


def close_extra_windows(app, before):
    """Escape closes a dialog; it is pressed until only the windows of @before remain."""
    for _ in range(4):
        if len(windows(app)) <= before:
            return True
        xdo("key", "Escape")
        time.sleep(0.4)
    return len(windows(app)) <= before


db = demo_db()
app = App(db)
main_windows = len(windows(app))

# Preferences (Ctrl+,): its rows are there, nothing logged.
xdo("key", "ctrl+comma")
if wait_window(app, lambda n: n == "Voorkeuren", "Ctrl+, opens 'Voorkeuren'"):
    check(app.find("label", "In gebruik") is not None, "the preferences show the database in use")
    check(app.find("label", "Databasebestand") is not None, "and the database row")
    time.sleep(0.4)
    screenshot("venster-voorkeuren")
check(close_extra_windows(app, main_windows), "Escape closes the preferences")

# The shortcuts window (Ctrl+?).
xdo("key", "ctrl+question")
if wait_window(app, lambda n: n != "Overstap", "Ctrl+? opens the shortcuts window"):
    for label in ("Vorige week", "Volgende week", "De week afdrukken", "Opslaan", "Terug naar de onderdelen"):
        check(app.find("label", label) is not None, "the shortcuts window lists '%s'" % label)
    time.sleep(0.4)
    screenshot("venster-sneltoetsen")
check(close_extra_windows(app, main_windows), "Escape closes the shortcuts window")

# About, from the main menu, opened with F10 as the keyboard does (the menu button is "primary").
xdo("key", "F10")
item = app.find("menu item", "Over Overstap", contains=True)
if check(item is not None, "F10 opens the main menu, which offers 'Over Overstap'"):
    app.click(item)
    if wait_window(app, lambda n: n.startswith("Over") or n == "Overstap" and len(windows(app)) > main_windows,
                   "the About window opens"):
        check(app.find("label", "Overstap-projectteam") is not None, "About names the makers")
        time.sleep(0.4)
        screenshot("venster-over")
check(close_extra_windows(app, main_windows), "Escape closes the About window")

# Every section once, and what Ctrl+N opens there (an editor or dialog, where the section has one).
for name in sidebar_names(app):
    if not check(open_section(app, name), "the section '%s' opens" % name):
        continue
    screenshot("venster-sectie-" + slug(name))
    xdo("key", "ctrl+n")
    time.sleep(1.0)
    if len(windows(app)) > main_windows:
        screenshot("venster-nieuw-" + slug(name))
    check(close_extra_windows(app, main_windows), "Escape closes what Ctrl+N opened in '%s'" % name)
    # An editor that folds over the list (Medewerkers) closes with Escape too.
    xdo("key", "Escape")
    time.sleep(0.3)

app.quit()
finish()

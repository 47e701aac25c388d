"""Roosters end to end on the demo database, in Dutch: pick a crew, go to next week with Ctrl+Page Down,
read the cells (shift times and task, leave in place) and the conflict badges' explanations, add a
shift through the editor and check with `overstap-cli roster show --json` that exactly that shift
exists as an override. Screenshots of the week and of the editor go to the shots folder.

Run through tests/gui/run.sh (Xvfb, session bus, Dutch locale); see tests/gui/ovsgui.py.
"""
import faulthandler
import json
import os
import subprocess
import time

# Today is Friday 20 November 2026 (week 47) for the demo data, the CLI and the app alike.
os.environ["OVERSTAP_TODAY"] = "2026-11-20"

import pyatspi  # noqa: E402

from ovsgui import App, check, cli, demo_db, finish, screenshot, wait_for  # noqa: E402
from sectionsgui import find_on_screen  # noqa: E402

CREW = "Groenploeg Berkelwolde-Noord"
CREW_POSITION = 1          # the crews by name: Berkelwolde-Centrum, Berkelwolde-Noord, …
LEAVE = "100077"           # Jos Jansen: leave on Wednesday 25-11
LONG = "100063"            # Dineke Brummelman: a 13-hour shift on Saturday 28-11 (too long)
ADDED = "100018"           # Mehmet Gudde: gets a Saturday shift through the editor


def xdo(*args):
    subprocess.run(["xdotool"] + [str(a) for a in args], check=True)


def click_at(node):
    """Clicks the middle of @node (Xvfb has no window manager: the window sits at 0,0)."""
    e = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    xdo("mousemove", e.x + e.width // 2, e.y + e.height // 2, "click", 1)


def in_grid(app, role, name=None, contains=False, describes=None):
    """The nodes in the week grid with @role and @name (and @describes in their description). Searching
    the grid only is much faster than the whole window, which holds every section's page."""
    grid = app.find(None, "Weekrooster")
    if grid is None:
        return []
    def match(n):
        if n.getRoleName() != role:
            return False
        if name is not None and not (name in (n.name or "") if contains else n.name == name):
            return False
        return describes is None or describes in (n.description or "")
    return pyatspi.findAllDescendants(grid, match)


def top_window(app, title):
    """The application's top-level window titled @title (the editor is one of its own)."""
    return wait_for(lambda: [w for w in app.root if w is not None and w.name == title][0])


def inside(node, role, name, contains=False):
    def match(n):
        return n.getRoleName() == role and (name in (n.name or "") if contains else n.name == name)
    return wait_for(lambda: pyatspi.findDescendant(node, match))


def shifts(db, week):
    return json.loads(cli(db, "roster", "show", "--crew", CREW, "--week", week, "--json"))


def prepare(db):
    cli(db, "roster", "absence", "add", LEAVE, "--kind", "leave", "--from", "25-11-2026")
    cli(db, "roster", "generate", "--crew", CREW, "--from", "23-11-2026", "--to", "06-12-2026")
    cli(db, "roster", "shift", "add", "--crew", CREW, "--employee", LONG, "--date", "28-11-2026",
        "--start", "06:00", "--end", "19:30", "--break", "45", "--task", "Kerstmarkt opbouwen")


def pick_crew(app):
    dropdown = app.find("combo box", "Ploeg")
    if not check(dropdown is not None, "the page has a crew drop-down 'Ploeg'"):
        return
    click_at(dropdown)
    time.sleep(0.5)
    xdo("key", "Home", *(["Down"] * CREW_POSITION), "Return")
    check(app.find("label", CREW) is not None, "the crew %s is chosen" % CREW)


def read_week(app):
    week = app.find("label", "Week 48 · 23 t/m 29 november 2026")
    check(week is not None, "Ctrl+Page Down goes to 'Week 48 · 23 t/m 29 november 2026'")
    cell = app.find("push button", "Mehmet Gudde, maandag 23-11: 07:00–16:00 Groenonderhoud", contains=True)
    check(cell is not None, "the cell reads 'Mehmet Gudde, maandag 23-11: 07:00–16:00 Groenonderhoud…'")
    leave = app.find("push button", "Jos Jansen, woensdag 25-11: Verlof")
    check(leave is not None, "the leave shows in place: 'Jos Jansen, woensdag 25-11: Verlof'")
    long_cell = app.find("push button", "Dineke Brummelman, zaterdag 28-11: 06:00–19:30 Kerstmarkt opbouwen; 1 conflict")
    check(long_cell is not None and "hoogstens 12 uur" in (long_cell.description or ""),
          "the too-long shift's cell explains its conflict in Dutch (%s)" % (long_cell and long_cell.description))
    # Issue 11: the rule behind the conflict (ovs_conflict_code_explanation()), not only what happened.
    rule = "Arbeidstijdenwet art. 5:7: hoogstens 12 uur arbeid per dienst."
    check(len(in_grid(app, "push button", describes=rule)) == 1,
          "the too-long shift's cell also names the rule: '%s'" % rule)
    badges = in_grid(app, "image", "Roosterconflict", describes="hoogstens 12 uur")
    check(len(badges) == 1, "one conflict badge carries that explanation as its description (tooltip)")
    hours = in_grid(app, "image", "Roosterconflict", describes="ingeroosterd")
    check(len(hours) > 0, "members rostered above their contract get a badge saying so ('… uur ingeroosterd …')")
    # The demo's patterns follow the contracts: three part-timers work Monday and Tuesday only, one
    # member Monday to Wednesday and Friday morning, Jos Monday to Thursday; Jos is on leave on
    # Wednesday, so one works on Wednesday (the other), Thursday (Jos), Friday (the other) and
    # Saturday (Dineke).
    check(len(in_grid(app, "label", "1 / min. 3")) == 4,
          "Wednesday to Saturday each count 1 against a minimum of 3")
    check(len(in_grid(app, "label", "5 / min. 3")) == 2, "Monday's and Tuesday's count 5")
    check(not in_grid(app, "label", "0 / min. 3"), "the Sunday the crew does not work has no count")


def add_shift(app, db):
    cell = (in_grid(app, "push button", "Mehmet Gudde, zaterdag 28-11: geen dienst") or [None])[0]
    if not check(cell is not None, "Mehmet Gudde has no shift on Saturday"):
        return
    app.click(cell)
    editor = top_window(app, "Mehmet Gudde")
    if not check(editor is not None, "clicking the cell opens the shift editor for Mehmet Gudde"):
        return
    check(inside(editor, "label", "zaterdag 28-11-2026") is not None, "the editor names the day: zaterdag 28-11-2026")
    app.type_into(inside(editor, "text", "Begin (UU:MM)"), "08:00")
    app.type_into(inside(editor, "text", "Einde (UU:MM)"), "12:30")
    app.type_into(inside(editor, "text", "Taak"), "Kerstmarkt afbreken")
    app.type_into(inside(editor, "text", "Locatie"), "Marktplein")
    screenshot("rooster-dienst-toevoegen")
    app.click(inside(editor, "push button", "Dienst toevoegen", contains=True))
    check(wait_for(lambda: in_grid(app, "push button", "Mehmet Gudde, zaterdag 28-11: 08:00–12:30 Kerstmarkt afbreken",
                                   contains=True)), "the grid shows the new shift at once")

    saturday = [s for s in shifts(db, "2026-W48") if s["date"] == "2026-11-28" and s["personnel_number"] == ADDED]
    if check(len(saturday) == 1, "overstap-cli roster show lists exactly one Saturday shift for %s" % ADDED):
        s = saturday[0]
        check((s["start_time"], s["end_time"], s["task"], s["location"]) ==
              ("08:00", "12:30", "Kerstmarkt afbreken", "Marktplein"), "with the times, task and location typed")
        check(s["is_override"] and s["origin"] == "manual", "and it is a manual override")


faulthandler.dump_traceback_later(150, exit=True)  # a hung tree walk shows where
db = demo_db()
prepare(db)
before = len(shifts(db, "2026-W48"))
app = App(db)
row = app.find("list item", "Roosters")
check(row is not None, "the sidebar lists Roosters")
click_at(row)
check(app.find("label", "Week 47 · 16 t/m 22 november 2026") is not None, "the page opens on this week (47)")
pick_crew(app)
xdo("key", "ctrl+Next")
read_week(app)
time.sleep(0.5)
screenshot("rooster-week")
# At the default width every action of the week is a button of its own; the narrow tool bar's menu
# "Meer acties" (tests/gui/test_narrow.py) is not shown.
for label in ("Genereren", "Automatisch vullen…", "Week kopiëren…", "Afwezigheid…", "Exporteren…", "Publiceren…",
              "Publiceren naar server…", "Afdrukken…"):
    check(find_on_screen(app, "push button", label, contains=True, timeout=5) is not None,
          "at 1280 pixels '%s' is a button in the tool bar" % label)
check(find_on_screen(app, "push button", "Meer acties", timeout=1) is None,
      "at 1280 pixels there is no 'Meer acties' menu")
add_shift(app, db)
check(len(shifts(db, "2026-W48")) == before + 1, "the week has exactly one shift more")
time.sleep(0.5)
screenshot("rooster-week-na-toevoegen")

# Auto-fill shows its proposal first (a dialog of its own) and writes nothing until "Toepassen".
week_before = shifts(db, "2026-W48")
app.click(app.find("push button", "Automatisch vullen", contains=True))
heading = wait_for(lambda: [w for w in app.root if w is not None and
                            pyatspi.findDescendant(w, lambda n: n.name == "De week automatisch vullen?")])
if heading is None:
    check(app.find("label", "Automatisch vullen heeft in deze week niets te wijzigen", timeout=5) is not None,
          "auto-fill says there is nothing to change")
else:
    screenshot("rooster-automatisch-vullen")
    check(shifts(db, "2026-W48") == week_before, "the proposal alone writes nothing")
    xdo("key", "Escape")
app.quit()
finish()

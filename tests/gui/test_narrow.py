"""Phone width: every section fits a 360-pixel-wide window (the window's minimum width, as GTK tells
the X server, is no wider with that section shown than with Overzicht), and a list with a detail
beside it shows one at a time there, with a way back; Prognose's key figures lie wholly inside the
window (nothing to scroll sideways to), and so does its comparison of the scenarios; Roosters keeps its
week grid in view, with the week's actions under "Meer acties". Screenshots smal-<section>.png of each,
and smal-prognose-scenarios.png of the scenarios."""
import re
import subprocess
import time

import pyatspi

from ovsgui import App, check, cli, demo_db, finish, screenshot, wait_for
from sectionsgui import cli_json, click_at, find_on_screen

db = demo_db()
# Two scenarios, so that Prognose compares them (the demo data has none).
cli(db, "scenario", "add", "Alles naar de stichting")
cli(db, "scenario", "assign", "Alles naar de stichting", "stichting", "--employer", "Wezo")
cli(db, "scenario", "add", "Convenanten")
cli(db, "scenario", "assign", "Convenanten", "convenant", "--employer", "Wezo", "--covenant", "Convenant Wezo 2015")
app = App(db)
sidebar = app.find("list", "Onderdelen")
names = [row.name for row in sidebar if row is not None] if sidebar is not None else []
window = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "^Overstap$"],
                        capture_output=True, text=True).stdout.split()


def minimum_width():
    """The window's minimum width from its WM_NORMAL_HINTS: what the shown page needs."""
    hints = subprocess.run(["xprop", "-id", window[0], "WM_NORMAL_HINTS"], capture_output=True, text=True).stdout
    found = re.search(r"minimum size: (\d+) by (\d+)", hints)
    return int(found.group(1)) if found else None


def show(index, name):
    """Folded, the sidebar is a page of its own: a click on a row (not just selecting it, as the
    arrow keys do) opens that section."""
    rows = [row for row in sidebar if row is not None]
    click_at(rows[index])
    shown = wait_for(lambda: [n for n in app.find_all("label", name) if n.parent and n.parent.parent
                              and n.parent.parent.name == "AdwWindowTitle"])
    time.sleep(0.5)
    return shown is not None


def inside_window(node):
    """Whether @node lies (at least partly) inside the 360-pixel-wide window. Not by its "showing"
    state: GTK 4.8 reports cells in view as not showing at times."""
    try:
        ext = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    except Exception:
        return False
    return ext.width > 0 and ext.height > 0 and ext.x < 360 and ext.x + ext.width > 0


def open_transfer_case():
    """Overgang: picking a case in the folded list shows its checklist instead of the list."""
    case = sorted((c for c in cli_json(db, "list", "transfers") if not c["is_closed"]),
                  key=lambda c: c["personnel_number"])[0]
    person = {e["personnel_number"]: e for e in cli_json(db, "list", "employees")}[case["personnel_number"]]
    cell = find_on_screen(app, "label", person["display_name"], within="Overgangsdossiers", timeout=10)
    return cell, "Nog niet afgevinkt:"


def open_crew():
    """Ploegen: the first crew by name (which the wide layout shows without a pick) can be picked in
    the folded list too, and then shows its team leader above its members."""
    crew = sorted(cli_json(db, "list", "crews"), key=lambda c: c["name"])[0]
    cell = find_on_screen(app, "label", crew["name"], within="Ploegen", timeout=10)
    return cell, "Ploegleider: %s" % crew["team_leader"]


def open_covenant():
    """Convenanten: the first covenant by name, picked in the folded list, shows its terms."""
    covenant = sorted(cli_json(db, "list", "covenants"), key=lambda c: c["name"])[0]
    start = "-".join(reversed(covenant["start_date"].split("-")))
    cell = find_on_screen(app, "label", covenant["name"], within="Convenanten", timeout=10)
    return cell, "%s · %s – " % (covenant["party"], start)


def open_employee():
    """Medewerkers: picking an employee in the narrow list lays the editor over it (an AdwFlap, with
    its own 'Terug naar de lijst' bar when folded), headed by that employee's personnel number."""
    first = sorted(cli_json(db, "list", "employees"), key=lambda e: e["display_name"])[0]
    cell = find_on_screen(app, "label", first["display_name"], within="Medewerkers", timeout=10)
    return cell, "Personeelsnr. %s" % first["personnel_number"]


def outside_window(name):
    """The parts of the shown node named @name (not its heading, a label of the same name) that do
    not lie wholly inside the 360-pixel-wide window, as (name, x, width); None when it is not found."""
    nodes = [n for n in app.find_all(None, name, showing=False) if n.getRoleName() != "label" and inside_window(n)]
    if not nodes:
        return None
    outside = []
    for node in [nodes[0]] + [child for child in nodes[0] if child is not None]:
        ext = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
        if ext.x < 0 or ext.x + ext.width > 360:
            outside.append((node.name, ext.x, ext.width))
    return outside


def check_scenario_blocks():
    """Narrow, the scenarios are a block per measure: the measure's name, under it a line per scenario
    with its name and value, the value standing right of the name and ending in the window."""
    within = "Scenario's"
    measure = find_on_screen(app, "label", "Kosten tot en met 2040", within=within, timeout=5)
    for scenario in cli_json(db, "scenario", "compare", "Alles naar de stichting", "Convenanten"):
        total = "€\u00a0" + "{:,}".format(scenario["total_cost"]).replace(",", ".")
        value = find_on_screen(app, "label", total, within=within, timeout=5)
        if not check(measure is not None and value is not None, "Prognose: the value %s is shown" % total):
            continue
        m, v = (n.queryComponent().getExtents(pyatspi.WINDOW_COORDS) for n in (measure, value))
        names = [n for n in find_all_on_screen(scenario["name"], within)
                 if abs(n.queryComponent().getExtents(pyatspi.WINDOW_COORDS).y - v.y) <= 2]
        check(v.y >= m.y + m.height and v.x + v.width <= 360 and len(names) == 1
              and names[0].queryComponent().getExtents(pyatspi.WINDOW_COORDS).x < v.x,
              "Prognose: %s stands under 'Kosten tot en met 2040', right of '%s', inside the window"
              % (total, scenario["name"]))


def find_all_on_screen(name, within):
    """The labels named @name, drawn, in the node named @within."""
    roots = [n for n in app.find_all(None, within, showing=False) if n.getRoleName() != "label"]
    found = []
    for root in roots:
        for child in root:
            if child is not None and child.name == name and inside_window(child):
                found.append(child)
    return found


# [narrow-roster] the Roosters tool bar at 360 pixels: "Genereren" and the week's other actions under
# "Meer acties", by their Dutch names, so that the week grid starts in the window's upper half
ROSTER_MENU = ["Automatisch vullen…", "Week kopiëren…", "Afwezigheid…", "Exporteren…", "Publiceren…",
               "Publiceren naar server…", "Afdrukken…"]


def menu_items(on=None):
    """The names (mnemonics' underscores left out) of the menu items on the screen, and the items."""
    items = [n for n in (on or app).find_all("menu item") if inside_window(n)]
    return [(n.name or "").replace("_", "") for n in items], items


def open_more_actions(on):
    """Clicks 'Meer acties' in @on's Roosters page; its menu's (names, items), or ([], [])."""
    more = find_on_screen(on, "push button", "Meer acties", timeout=5)
    if not check(more is not None, "Roosters: the tool bar has a menu button 'Meer acties'"):
        return [], []
    click_at(more)
    return wait_for(lambda: (lambda found: found if found[0] else None)(menu_items(on)), timeout=10) or ([], [])


def check_roster_team_leader():
    """A team leader's menu greys out what the role may not do, as the buttons do: publishing writes
    every crew's feeds, which only those who may plan every crew may."""
    leader = App(db, user="tl-berkelwolde-centrum")
    ids = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "^Overstap$"],
                         capture_output=True, text=True).stdout.split()
    subprocess.run(["xdotool", "windowsize", ids[-1], "360", "720"], check=True)
    time.sleep(1.0)
    # Folded, the sidebar is a page of its own: a click on the row opens the section (see show()).
    row = find_on_screen(leader, "list item", "Roosters", timeout=10)
    if not check(row is not None, "the team leader's sidebar lists Roosters"):
        leader.quit()
        return
    click_at(row)
    check(wait_for(lambda: [n for n in leader.find_all("label", "Roosters") if n.parent and n.parent.parent
                            and n.parent.parent.name == "AdwWindowTitle"]) is not None,
          "the team leader opens Roosters")
    time.sleep(0.5)
    names, items = open_more_actions(leader)
    enabled = {name: item.getState().contains(pyatspi.STATE_SENSITIVE) for name, item in zip(names, items)}
    expected = {name: not name.startswith("Publiceren") for name in ROSTER_MENU}
    check(enabled == expected, "Roosters: for a team leader 'Meer acties' offers %s (shows %s)" % (expected, enabled))
    screenshot("smal-roosters-meer-acties-teamleider")
    subprocess.run(["xdotool", "key", "Escape"], check=True)
    leader.quit()


def check_roster_toolbar():
    frame = app.find("frame", "Overstap")
    height = frame.queryComponent().getExtents(pyatspi.WINDOW_COORDS).height if frame is not None else 720
    grid = app.find(None, "Weekrooster")
    top = grid.queryComponent().getExtents(pyatspi.WINDOW_COORDS).y if grid is not None else None
    check(top is not None and top < height / 2,
          "Roosters: the week grid starts in the window's upper half (at %s of %s pixels)" % (top, height))
    check(find_on_screen(app, "push button", "Genereren", contains=True, timeout=5) is not None,
          "Roosters: 'Genereren' stays a button")
    names, items = open_more_actions(app)
    check(names == ROSTER_MENU, "Roosters: 'Meer acties' offers %s (shows %s)" % (ROSTER_MENU, names))
    time.sleep(0.3)
    screenshot("smal-roosters-meer-acties")
    copy = next((item for name, item in zip(names, items) if name == "Week kopiëren…"), None)
    if not check(copy is not None, "Roosters: the menu has 'Week kopiëren…'"):
        subprocess.run(["xdotool", "key", "Escape"], check=True)
        return
    # The popover is a surface of its own: its items' window coordinates are not the main window's.
    app.click(copy)
    dialog = wait_for(lambda: [w for w in app.root if w is not None and w.name == "Week kopiëren"], timeout=10)
    check(bool(dialog), "Roosters: 'Week kopiëren…' in the menu opens the dialog 'Week kopiëren'")
    if dialog:
        time.sleep(0.3)
        screenshot("smal-roosters-week-kopieren")
        # A dialog is no wider than the phone-sized window it belongs to (ovs_section_fit_dialog()).
        width = dialog[0].queryComponent().getExtents(pyatspi.WINDOW_COORDS).width
        check(0 < width <= 360, "Roosters: 'Week kopiëren' is at most as wide as the window (%s pixels)" % width)
        subprocess.run(["xdotool", "key", "Escape"], check=True)
        check(wait_for(lambda: not [w for w in app.root if w is not None and w.name == "Week kopiëren"], timeout=5),
              "Roosters: Escape closes 'Week kopiëren' again")


# [narrow-fit] section → the nodes that must fit the width, with all their parts, rather than scroll sideways
FITS = {
    "Prognose": ("Kerncijfers tegen vorig jaar", "Scenario's"),
}

# [narrow-details] section → a function returning (a cell to click, text the detail then shows)
DETAILS = {
    "Medewerkers": open_employee,
    "Overgang": open_transfer_case,
    "Ploegen": open_crew,
    "Convenanten": open_covenant,
}

check(bool(window) and bool(names), "the window and its sidebar are found")
subprocess.run(["xdotool", "windowsize", window[0], "360", "720"], check=True)
back = app.find("push button", "Terug")
if back is not None:
    back.queryAction().doAction(0)
    time.sleep(0.5)
check(show(0, names[0]), "Overzicht is shown")
baseline = minimum_width()
check(baseline is not None and baseline <= 400, "with Overzicht the window can be %s pixels wide" % baseline)
for index, name in enumerate(names):
    if not show(index, name):
        check(False, "selecting '%s' shows its page" % name)
        continue
    width = minimum_width()
    check(width is not None and width <= baseline,
          "with %s shown the window can still be %s pixels wide (needs %s)" % (name, baseline, width))
    subprocess.run(["xdotool", "windowsize", window[0], "360", "720"], check=True)
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    screenshot("smal-" + slug)
    if name == "Roosters":
        check_roster_toolbar()
    for fit in FITS.get(name, ()):
        outside = outside_window(fit)
        check(outside == [], "%s: '%s' fits the window, nothing to scroll sideways to (outside: %s)"
              % (name, fit, outside))
    if name == "Prognose":
        check_scenario_blocks()
        subprocess.run(["xdotool", "mousemove", "180", "400"], check=True)
        for _ in range(60):
            subprocess.run(["xdotool", "click", "5"], check=True)
        time.sleep(0.5)
        screenshot("smal-prognose-scenarios")
    if name in DETAILS:
        cell, text = DETAILS[name]()
        if check(cell is not None, "%s: the folded list shows a row to pick" % name):
            click_at(cell)
            # Each section has its own bar; the hidden sections' ones keep their last extents.
            back = wait_for(lambda: next((n for n in app.find_all("push button", "Terug naar de lijst")
                                          if inside_window(n)), None), timeout=10)
            check(back is not None, "%s: picking a row shows its detail with 'Terug naar de lijst'" % name)
            check(find_on_screen(app, "label", text, contains=True, timeout=5) is not None,
                  "%s: the detail shows '%s'" % (name, text))
            time.sleep(0.5)
            screenshot("smal-" + slug + "-detail")
            if back is not None:
                back.queryAction().doAction(0)
                # The leaflet slides the detail out: its bar keeps its last extents, just beside the
                # window, so look for the list's row inside the window and the bar outside it.
                check(wait_for(lambda: inside_window(cell) and not inside_window(back), timeout=5) is not None,
                      "%s: 'Terug naar de lijst' goes back to the list" % name)
    back = app.find("push button", "Terug")
    if back is not None:  # back to the sidebar, for the next section
        back.queryAction().doAction(0)
        time.sleep(1.0)  # the leaflet's slide; a click during it is lost
app.quit()
check_roster_team_leader()
finish()

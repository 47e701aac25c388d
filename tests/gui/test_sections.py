"""A screenshot of every section in the sidebar (Dutch, demo data), and of the narrow, folded layout;
then every section on an empty database: it says the list is empty and names what fills it, with a
button only for a role that can use it (OvsSectionPage's empty state)."""
import os
import re
import subprocess
import time

import pyatspi

from ovsgui import TMP, App, check, cli, demo_db, finish, screenshot, wait_for
from sectionsgui import find_on_screen, open_section


def slug(name):
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")

db = demo_db()
app = App(db)
sidebar = app.find("list", "Onderdelen")
check(sidebar is not None, "the sidebar is a list named 'Onderdelen'")
rows = [row for row in sidebar if row is not None]
names = [row.name for row in rows]
check("Overzicht" in names and names[0] == "Overzicht", "the first section is Overzicht (%s)" % ", ".join(names))

def select(index):
    """Selects a sidebar row. A page is built when first shown, which on a loaded machine can take
    longer than the accessibility call waits for a reply; the selection happens all the same."""
    try:
        sidebar.querySelection().selectChild(index)
    except Exception as error:  # GLib.GError: no reply in time
        print("note: selecting row %d: %s" % (index, error))


# The lists whose every column must fit beside the sidebar at 1280 × 800 (issue 11): each header's
# title lies inside the window, so the last column is not cut off.
HEADERS = {
    "Medewerkers": ("Personeelsnr.", "Naam", "Werkgever", "Werkt bij", "Uren", "Indicatie", "Ploeg", "Status",
                    "Overgang"),
    "Plaatsingen": ("Medewerker", "Pers.nr.", "Soort", "Inlener", "Locatie", "Uren/week", "Uurtarief", "Begin",
                    "Einde"),
}


def column_title(label):
    """The column view's header cell (GtkColumnViewTitle) holding @label, or None (the sidebar's
    "Overgang", a card's title)."""
    node = label
    for _ in range(3):
        node = node.parent
        if node is None:
            return None
        if node.name == "GtkColumnViewTitle":
            return node
    return None


def table_name(cell):
    try:
        return cell.parent.parent.name
    except Exception:
        return None


def header_cell(section, title):
    """The header cell titled @title, preferring the table named after @section (other sections'
    pages, once built, keep theirs)."""
    def search():
        cells = [c for c in (column_title(n) for n in app.find_all("label", title)) if c is not None]
        return next((c for c in cells if table_name(c) == section), cells[0] if cells else None)
    return wait_for(search, 5)


def check_headers_fit(section):
    window = app.root[0].queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    for title in HEADERS.get(section, ()):
        header = header_cell(section, title)
        if not check(header is not None, "%s: the column '%s' is on the screen" % (section, title)):
            continue
        ext = header.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
        check(ext.x + ext.width <= window.width,
              "%s: the column '%s' ends inside the window (%d + %d ≤ %d)" % (section, title, ext.x, ext.width,
                                                                            window.width))


for index, name in enumerate(names):
    select(index)
    # The content's header bar carries the section's title once it is shown.
    shown = wait_for(lambda: [n for n in app.find_all("label", name) if n.parent and n.parent.parent
                              and n.parent.parent.name == "AdwWindowTitle"])
    check(shown is not None, "selecting '%s' shows its page" % name)
    time.sleep(0.5)  # let the page draw its first frame before the screenshot
    screenshot("sectie-" + slug(name))
    check_headers_fit(name)

# Narrow: the leaflet folds to one column with a back button.
window = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "^Overstap$"], capture_output=True, text=True).stdout.split()
if check(bool(window), "the window is found on the X server"):
    subprocess.run(["xdotool", "windowsize", window[0], "360", "720"], check=True)
    select(0)
    back = app.find("push button", "Terug")
    check(back is not None, "at 360 pixels wide the page has a back button")
    time.sleep(0.5)
    screenshot("smal-overzicht")
app.quit()

# Section: (title of its empty state, what the description names, the button, if the role has one).
EMPTY = {
    "Medewerkers": ("Nog geen medewerkers", "met ‘Medewerkers importeren’", "Medewerkers importeren…"),
    "Plaatsingen": ("Nog geen plaatsingen", "met ‘Nieuwe plaatsing’", "Nieuwe plaatsing…"),
    "Ploegen": ("Nog geen ploegen", "met ‘Nieuwe ploeg’", "Nieuwe ploeg…"),
    "Roosters": ("Geen ploegen om te plannen", "met ‘Nieuwe ploeg’", None),
    "Overgang": ("Nog geen overgangsdossiers", "met ‘Dossiers openen’", "Dossiers openen…"),
    "Convenanten": ("Nog geen convenanten", "met ‘Nieuw convenant’", "Nieuw convenant…"),
    "Mijlpalen": ("Nog geen mijlpalen", "met ‘Nieuwe mijlpaal’", "Nieuwe mijlpaal…"),
}
# A teamleider cannot fill these lists: told who can, and no button.
EMPTY_TEAMLEIDER = {
    "Medewerkers": ("Nog geen medewerkers", "HR en de kwartiermaker voegen medewerkers toe",
                    "Medewerkers importeren…"),
    "Ploegen": ("Nog geen ploegen", "HR en de kwartiermaker maken de ploegen aan", "Nieuwe ploeg…"),
    "Roosters": ("Geen ploegen om te plannen", "Een kwartiermaker kan ploegen toevoegen", None),
    "Mijlpalen": ("Nog geen mijlpalen", "De kwartiermaker legt de mijlpalen", "Nieuwe mijlpaal…"),
}


def check_empty(app, sections, role, may_add):
    who = "a " + role
    for name, (title, names, button) in sections.items():
        if not check(open_section(app, name), "%s opens the empty %s" % (who, name)):
            continue
        # The status page is named after its title; the other sections' are hidden.
        check(find_on_screen(app, "label", title, within=title) is not None,
              "%s: the empty %s says '%s'" % (who, name, title))
        check(find_on_screen(app, "label", names, within=title, contains=True) is not None,
              "%s: and names what fills it or who does (%s)" % (who, names))
        if button is not None:
            found = find_on_screen(app, "push button", button, within=title, contains=True,
                                   timeout=None if may_add else 2)
            check((found is not None) == may_add,
                  "%s: %s the button '%s'" % (who, "with" if may_add else "without", button))
        screenshot("leeg-%s-%s" % (slug(name), role))


empty = os.path.join(TMP, "leeg.db")
cli(empty, "init")
cli(empty, "user", "add", "tl-leeg", "--role", "teamleider")
app = App(empty)
check_empty(app, EMPTY, "kwartiermaker", True)
app.quit()
app = App(empty, user="tl-leeg")
check_empty(app, EMPTY_TEAMLEIDER, "teamleider", False)
app.quit()
finish()

"""A screenshot of every section in the sidebar (Dutch, demo data), and of the narrow, folded layout."""
import re
import subprocess
import time

from ovsgui import App, check, demo_db, finish, screenshot, wait_for

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


for index, name in enumerate(names):
    select(index)
    # The content's header bar carries the section's title once it is shown.
    shown = wait_for(lambda: [n for n in app.find_all("label", name) if n.parent and n.parent.parent
                              and n.parent.parent.name == "AdwWindowTitle"])
    check(shown is not None, "selecting '%s' shows its page" % name)
    time.sleep(0.5)  # let the page draw its first frame before the screenshot
    screenshot("sectie-" + re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-"))

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
finish()

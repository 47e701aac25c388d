"""The Prognose section in Dutch on the demo data, today fixed: the projection's interpretation in
words, its charts with their units for screen readers, and two scenarios side by side with different
costs, the same as `overstap-cli scenario compare --json` gives."""
import os
import re
import subprocess
import time

os.environ["OVERSTAP_TODAY"] = "2026-06-15"

import pyatspi  # noqa: E402

from ovsgui import App, check, cli, demo_db, finish, screenshot  # noqa: E402
from sectionsgui import cli_json, find_on_screen, open_section, sidebar_names  # noqa: E402

db = demo_db()
cli(db, "scenario", "add", "Alles naar de stichting")
cli(db, "scenario", "assign", "Alles naar de stichting", "stichting", "--employer", "Wezo")
cli(db, "scenario", "assign", "Alles naar de stichting", "stichting", "--employer", "Larcom")
cli(db, "scenario", "add", "Convenanten")
cli(db, "scenario", "assign", "Convenanten", "convenant", "--employer", "Wezo", "--covenant", "Convenant Wezo 2015")
compared = cli_json(db, "scenario", "compare", "Alles naar de stichting", "Convenanten")
cases_before = len(cli_json(db, "list", "transfers"))


def scroll_down():
    """The scenarios are at the foot of the page: the mouse wheel over the page scrolls there."""
    subprocess.run(["xdotool", "mousemove", "760", "400"], check=True)
    for _ in range(40):
        subprocess.run(["xdotool", "click", "5"], check=True)
    time.sleep(0.5)


def money(euros):
    return "€\u00a0" + "{:,}".format(euros).replace(",", ".")


app = App(db)
check("Prognose" in sidebar_names(app), "the kwartiermaker has the section Prognose")
check(open_section(app, "Prognose"), "the kwartiermaker opens Prognose")

summary = find_on_screen(app, "label", "medewerkers aan het begin van 2026", contains=True)
check(summary is not None and "aan het eind van 2040" in summary.name, "the projection is interpreted in words (%s)"
      % (summary and summary.name))
for chart, unit in (("Medewerkers aan het eind van het jaar", "medewerkers"), ("Standaardeenheden per jaar", "SE"),
                    ("Verwachte uitstroom per jaar", "medewerkers")):
    node = find_on_screen(app, "image", chart)
    check(node is not None and node.description.startswith("%s (%s): " % (chart, unit)),
          "the chart '%s' describes its numbers in %s to screen readers" % (chart, unit))

# The monitor's key figures against last year, each with the note that names the cause.
dash = cli_json(db, "monitor")
employees = [f for f in dash["figures"] if f["key"] == "employees"][0]
check(find_on_screen(app, "label", "Kerncijfers tegen vorig jaar") is not None, "the key figures have a heading")
check(find_on_screen(app, "label", "Wsw-medewerkers") is not None, "the figure 'Wsw-medewerkers' is listed")
check(find_on_screen(app, "label", "%d medewerkers" % employees["value"]) is not None
      and find_on_screen(app, "label", "%d medewerkers" % employees["last_year"]) is not None,
      "with this year's value (%d) and last year's (%d)" % (employees["value"], employees["last_year"]))
# The note's verb agrees with its count ("1 bereikte", "4 bereikten").
n_aow = int(re.search(r"(\d+) (?:reached the|bereikten? de) AOW", employees["note"]).group(1))
aow_text = "%d %s de AOW-leeftijd" % (n_aow, "bereikte" if n_aow == 1 else "bereikten")
check(find_on_screen(app, "label", aow_text, contains=True) is not None,
      "a note names the cause of the change: '%s'" % aow_text)
# At the window's default width they are a table: name, value, last year's and note side by side on one
# row (a narrow window stacks them; tests/gui/test_narrow.py).
row = [find_on_screen(app, "label", text, within="Kerncijfers tegen vorig jaar", contains=contains)
       for text, contains in (("Wsw-medewerkers", False), ("%d medewerkers" % employees["value"], False),
                              ("%d medewerkers" % employees["last_year"], False),
                              (aow_text, True))]
if check(None not in row, "the row of 'Wsw-medewerkers' is found"):
    ext = [n.queryComponent().getExtents(pyatspi.WINDOW_COORDS) for n in row]
    check(all(a.x + a.width <= b.x for a, b in zip(ext, ext[1:])), "its four cells stand left to right")
    check(max(e.y + e.height / 2 for e in ext) - min(e.y + e.height / 2 for e in ext) <= 2,
          "on one row: %s" % [(e.x, e.y, e.height) for e in ext])
check(find_on_screen(app, "push button", "Raadsrapportage opslaan…") is not None,
      "the council report can be saved from the window")

for scenario in compared:
    name = scenario["name"]
    check(find_on_screen(app, "label", name) is not None, "the scenario '%s' has a column" % name)
    total = money(scenario["total_cost"])
    check(find_on_screen(app, "label", total) is not None,
          "its cost up to 2040 shows as %s, as the CLI computes it" % total)
check(compared[0]["total_cost"] != compared[1]["total_cost"], "the two scenarios cost differently")
check(find_on_screen(app, "label", "Kosten tot en met 2040") is not None, "the row of the total cost is labelled")
# At the window's default width the scenarios are a table: a measure's name and each scenario's value
# stand left to right on one row (a narrow window makes a block per measure; tests/gui/test_narrow.py).
row = [find_on_screen(app, "label", text, within="Scenario's")
       for text in ["Kosten tot en met 2040"] + [money(s["total_cost"]) for s in compared]]
if check(None not in row, "the scenarios' row 'Kosten tot en met 2040' is found"):
    ext = [n.queryComponent().getExtents(pyatspi.WINDOW_COORDS) for n in row]
    check(all(a.x + a.width <= b.x for a, b in zip(ext, ext[1:])), "its cells stand left to right")
    check(max(e.y + e.height / 2 for e in ext) - min(e.y + e.height / 2 for e in ext) <= 2,
          "on one row: %s" % [(e.x, e.y, e.height) for e in ext])
node = find_on_screen(app, "image", "Kosten per scenario tot en met 2040")
check(node is not None and "Convenanten" in node.description, "the scenario chart names the scenarios")
screenshot("prognose")
scroll_down()
screenshot("prognose-scenarios")
check(len(cli_json(db, "list", "transfers")) == cases_before, "showing scenarios changes no transfer case")
app.quit()

# hr reads the projection too; a teamleider does not have the section.
cli(db, "user", "add", "piet", "--role", "teamleider")
app = App(db, user="piet")
check("Prognose" not in sidebar_names(app), "a teamleider has no section Prognose")
app.quit()
finish()

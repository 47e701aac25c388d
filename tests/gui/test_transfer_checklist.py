"""Overgang end to end: HR opens a transfer case in the window, ticks one checklist item, and the
core (read back with overstap-cli) has exactly that item ticked, by hr, with one audit row for it."""
from ovsgui import App, check, demo_db, finish, screenshot, wait_for
from sectionsgui import cli_json, click_at, find_on_screen, open_section

db = demo_db()

# An open case with at least one unticked item, from the same core the window uses.
cases = [c for c in cli_json(db, "list", "transfers") if not c["is_closed"] and c["done"] < c["total"]]
case = sorted(cases, key=lambda c: c["personnel_number"])[0]
number = case["personnel_number"]
before = cli_json(db, "checklist", "show", number)
item = next(i for i in before if not i["done"])
employees = {e["personnel_number"]: e for e in cli_json(db, "list", "employees")}
name = employees[number]["display_name"]
audit_before = cli_json(db, "audit", user="hr")

app = App(db, user="hr")
check(open_section(app, "Overgang"), "hr opens the section Overgang")
search = app.find("entry", "Overgangsdossiers zoeken")
if check(search is not None, "the transfer cases have a search field"):
    app.type_into(search, number)
cell = find_on_screen(app, "label", name, within="Overgangsdossiers")
if check(cell is not None, "searching %s shows the case of %s" % (number, name)):
    click_at(cell)
heading = find_on_screen(app, "label", "Nog niet afgevinkt:", contains=True)
check(heading is not None and item["title"] in heading.name,
      "the case shows what is still missing, including '%s'" % item["title"])
box = find_on_screen(app, "check box", item["title"])
if check(box is not None, "the checklist item '%s' is a check box named by its title" % item["title"]):
    click_at(box)

after = wait_for(lambda: (lambda rows: rows if next(r for r in rows if r["code"] == item["code"])["done"] else None)(
    cli_json(db, "checklist", "show", number)), timeout=15)
check(after is not None, "the core has '%s' ticked" % item["code"])
if after is not None:
    changed = [a["code"] for a, b in zip(after, before) if a["done"] != b["done"]]
    check(changed == [item["code"]], "exactly that item changed (changed: %s)" % changed)
    ticked = next(r for r in after if r["code"] == item["code"])
    check(ticked["done_by"] == "hr", "it was ticked by hr (got %s)" % ticked["done_by"])
    audit_after = cli_json(db, "audit", user="hr")
    new = audit_after[:len(audit_after) - len(audit_before)]
    check(len(new) == 1, "one audit row was written (got %d)" % len(new))
    if new:
        row = new[0]
        check(row["user_name"] == "hr" and row["entity"] == "checklist_item" and row["entity_id"] == item["id"],
              "the audit row names hr, checklist_item and id %d (got %s %s %s)"
              % (item["id"], row["user_name"], row["entity"], row["entity_id"]))
progress = find_on_screen(app, "label", "%d van %d" % (case["done"] + 1, case["total"]))
check(progress is not None, "the window shows the new progress %d van %d" % (case["done"] + 1, case["total"]))
screenshot("overgang-afgevinkt")
app.quit()
finish()

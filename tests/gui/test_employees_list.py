"""The Medewerkers list read off the main thread: the section opens with its rows once a worker has
read them (the count shows every employee, the loading page is gone), and a search narrows the list
by a key without case or accents: "dine" and "DÏNE" find "Dïneke", and a longer query ("dinek",
"dïneke zwal", which the page filters from the previous result only) finds what the database says; a click on a column
header sorts the rows the other way. The expected counts
come from the database, folded here as core folds them (ovs_employee_search_fold()).

Run through tests/gui/run.sh (Xvfb, session bus, Dutch locale); see tests/gui/ovsgui.py.
"""
import unicodedata

import pyatspi

from ovsgui import App, check, demo_db, finish, screenshot, sql, wait_for
from test_employees import Page, click_at


def fold(text):
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def keys(db):
    rows = sql(db, "SELECT first_name, name_prefix, last_name, personnel_number FROM employee")
    return [fold(" ".join(p for p in (first, prefix, last) if p) + " %s %s" % (last, number))
            for first, prefix, last, number in rows]


def on_screen(node):
    """Whether @node has a place in the window (a hidden stack page's labels have none)."""
    if node is None:
        return False
    e = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    return e.width > 0 and e.height > 0


def first_name_row(page):
    """The name ("Last, First") in the table's top row on the screen, or None."""
    names = pyatspi.findAllDescendants(
        page.root, lambda n: n.getRoleName() == "label" and ", " in (n.name or "") and on_screen(n))
    if not names:
        return None
    return min(names, key=lambda n: n.queryComponent().getExtents(pyatspi.WINDOW_COORDS).y).name


def count_label(shown, total):
    return "%d medewerkers" % total if shown == total else "%d van %d medewerkers" % (shown, total)


def main():
    db = demo_db(employees=120)
    sql(db, "UPDATE employee SET first_name = 'Dïneke', name_prefix = NULL, last_name = 'Zwaluwberg' "
            "WHERE id = (SELECT min(id) FROM employee)")
    total = len(keys(db))
    app = App(db)
    try:
        page = Page(app)
        check(page.find("label", count_label(total, total), timeout=60) is not None,
              "the list shows all %d employees once they are read" % total)
        check(app.absent("label", "Medewerkers laden…", timeout=1), "the loading page is gone")
        previous, previous_query = total, ""
        for typed in ("dine", "dinek", "DÏNE", "dïneke zwal"):
            expected = sum(1 for k in keys(db) if fold(typed) in k)
            check(page.search(typed, count_label(expected, total)),
                  "searching “%s” shows %s" % (typed, count_label(expected, total)))
            check(on_screen(page.find("label", "Zwaluwberg, Dïneke", in_table=True)),
                  "“%s” finds Zwaluwberg, Dïneke, shown in the table" % typed)
            if fold(previous_query) in fold(typed):
                check(expected <= previous, "the longer query finds no more rows (%d ≤ %d)" % (expected, previous))
            previous, previous_query = expected, typed
        screenshot("employees-list-search")
        # Back along the searches typed (the page takes their rows back), then a changed last letter
        # and a shorter query: the same rows as searching afresh.
        for typed in ("dineke zwa", "dinek", "dina", "di"):
            expected = sum(1 for k in keys(db) if fold(typed) in k)
            check(page.search(typed, count_label(expected, total)),
                  "searching back to “%s” shows %s" % (typed, count_label(expected, total)))
        check(page.search("", count_label(total, total)), "an empty search shows every employee again")
        # Sorted by name from A, Zwaluwberg (the last of 120) is not the first row; a click on the Naam
        # header turns the order (sorted again by a worker) and puts her first, a second click back.
        check(first_name_row(page) != "Zwaluwberg, Dïneke", "sorted by name from A, Zwaluwberg is not first")
        name_header = page.find("label", "Naam", in_table=True)
        if check(name_header is not None, "the Naam column has a header"):
            click_at(name_header)
            check(bool(wait_for(lambda: first_name_row(page) == "Zwaluwberg, Dïneke")),
                  "sorted by name from Z, Zwaluwberg is the first row")
            click_at(name_header)
            check(bool(wait_for(lambda: first_name_row(page) not in (None, "Zwaluwberg, Dïneke"))),
                  "a second click sorts from A again")
    finally:
        app.quit()
    finish()


if __name__ == "__main__":
    main()

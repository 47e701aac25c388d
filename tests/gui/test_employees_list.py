"""The Medewerkers list read off the main thread: the section opens with its rows once a worker has
read them (the count shows every employee, the loading page is gone), and a search narrows the list
by a key without case or accents: "dine" and "DÏNE" find "Dïneke", and a longer query ("dinek",
"dïneke zwal", which the page filters from the previous result only) finds what the database says. The expected counts
come from the database, folded here as core folds them (ovs_employee_search_fold()).

Run through tests/gui/run.sh (Xvfb, session bus, Dutch locale); see tests/gui/ovsgui.py.
"""
import unicodedata

from ovsgui import App, check, demo_db, finish, screenshot, sql
from test_employees import Page


def fold(text):
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def keys(db):
    rows = sql(db, "SELECT first_name, name_prefix, last_name, personnel_number FROM employee")
    return [fold(" ".join(p for p in (first, prefix, last) if p) + " %s %s" % (last, number))
            for first, prefix, last, number in rows]


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
            check(page.find("label", "Zwaluwberg, Dïneke", in_table=True) is not None,
                  "“%s” finds Zwaluwberg, Dïneke" % typed)
            if fold(previous_query) in fold(typed):
                check(expected <= previous, "the longer query finds no more rows (%d ≤ %d)" % (expected, previous))
            previous, previous_query = expected, typed
        screenshot("employees-list-search")
        check(page.search("", count_label(total, total)), "an empty search shows every employee again")
    finally:
        app.quit()
    finish()


if __name__ == "__main__":
    main()

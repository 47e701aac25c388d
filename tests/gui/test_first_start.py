"""Without a database the app makes one and offers demo data or an import; loading demo data works."""
import os

from ovsgui import TMP, App, check, finish, screenshot, sql, wait_for

db = os.path.join(TMP, "nieuw", "overstap.db")
app = App(db)
check(app.find("label", "Welkom bij Overstap") is not None, "the first start welcomes in Dutch")
check(os.path.exists(db), "the database has been made")
check(sql(db, "SELECT role FROM app_user") == [("kwartiermaker",)], "with the user as kwartiermaker")
demo = app.find("push button", "Voorbeeldgegevens laden", contains=True)
check(demo is not None, "it offers to load demo data")
check(app.find("push button", "Medewerkers importeren", contains=True) is not None, "and to import employees")
check(app.find("push button", "Leeg beginnen", contains=True) is not None, "or to start empty")
screenshot("eerste-start")

app.click(demo)
check(wait_for(lambda: sql(db, "SELECT count(*) FROM employee")[0][0] == 120) is not None,
      "the demo made 120 employees")
check(app.find("label", "Stand per", contains=True) is not None, "after loading the Overzicht shows")
check(app.find("label", "Wsw-medewerkers") is not None, "and their figures")
screenshot("eerste-start-geladen")
app.quit()
finish()

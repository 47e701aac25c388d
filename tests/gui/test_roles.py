"""A teamleider sees the Overzicht without HR figures and cannot edit notes; an unknown user gets a
clear error page."""
from ovsgui import App, check, cli, demo_db, finish, screenshot, sql

db = demo_db()
cli(db, "user", "add", "tl-test", "--role", "teamleider")
sql(db, "INSERT INTO figure_note (figure, note, updated_at, updated_by) "
        "VALUES ('employees', 'Stabiel bestand.', '2025-03-01T09:00:00Z', 'kwartiermaker')")

app = App(db, user="tl-test")
check(app.find("label", "Stand per", contains=True) is not None, "the teamleider sees the Overzicht")
check(app.find("label", "Stabiel bestand.") is not None, "and reads the kwartiermaker's note")
check(app.find("label", "Notitie van kwartiermaker, 01-03-2025") is not None,
      "with its author and date as dd-mm-jjjj")
check(app.absent("push button", "bewerken", contains=True), "but has no button to edit notes")
card = app.card("Wsw-medewerkers")
check(card is not None, "the teamleider sees the employee figures")
check(not any("ziek" in (n.name or "") for n in app.within(card, "label")),
      "but not who is sick (health data)")
for title in ("Overgang", "Besteding convenanten", "Herindicaties", "Standaardeenheden"):
    check(app.card(title, timeout=2) is None, "the HR figure '%s' is not shown to a teamleider" % title)
for section in ("Plaatsingen", "Overgang", "Convenanten"):
    check(app.absent("list item", section), "the HR section '%s' is not in the sidebar" % section)
check(app.find("label", "tl-test · teamleider") is not None, "the sidebar names the user and role")
screenshot("overzicht-teamleider")
app.quit()

app = App(db, user="onbekend")
check(app.find("label", "Onbekende gebruiker") is not None, "an unknown user gets the page 'Onbekende gebruiker'")
check(app.find("label", "onbekend", contains=True) is not None, "which names the user")
check(app.find("push button", "Voorkeuren openen", contains=True) is not None, "and offers the preferences")
screenshot("onbekende-gebruiker")
app.quit()
finish()

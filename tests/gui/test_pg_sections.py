"""The window on a PostgreSQL server (suite gui-pg, run by tests/pg/pg-run.sh): the demo data on a
throwaway cluster, every section opened by the owner (the first kwartiermaker) and by a team leader
connected as their own login role. The server itself then refuses what the role may not read, so a
grant missing from core/store/sql/pg-access.sql shows up here as a read that failed: core logs it as
a WARNING, which fails the test."""
import os
import subprocess

from ovsgui import App, check, cli, finish, screenshot
from sectionsgui import find_on_screen, open_section, sidebar_names

host = os.environ["OVERSTAP_TEST_PG_HOST"]
name = "gui_pg_%d" % os.getpid()
subprocess.run(["psql", "-h", host, "-d", "postgres", "-qc", "CREATE DATABASE %s" % name], check=True)
owner_db = "postgresql:///%s?host=%s" % (name, host)
cli(owner_db, "demo")
crew = "Groenploeg Esveld"
leader = "tl_gui_%d" % os.getpid()
cli(owner_db, "user", "add", leader, "--role", "teamleider", "--crew", crew)
leader_db = "postgresql://%s@/%s?host=%s" % (leader, name, host)


def open_every_section(app, who):
    names = sidebar_names(app)
    check(len(names) > 0, "%s sees the sections (%s)" % (who, ", ".join(names)))
    for title in names:
        check(open_section(app, title), "%s opens %s on the server" % (who, title))
    return names


app = App(owner_db)
names = open_every_section(app, "the owner")
check("Beheer" in names and "Overgang" in names, "the first kwartiermaker has every section")
app.quit()

app = App(leader_db)
names = open_every_section(app, "a team leader")
for title in ("Plaatsingen", "Overgang", "Convenanten", "Prognose", "Beheer"):
    check(title not in names, "a team leader on the server has no section %s" % title)
check(open_section(app, "Ploegen"), "the team leader opens Ploegen")
check(find_on_screen(app, "label", crew, within="Ploegen") is not None, "and sees their crew")
check(open_section(app, "Roosters"), "and their roster")
screenshot("server-roosters-teamleider")
app.quit()

subprocess.run(["psql", "-h", host, "-d", "postgres", "-qc", "DROP DATABASE %s" % name,
                "-c", "DROP ROLE IF EXISTS %s" % leader], check=False)
finish()

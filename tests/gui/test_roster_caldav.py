"""Roosters → "Publiceren naar server…" end to end, in Dutch, against Debian's Radicale on 127.0.0.1 (a free
port, htpasswd): fill in address, user and password, publish, and check that the toast reports it and that
the server holds every event (the database's record of it, and Radicale's own storage). A wrong password
first: the toast names the calendar and the 401, and nothing is recorded.

Run through tests/gui/run.sh (Xvfb, session bus, Dutch locale); see tests/gui/ovsgui.py.
"""
import faulthandler
import os
import socket
import subprocess
import time
import urllib.request

os.environ["OVERSTAP_TODAY"] = "2026-03-16"

import pyatspi  # noqa: E402

from ovsgui import TMP, App, check, cli, finish, screenshot, sql, wait_for  # noqa: E402


def start_radicale():
    folder = os.path.join(TMP, "radicale")
    os.makedirs(folder)
    subprocess.run(["htpasswd", "-cbm", os.path.join(folder, "users"), "rooster", "geheim"], check=True,
                   capture_output=True)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with open(os.path.join(folder, "config"), "w") as f:
        f.write(f"[server]\nhosts = 127.0.0.1:{port}\n[auth]\ntype = htpasswd\n"
                f"htpasswd_filename = {folder}/users\nhtpasswd_encryption = md5\n[rights]\ntype = owner_only\n"
                f"[storage]\nfilesystem_folder = {folder}/collections\n[web]\ntype = none\n")
    proc = subprocess.Popen(["/usr/bin/python3", "-m", "radicale", "--config", os.path.join(folder, "config")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def up():
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1)
        except urllib.error.HTTPError:
            return True
        except OSError:
            return False
        return True
    wait_for(up)
    return proc, f"http://127.0.0.1:{port}/rooster/"


def prepare(db):
    cli(db, "init")
    sql(db, "INSERT INTO employee (id, personnel_number, first_name, last_name, birth_date, contract_minutes, "
            "employer_id, employment_start) VALUES (101, '2001', 'Jan', 'Vries', '1970-01-01', 1800, 4, '2015-01-01')")
    sql(db, "INSERT INTO crew (id, name, team_leader_id) VALUES (1, 'Groenploeg Noord', 101)")
    sql(db, "INSERT INTO crew_membership (crew_id, employee_id, start_date) VALUES (1, 101, '2015-01-01')")
    for day in range(16, 19):
        sql(db, "INSERT INTO shift (uid, crew_id, employee_id, date, start_time, end_time, break_minutes, sequence, "
                "updated_at) VALUES (?, 1, 101, ?, '07:30', '16:00', 30, 0, '2026-01-01T00:00:00Z')",
            f"s-{day}@gui.test", f"2026-03-{day}")


def click_at(node):
    """Clicks the middle of @node (Xvfb has no window manager: the window sits at 0,0)."""
    e = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    subprocess.run(["xdotool", "mousemove", str(e.x + e.width // 2), str(e.y + e.height // 2), "click", "1"],
                   check=True)


def inside(node, role, name, contains=False):
    def match(n):
        return n.getRoleName() == role and (name in (n.name or "") if contains else n.name == name)
    return wait_for(lambda: pyatspi.findDescendant(node, match))


def publish(app, url, password):
    app.click(app.find("push button", "Publiceren naar server", contains=True))
    form = wait_for(lambda: [w for w in app.root if w is not None and w.name == "Publiceren naar een agendaserver"][0])
    if not check(form is not None, "the button opens the form"):
        return
    app.type_into(inside(form, "text", "Adres", contains=True), url)
    app.type_into(inside(form, "text", "Gebruiker"), "rooster")
    app.type_into(inside(form, "text", "Wachtwoord", contains=True), password)
    screenshot("roster-caldav-form")
    app.click(inside(form, "push button", "Publiceren", contains=True))


faulthandler.dump_traceback_later(170, exit=True)
db = os.path.join(TMP, "caldav.db")
prepare(db)
radicale, url = start_radicale()
try:
    app = App(db)
    click_at(app.find("list item", "Roosters"))

    publish(app, url, "fout")
    refused = app.find("label", "de server weigerde de gebruikersnaam of het wachtwoord", contains=True, timeout=30)
    check(refused is not None and "Agenda" in refused.name and "401" in refused.name,
          "a wrong password: the toast names the calendar and the 401")
    check(sql(db, "SELECT count(*) FROM caldav_event")[0][0] == 0, "nothing is recorded as published")
    time.sleep(4)   # the toast goes

    publish(app, url, "geheim")
    done = app.find("label", "agenda's met 6 afspraken gepubliceerd", contains=True, timeout=60)
    check(done is not None, "the toast says three calendars with 6 events were published")
    screenshot("roster-caldav-done")
    check(sql(db, "SELECT count(*) FROM caldav_event")[0][0] == 6, "every event is recorded as on the server")
    stored = sum(len([f for f in files if f.endswith(".ics")])
                 for folder, _, files in os.walk(os.path.join(TMP, "radicale", "collections"))
                 if ".Radicale" not in folder)
    check(stored == 6, f"Radicale's storage holds the 6 events (found {stored})")
    app.quit()
finally:
    radicale.terminate()
    radicale.wait()
finish()

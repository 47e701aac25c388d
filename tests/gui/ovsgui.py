"""ovsgui — drives the real overstap window through the accessibility tree (pyatspi).

Run the scripts through tests/gui/run.sh, which sets up Xvfb, the session bus, the Dutch locale and
the build tree's schemas. Everything waits by polling the tree with a timeout; nothing sleeps blindly.
"""
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time

import pyatspi

APP = os.environ["OVERSTAP_APP"]
CLI = os.environ["OVERSTAP_CLI"]
SHOTS = os.environ["OVERSTAP_SHOTS"]
TMP = os.environ["OVERSTAP_GUI_TMP"]
TIMEOUT = float(os.environ.get("OVERSTAP_GUI_TIMEOUT", "20"))

failures = []
started = 0  # how many apps this script started: each gets its own log

# What the toolkit or the app says when something is wrong: a CRITICAL aborts the app already
# (run.sh sets G_DEBUG=fatal-criticals), and any WARNING — an unknown property in a template, a
# failed assertion that GLib only logs — fails the test when the app quits.
BAD_LOG = re.compile(r"(CRITICAL|WARNING) \*\*|\bCRITICAL\b|Invalid property|Gtk-WARNING|Adwaita-WARNING")


def check(condition, what):
    """Records a failed expectation (and goes on, so that one run shows every problem)."""
    print(("ok   " if condition else "FAIL ") + what, flush=True)
    if not condition:
        failures.append(what)
    return condition


def finish():
    print("%d failed" % len(failures))
    sys.exit(1 if failures else 0)


def wait_for(predicate, timeout=TIMEOUT, interval=0.2):
    """Polls @predicate until it returns something true, or returns None after @timeout seconds."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            value = predicate()
        except Exception:  # the tree changes under us while the app builds its window
            value = None
        if value:
            return value
        if time.monotonic() > deadline:
            return None
        time.sleep(interval)


def cli(db, *args, user=None):
    """Runs overstap-cli on @db and returns its stdout; raises on failure."""
    cmd = [CLI, "--db", db] + (["--user", user] if user else []) + list(args)
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def sql(db, query, *params):
    with sqlite3.connect(db) as conn:
        return conn.execute(query, params).fetchall()


def screenshot(name):
    path = os.path.join(SHOTS, name + ".png")
    subprocess.run(["import", "-window", "root", path], check=True)
    print("shot " + path, flush=True)
    return path


def _matches(node, role, name, contains):
    if role is not None and node.getRoleName() != role:
        return False
    if name is None:
        return True
    text = node.name or ""
    return name in text if contains else text == name


def _showing(node):
    """Whether @node and all its ancestors are visible. GTK 4.8 marks buttons VISIBLE but not
    SHOWING, and a child of a hidden container keeps its own VISIBLE, so walk up the tree."""
    while node is not None and node.getRoleName() != "application":
        states = node.getState()
        if not (states.contains(pyatspi.STATE_SHOWING) or states.contains(pyatspi.STATE_VISIBLE)):
            return False
        node = node.parent
    return True


class App:
    """One running overstap, started with --db (and --user)."""

    def __init__(self, db, user=None, env=None):
        global started
        args = [APP, "--db", db] + (["--user", user] if user else [])
        # On a loaded machine the accessibility bus can take a while; one retry covers a start that
        # died early (the X server not accepting yet).
        for attempt in (1, 2):
            started += 1
            self.log_path = os.path.join(TMP, "app-%d.log" % started)
            with open(self.log_path, "w") as log:
                self.proc = subprocess.Popen(args, env=dict(os.environ, **(env or {})), stderr=log)
            self.root = wait_for(lambda: self._find_app() or self.proc.poll() is not None, 2 * TIMEOUT)
            if self.root is not True and self.root is not None:
                return
            # A start that died before the X server accepted it is retried; its log is not held against it.
            self.quit(check_log=False)
        raise RuntimeError("overstap did not appear on the accessibility bus (exit status %s)"
                           % self.proc.poll())

    def _find_app(self):
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name == "overstap" and app.get_process_id() == self.proc.pid:
                return app
        return None

    def find(self, role=None, name=None, contains=False, showing=True, timeout=TIMEOUT):
        """The first node with @role and @name (exact, or a substring with @contains), or None."""
        def search():
            return pyatspi.findDescendant(
                self.root, lambda n: _matches(n, role, name, contains) and (not showing or _showing(n)))
        return wait_for(search, timeout)

    def find_all(self, role=None, name=None, contains=False, showing=True):
        return pyatspi.findAllDescendants(
            self.root, lambda n: _matches(n, role, name, contains) and (not showing or _showing(n)))

    def card(self, title, timeout=TIMEOUT):
        """The Overzicht's figure card titled @title (shown), or None."""
        def search():
            for card in pyatspi.findAllDescendants(self.root, lambda n: n.name == "OvsFigureCard"):
                label = pyatspi.findDescendant(card, lambda n: n.getRoleName() == "label")
                if label is not None and label.name == title and _showing(card):
                    return card
            return None
        return wait_for(search, timeout)

    def within(self, node, role=None, name=None, contains=False):
        return pyatspi.findAllDescendants(node, lambda n: _matches(n, role, name, contains))

    def absent(self, role=None, name=None, contains=False, timeout=3):
        """True when no showing node matches for @timeout seconds' worth of polls."""
        return self.find(role, name, contains, timeout=timeout) is None

    def click(self, node):
        action = node.queryAction()
        for i in range(action.nActions):
            if action.getName(i) in ("click", "activate", "press"):
                return action.doAction(i)
        return action.doAction(0)

    def type_into(self, node, text):
        """Puts @text into a text field: through EditableText where the toolkit offers it, else by
        focusing the field and typing on the X keyboard."""
        try:
            node.queryEditableText().setTextContents(text)
            return
        except NotImplementedError:
            pass
        node.queryComponent().grabFocus()
        subprocess.run(["xdotool", "mousemove", "640", "400"], check=True)
        subprocess.run(["xdotool", "key", "ctrl+a", "BackSpace"], check=True)
        subprocess.run(["xdotool", "type", "--delay", "5", text], check=True)

    def quit(self, check_log=True):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        # Wait until it has left the bus, so that the next App finds only itself.
        wait_for(lambda: self._find_app() is None, timeout=5)
        if check_log:
            self.check_log()

    def check_log(self):
        """Fails the test for every CRITICAL or WARNING the app logged, and for a crash."""
        with open(self.log_path, errors="replace") as log:
            text = log.read()
        if text:
            sys.stderr.write(text)
        bad = [line for line in text.splitlines() if BAD_LOG.search(line)]
        check(not bad, "the app logged no CRITICAL or WARNING%s" % (": " + bad[0] if bad else ""))
        check(self.proc.returncode in (0, -signal.SIGTERM),
              "the app ended normally (exit status %s)" % self.proc.returncode)


def demo_db(name="demo.db", employees=120):
    """A fresh database with the demo data (made by overstap-cli as the operating-system user)."""
    path = os.path.join(TMP, name)
    if os.path.exists(path):
        os.remove(path)
    cli(path, "demo", "--employees", str(employees))
    return path

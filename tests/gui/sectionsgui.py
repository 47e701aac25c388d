"""Helpers for the section tests (Plaatsingen, Ploegen, Overgang, Convenanten, Mijlpalen): open a
section through the sidebar, click a node where the toolkit offers no action (rows of a column view)."""
import json
import subprocess
import time

import pyatspi

from ovsgui import cli, wait_for


def open_section(app, title):
    """Selects sidebar row @title; returns True once its page's title shows in the header bar."""
    sidebar = app.find("list", "Onderdelen")
    if sidebar is None:
        return False
    names = [row.name for row in sidebar if row is not None]
    if title not in names:
        return False
    sidebar.querySelection().selectChild(names.index(title))
    shown = wait_for(lambda: [n for n in app.find_all("label", title)
                              if n.parent and n.parent.parent and n.parent.parent.name == "AdwWindowTitle"])
    time.sleep(0.3)  # the first frame of the page
    return bool(shown)


def sidebar_names(app):
    sidebar = app.find("list", "Onderdelen")
    return [row.name for row in sidebar if row is not None] if sidebar is not None else []


def click_at(node):
    """A real mouse click in the middle of @node (the window sits at the screen's top-left corner:
    Xvfb has no window manager)."""
    ext = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    subprocess.run(["xdotool", "mousemove", str(ext.x + ext.width // 2), str(ext.y + ext.height // 2),
                    "click", "1"], check=True)


def cli_json(db, *args, user=None):
    return json.loads(cli(db, *args, "--json", user=user))


def _on_screen(node):
    try:
        ext = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    except Exception:
        return False
    return ext.width > 0 and ext.height > 0


def _visible_descendants(root, predicate):
    """Depth-first, skipping the subtrees of hidden widgets (other sections' pages, closed
    popovers): far fewer calls over the accessibility bus than walking the whole tree."""
    stack = [root]
    while stack:
        node = stack.pop()
        try:
            if not node.getState().contains(pyatspi.STATE_VISIBLE) and node is not root:
                continue
            if node is not root and predicate(node):
                yield node
            stack.extend(reversed([child for child in node if child is not None]))
        except Exception:  # the tree changes under us
            continue


def find_on_screen(app, role, name, within=None, contains=False, timeout=None):
    """Like App.find, but only a node drawn on the screen (non-empty extents), optionally inside a
    node named @within: other sections keep their widgets "visible" while their page is hidden."""
    def matches(n):
        return n.getRoleName() == role and n.name is not None and ((name in n.name) if contains else n.name == name)

    def search():
        roots = [app.root]
        if within is not None:
            roots = [n for n in _visible_descendants(app.root, lambda n: n.name == within) if _on_screen(n)]
        for root in roots:
            for node in _visible_descendants(root, matches):
                if _on_screen(node):
                    return node
        return None
    return wait_for(search, timeout) if timeout is not None else wait_for(search)

"""Times the first opening of the Medewerkers section and a search keystroke in it: reads what the
page logs (OVERSTAP_BENCH_SEARCH) for the opening (until the rows are in and painted, and the longest
gap between the window's frames meanwhile), then types a name one letter at a time into the search
entry and reads, for each, the time until the filter is done, until the next frame is painted, and
the longest gap between frames meanwhile. Driven by tests/bench/bench-gui-search.sh; prints one
summary line per run.

Once the whole query is typed it also types SHRINK (default ",") and erases it again: a key that takes
the matches from more than the rows GTK keeps built (about 200; "berg" has 251 of 20,000) to none,
so that GTK tears those rows down at once, and back. Those two keys are reported apart (shrink_…,
regrow_…); the summary's other figures are the ordinary keys only, as before.

Usage (through tests/gui/run.sh): test_employees_bench.py N_EMPLOYEES [QUERY [SHRINK]]
"""
import os
import statistics
import sys
import time

from ovsgui import App, TMP, cli, wait_for
from test_employees import Page, click_at, xdo


def log_lines(path):
    if not os.path.exists(path):
        return []
    with open(path) as f:
        return [line.split() for line in f if line.strip()]


def fields(line):
    return dict(part.split("=", 1) for part in line[1:] if "=" in part)


def main():
    n = int(sys.argv[1])
    query = sys.argv[2] if len(sys.argv) > 2 else "berg"
    shrink = sys.argv[3] if len(sys.argv) > 3 else ","
    db = os.path.join(TMP, "bench-%d.db" % n)
    cli(db, "demo", "--employees", str(n))
    log = os.path.join(TMP, "bench-%d.log" % n)
    app = App(db, env={"OVERSTAP_BENCH_SEARCH": log})
    try:
        page = Page(app)
        # The rows arrive from a worker thread: type only once they are in.
        opening = wait_for(lambda: [fields(l) for l in log_lines(log) if l[0] == "open"], timeout=120)
        if opening:
            o = opening[0]
            print("n=%d open load_ms=%s paint_ms=%s max_gap_ms=%s building_gap_ms=%s loaded_gap_ms=%s" % (
                n, o["load_ms"], o["paint_ms"], o["max_gap_ms"], o["building_gap_ms"], o["loaded_gap_ms"]), flush=True)
        click_at(page.find("entry", "Medewerkers zoeken"))
        refresh = [fields(l) for l in log_lines(log) if l[0] == "refresh"]
        results = []
        special = {}
        # Type the query letter by letter, the shrinking key and its erasing, then take the query back
        # letter by letter.
        steps = ([(query[:i], None) for i in range(1, len(query) + 1)] + [(query + shrink, "shrink"), (query, "regrow")]
                 + [(query[:i], None) for i in range(len(query) - 1, -1, -1)])
        previous = ""
        for typed, kind in steps:
            before = len(log_lines(log))
            if len(typed) > len(previous):
                xdo("type", typed[-1])
            else:
                xdo("key", "BackSpace")
            previous = typed
            line = wait_for(lambda: [l for l in log_lines(log)[before:] if l[0] == "search"], timeout=60)
            if not line:
                print("no measurement for %r" % typed)
                continue
            result = fields(line[-1])
            if kind is None:
                results.append(result)
            else:
                special[kind] = result
            print("n=%d query=%-6s shown=%-6s filter_ms=%-8s paint_ms=%-8s max_gap_ms=%-8s filter_cpu_ms=%-6s "
                  "paint_cpu_ms=%s" % (n, repr(result.get("query", "")), result["shown"], result["filter_ms"],
                                       result["paint_ms"], result["max_gap_ms"], result["filter_cpu_ms"],
                                       result.get("paint_cpu_ms", "?")), flush=True)
            time.sleep(0.3)  # let the search entry's own delay pass before the next key
        paint = [float(r["paint_ms"]) for r in results]
        gaps = [float(r["max_gap_ms"]) for r in results]
        cpu = [float(r["filter_cpu_ms"]) for r in results]
        paint_cpu = [float(r["paint_cpu_ms"]) for r in results if "paint_cpu_ms" in r]
        o = opening[0] if opening else {}
        print("SUMMARY n=%d refresh_ms=%s open_paint_ms=%s open_max_gap_ms=%s keystrokes=%d median_paint_ms=%.1f "
              "max_paint_ms=%.1f max_gap_ms=%.1f median_filter_cpu_ms=%.1f max_filter_cpu_ms=%.1f "
              "median_paint_cpu_ms=%.1f max_paint_cpu_ms=%.1f load=%s" % (
                  n, refresh[0]["ms"] if refresh else "?", o.get("paint_ms", "?"), o.get("max_gap_ms", "?"),
                  len(results), statistics.median(paint) if paint else -1,
                  max(paint) if paint else -1, max(gaps) if gaps else -1, statistics.median(cpu) if cpu else -1,
                  max(cpu) if cpu else -1, statistics.median(paint_cpu) if paint_cpu else -1,
                  max(paint_cpu) if paint_cpu else -1, open("/proc/loadavg").read().split()[0]), flush=True)
        for kind in ("shrink", "regrow"):
            r = special.get(kind)
            if r is not None:
                print("SUMMARY n=%d %s query=%r shown=%s paint_ms=%s paint_cpu_ms=%s max_gap_ms=%s filter_cpu_ms=%s" % (
                    n, kind, r.get("query", ""), r["shown"], r["paint_ms"], r.get("paint_cpu_ms", "?"),
                    r["max_gap_ms"], r["filter_cpu_ms"]), flush=True)
    finally:
        app.quit()


if __name__ == "__main__":
    main()

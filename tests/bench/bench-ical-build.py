#!/usr/bin/python3
"""bench-ical-build.py ROWS.json OUTDIR — python3-icalendar builds the crew calendars Overstap exports
(one per crew: VTIMEZONE, one VEVENT per shift with the same properties) and writes them as .ics."""
import json
import os
import sys
from collections import defaultdict
from datetime import datetime, timedelta, timezone

import icalendar
import pytz

AMS = pytz.timezone("Europe/Amsterdam")


def vtimezone():
    tz = icalendar.Timezone()
    tz.add("tzid", "Europe/Amsterdam")
    for kind, start, offset_from, offset_to, name, month in (
            (icalendar.TimezoneDaylight, datetime(1970, 3, 29, 2), 1, 2, "CEST", 3),
            (icalendar.TimezoneStandard, datetime(1970, 10, 25, 3), 2, 1, "CET", 10)):
        part = kind()
        part.add("tzoffsetfrom", timedelta(hours=offset_from))
        part.add("tzoffsetto", timedelta(hours=offset_to))
        part.add("tzname", name)
        part.add("dtstart", start)
        part.add("rrule", {"freq": "yearly", "bymonth": month, "byday": "-1su"})
        tz.add_component(part)
    return tz


def local(date, time):
    return AMS.localize(datetime.strptime(f"{date} {time}", "%Y-%m-%d %H:%M"))


def main():
    rows = json.load(open(sys.argv[1]))
    os.makedirs(sys.argv[2], exist_ok=True)
    crews = defaultdict(list)
    names = defaultdict(list)
    for row in rows:
        crews[row["crew_id"]].append(row)
        names[(row["crew_id"], row["date"])].append(row["employee"])
    now = datetime.now(timezone.utc)
    for crew_id, shifts in crews.items():
        cal = icalendar.Calendar()
        title = f"Rooster {shifts[0]['crew']}"
        for key, value in (("version", "2.0"), ("prodid", "-//Overstap//Overstap 0.1//NL"),
                           ("calscale", "GREGORIAN"), ("method", "PUBLISH"), ("name", title),
                           ("x-wr-calname", title)):
            cal.add(key, value)
        cal.add_component(vtimezone())
        for s in shifts:
            ev = icalendar.Event()
            ev.add("uid", s["uid"])
            ev.add("dtstamp", now)
            ev.add("dtstart", local(s["date"], s["start_time"]))
            ev.add("dtend", local(s["date"], s["end_time"]))
            ev.add("sequence", s["sequence"])
            ev.add("status", "CANCELLED" if s["cancelled"] else "CONFIRMED")
            ev.add("summary", f"Dienst {s['crew']}: {s['task']} ({s['employee']})")
            ev.add("location", s["location"])
            ev.add("description", f"Medewerker: {s['employee']}\nPloeg deze dag: "
                   f"{', '.join(names[(crew_id, s['date'])])}\nPloegleider: {s['leader']}\n"
                   f"Taak: {s['task']}\nPauze: {s['break_minutes']} minuten")
            cal.add_component(ev)
        with open(os.path.join(sys.argv[2], f"{crew_id:02d}.ics"), "wb") as out:
            out.write(cal.to_ical())


main()

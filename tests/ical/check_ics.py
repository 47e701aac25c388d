#!/usr/bin/python3
"""check_ics.py FILE.ics — reads an exported feed with python3-icalendar and prints its events as JSON.

Each timed event's start and end are converted to UTC twice: with the VTIMEZONE the file carries
(Timezone.to_tz) and with the Olson zone its TZID names (pytz); the two must agree. All-day events
give their dates. Also checks the raw text: CRLF everywhere, no line over 75 octets.
Exit status 1 with a message on any problem."""
import json
import sys
from datetime import date, datetime, timezone

import icalendar
import pytz


def fail(message):
    print(f"check_ics.py: {sys.argv[1]}: {message}", file=sys.stderr)
    sys.exit(1)


def check_lines(raw):
    if not raw.endswith(b"\r\n"):
        fail("the file does not end in CRLF")
    for number, line in enumerate(raw[:-2].split(b"\r\n"), 1):
        if b"\n" in line or b"\r" in line:
            fail(f"line {number} has a bare LF or CR")
        if len(line) > 75:
            fail(f"line {number} has {len(line)} octets")
        line.decode("utf-8")   # a fold inside a UTF-8 sequence would not decode


def to_utc(prop, zones):
    value = prop.dt
    if not isinstance(value, datetime):
        return value.isoformat()
    tzid = prop.params.get("TZID")
    if tzid is None:
        if value.tzinfo is None:
            fail(f"floating time {value}")
        return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    naive = value.replace(tzinfo=None)
    if tzid not in zones:
        fail(f"TZID {tzid} has no VTIMEZONE")
    by_definition = zones[tzid].localize(naive).astimezone(timezone.utc)
    by_name = pytz.timezone(tzid).localize(naive).astimezone(timezone.utc)
    if by_definition != by_name:
        fail(f"VTIMEZONE {tzid} gives {by_definition} for {naive}, the Olson zone {by_name}")
    return by_definition.strftime("%Y-%m-%dT%H:%M:%SZ")


def main():
    raw = open(sys.argv[1], "rb").read()
    check_lines(raw)
    calendar = icalendar.Calendar.from_ical(raw)
    zones = {str(tz["TZID"]): tz.to_tz() for tz in calendar.walk("VTIMEZONE")}
    events = []
    for event in calendar.walk("VEVENT"):
        events.append({
            "uid": str(event["UID"]),
            "start": to_utc(event["DTSTART"], zones),
            "end": to_utc(event["DTEND"], zones),
            "all_day": not isinstance(event["DTSTART"].dt, datetime),
            "sequence": int(event.get("SEQUENCE", 0)),
            "status": str(event.get("STATUS", "")),
            "summary": str(event.get("SUMMARY", "")),
        })
    events.sort(key=lambda e: e["uid"])
    json.dump({"calendar": str(calendar.get("X-WR-CALNAME", "")), "events": events}, sys.stdout,
              ensure_ascii=False, indent=1, sort_keys=True)
    print()


main()

#!/usr/bin/python3
"""caldav_client.py — the second, independent CalDAV client of the tests (python3-caldav).

  caldav_client.py read URL USER PASSWORD [DIR]   the calendars under URL as JSON: display name, time
                                                  zone, and per event its UID, ETag, summary, start (UTC),
                                                  TZID, status and sequence; with DIR, each resource's
                                                  text is written there too (DIR/<calendar>/<name>.ics)
  caldav_client.py touch URL USER PASSWORD CALENDAR UID SUMMARY
                                                  changes one event's SUMMARY on the server (someone else)
  caldav_client.py leave URL USER PASSWORD NAME   makes calendar NAME with two leave events
"""
import json
import os
import sys
from datetime import date, datetime, timezone
from xml.etree import ElementTree

import caldav
import icalendar

DAV = "{DAV:}"
CAL = "{urn:ietf:params:xml:ns:caldav}"


def client(url, user, password):
    return caldav.DAVClient(url, username=user, password=password)


def propfind(dav, url, props, depth):
    body = ('<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:" '
            'xmlns:c="urn:ietf:params:xml:ns:caldav"><d:prop>' + props + '</d:prop></d:propfind>')
    response = dav.propfind(url, body, depth)
    if response.status != 207:
        sys.exit(f"caldav_client.py: PROPFIND {url}: {response.status}")
    return ElementTree.fromstring(response.raw.encode() if isinstance(response.raw, str) else response.raw)


def utc(value):
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return value.isoformat()


def read_calendar(dav, calendar, out_dir):
    tree = propfind(dav, str(calendar.url), "<d:displayname/><c:calendar-timezone/>", 0)
    name = tree.findtext(f".//{DAV}displayname") or ""
    zone_text = tree.findtext(f".//{CAL}calendar-timezone") or ""
    zone = ""
    if zone_text:
        for component in icalendar.Calendar.from_ical(zone_text).walk("VTIMEZONE"):
            zone = str(component["TZID"])
    etags = {}
    for response in propfind(dav, str(calendar.url), "<d:getetag/>", 1).iter(f"{DAV}response"):
        href = response.findtext(f"{DAV}href")
        etag = response.findtext(f".//{DAV}getetag")
        if href and etag and href.endswith(".ics"):
            etags[href.rsplit("/", 1)[1]] = etag
    events = {}
    for resource in calendar.events():
        file_name = str(resource.url).rsplit("/", 1)[1]
        if out_dir:
            folder = os.path.join(out_dir, os.path.basename(str(calendar.url).rstrip("/")))
            os.makedirs(folder, exist_ok=True)
            with open(os.path.join(folder, file_name), "w", encoding="utf-8", newline="") as f:
                f.write(resource.data)
        for event in icalendar.Calendar.from_ical(resource.data).walk("VEVENT"):
            uid = str(event["UID"])
            if uid in events:
                sys.exit(f"caldav_client.py: UID {uid} twice in {name}")
            start = event["DTSTART"]
            events[uid] = {
                "etag": etags.get(file_name, ""),
                "resource": file_name,
                "summary": str(event.get("SUMMARY", "")),
                "start": utc(start.dt),
                "tzid": str(start.params.get("TZID", "")),
                "status": str(event.get("STATUS", "")),
                "sequence": int(event.get("SEQUENCE", 0)),
                "organizer": str(event.get("ORGANIZER", "")),
            }
    return name, {"href": str(calendar.url), "timezone": zone, "events": events}


def read(url, user, password, out_dir=None):
    dav = client(url, user, password)
    calendars = {}
    for calendar in caldav.CalendarSet(client=dav, url=url).calendars():
        name, content = read_calendar(dav, calendar, out_dir)
        if name in calendars:
            sys.exit(f"caldav_client.py: two calendars named {name}")
        calendars[name] = content
    json.dump({"calendars": calendars}, sys.stdout, indent=1, sort_keys=True)
    print()


def touch(url, user, password, calendar_name, uid, summary):
    dav = client(url, user, password)
    for calendar in caldav.CalendarSet(client=dav, url=url).calendars():
        if calendar.name == calendar_name:
            event = calendar.event_by_uid(uid)
            event.vobject_instance.vevent.summary.value = summary
            event.save()
            return
    sys.exit(f"caldav_client.py: no calendar {calendar_name}")


LEAVE = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//HR//Verlof//NL
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260101T000000Z
DTSTART;VALUE=DATE:{start}
DTEND;VALUE=DATE:{end}
SUMMARY:Vakantie
END:VEVENT
END:VCALENDAR
"""


def leave(url, user, password, name):
    dav = client(url, user, password)
    calendar = caldav.CalendarSet(client=dav, url=url).make_calendar(name=name, cal_id=name)
    calendar.save_event(LEAVE.format(uid="verlof-1@hr", start="20260323", end="20260325"))
    calendar.save_event(LEAVE.format(uid="verlof-2@hr", start="20270810", end="20270812"))


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    {"read": read, "touch": touch, "leave": leave}[command](*args)

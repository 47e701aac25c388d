#!/usr/bin/env node
// check_ics.mjs FILE.ics — reads an exported feed with ical.js and prints its events as JSON, in the
// same form as check_ics.py. ical.js has no time zone database of its own: it can only convert a
// TZID=Europe/Amsterdam time through the VTIMEZONE the file carries.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';

const file = process.argv[2];

function fail(message) {
  console.error(`check_ics.mjs: ${file}: ${message}`);
  process.exit(1);
}

function iso(time) {
  if (time.isDate)
    return `${String(time.year).padStart(4, '0')}-${String(time.month).padStart(2, '0')}-${String(time.day).padStart(2, '0')}`;
  if (!time.zone || time.zone.tzid === 'floating')
    fail(`floating time ${time.toString()}`);
  return new Date(time.toUnixTime() * 1000).toISOString().replace('.000Z', 'Z');
}

const text = readFileSync(file, 'utf8');
const calendar = new ICAL.Component(ICAL.parse(text));
for (const zone of calendar.getAllSubcomponents('vtimezone'))
  ICAL.TimezoneService.register(zone);

const events = calendar.getAllSubcomponents('vevent').map((component) => {
  const event = new ICAL.Event(component);
  const tzid = component.getFirstProperty('dtstart').getParameter('tzid');
  if (tzid && event.startDate.zone.tzid !== tzid)
    fail(`DTSTART of ${event.uid} is not read in ${tzid}`);
  return {
    uid: event.uid,
    start: iso(event.startDate),
    end: iso(event.endDate),
    all_day: event.startDate.isDate,
    sequence: event.sequence || 0,
    status: component.getFirstPropertyValue('status') || '',
    summary: event.summary || '',
  };
});
events.sort((a, b) => (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
const sortKeys = (value) => (Array.isArray(value) ? value.map(sortKeys) : value && typeof value === 'object'
  ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys(value[k])])) : value);
process.stdout.write(JSON.stringify(sortKeys({ calendar: calendar.getFirstPropertyValue('x-wr-calname') || '', events }), null, 1) + '\n');

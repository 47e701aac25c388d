#!/usr/bin/env node
// bench-ical-build.mjs ROWS.json OUTDIR — ical.js builds the crew calendars Overstap exports (one per
// crew: VTIMEZONE, one VEVENT per shift with the same properties) and writes them as .ics.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from '../ical/node_modules/ical.js/dist/ical.js';

const [rowsFile, outDir] = process.argv.slice(2);
const rows = JSON.parse(readFileSync(rowsFile, 'utf8'));
mkdirSync(outDir, { recursive: true });

function vtimezone() {
  const tz = new ICAL.Component('vtimezone');
  tz.addPropertyWithValue('tzid', 'Europe/Amsterdam');
  for (const [kind, start, from, to, name, month] of [
    ['daylight', '1970-03-29T02:00:00', '+01:00', '+02:00', 'CEST', 3],
    ['standard', '1970-10-25T03:00:00', '+02:00', '+01:00', 'CET', 10]]) {
    const part = new ICAL.Component(kind);
    part.addPropertyWithValue('tzoffsetfrom', ICAL.UtcOffset.fromString(from));
    part.addPropertyWithValue('tzoffsetto', ICAL.UtcOffset.fromString(to));
    part.addPropertyWithValue('tzname', name);
    part.addPropertyWithValue('dtstart', ICAL.Time.fromDateTimeString(start));
    part.addPropertyWithValue('rrule', new ICAL.Recur({ freq: 'YEARLY', bymonth: [month], byday: ['-1SU'] }));
    tz.addSubcomponent(part);
  }
  return tz;
}

function local(name, date, time) {
  const prop = new ICAL.Property(name);
  prop.setParameter('tzid', 'Europe/Amsterdam');
  prop.setValue(ICAL.Time.fromDateTimeString(`${date}T${time}:00`));
  return prop;
}

const crews = new Map();
const names = new Map();
for (const row of rows) {
  if (!crews.has(row.crew_id)) crews.set(row.crew_id, []);
  crews.get(row.crew_id).push(row);
  const key = `${row.crew_id}|${row.date}`;
  if (!names.has(key)) names.set(key, []);
  names.get(key).push(row.employee);
}
const now = ICAL.Time.now();
now.zone = ICAL.Timezone.utcTimezone;
for (const [crewId, shifts] of crews) {
  const cal = new ICAL.Component('vcalendar');
  const title = `Rooster ${shifts[0].crew}`;
  for (const [key, value] of [['version', '2.0'], ['prodid', '-//Overstap//Overstap 0.1//NL'],
    ['calscale', 'GREGORIAN'], ['method', 'PUBLISH'], ['name', title], ['x-wr-calname', title]])
    cal.addPropertyWithValue(key, value);
  cal.addSubcomponent(vtimezone());
  for (const s of shifts) {
    const ev = new ICAL.Component('vevent');
    ev.addPropertyWithValue('uid', s.uid);
    ev.addPropertyWithValue('dtstamp', now);
    ev.addProperty(local('dtstart', s.date, s.start_time));
    ev.addProperty(local('dtend', s.date, s.end_time));
    ev.addPropertyWithValue('sequence', s.sequence);
    ev.addPropertyWithValue('status', s.cancelled ? 'CANCELLED' : 'CONFIRMED');
    ev.addPropertyWithValue('summary', `Dienst ${s.crew}: ${s.task} (${s.employee})`);
    ev.addPropertyWithValue('location', s.location);
    ev.addPropertyWithValue('description', `Medewerker: ${s.employee}\nPloeg deze dag: ` +
      `${names.get(`${crewId}|${s.date}`).join(', ')}\nPloegleider: ${s.leader}\nTaak: ${s.task}\n` +
      `Pauze: ${s.break_minutes} minuten`);
    cal.addSubcomponent(ev);
  }
  writeFileSync(join(outDir, `${String(crewId).padStart(2, '0')}.ics`), cal.toString());
}

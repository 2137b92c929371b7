import type { Priority, Task } from '@doable/contracts';
import { formatDuration, parseDuration } from '@doable/contracts';
import { seededRandom } from '@doable/test-kit';
import { describe, expect, it } from 'vitest';
import { parseRecurrence } from '../tasks/recurrence.ts';
import { taskToVcalendar, taskUid, vcalendarToTask } from './vtodo-mapping.ts';
import { aTask, storedTask } from './vtodo-test-tasks.ts';

// No property-testing library is in the tree: a seeded generator, so a failure names the seed that reproduces it.
function random(seed: number) {
  const generator = seededRandom(seed);
  const int = generator.between;
  const pick = <T>(items: readonly T[]): T => generator.pick(items) as T;
  const chance = (p: number) => generator.next() < p;
  const text = (alphabet: readonly string[], min: number, max: number) =>
    Array.from({ length: int(min, max) }, () => pick(alphabet)).join('');
  return { int, pick, chance, text };
}

// Characters iCalendar escapes or folds around (",", ";", "\", newlines), and text beyond ASCII.
const TEXT = [...'abcdefghij XYZ0123', ',', ';', ':', '\\', '"', '\n', '\r\n', '\r', 'é', 'ß', '漢', '😀', '\t', '='];
const TAG = [...'abcdefghijxyz0123', '-', '_', ';', ':', '\\', ' ', 'é', 'ß', '漢', '😀'];
const RULES = [
  'daily',
  'weekly',
  'monthly',
  'FREQ=YEARLY',
  'FREQ=WEEKLY;BYDAY=MO,WE',
  'FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=15',
  'FREQ=DAILY;COUNT=5',
  'FREQ=WEEKLY;UNTIL=20271231T000000Z',
  'FREQ=MONTHLY;BYDAY=-1FR',
];
const EARLIEST = Date.UTC(1900, 0, 1) / 1000;
const LATEST = Date.UTC(9999, 11, 31) / 1000;

function aRandomTask(r: ReturnType<typeof random>): { task: Task; parentId: number | null } {
  const instant = () => new Date(r.int(EARLIEST, LATEST) * 1000).toISOString();
  let title = r.text(TEXT, 1, 80).trim();
  if (title === '') title = 'x';
  const due = r.chance(0.7) ? instant() : null;
  const reminder = r.pick(['none', 'before', 'at'] as const);
  const remindBefore = reminder === 'before' ? r.int(0, 525_600) * 60 : null;
  const completed = r.chance(0.3);
  const recurring = r.chance(0.4) ? r.pick(RULES) : null;
  const stored = recurring === null ? null : parseRecurrence(recurring);
  const task = aTask({
    id: r.int(1, Number.MAX_SAFE_INTEGER),
    title,
    description: r.chance(0.5) ? r.text(TEXT, 0, 300) : '',
    completed,
    completed_at: completed ? instant() : null,
    priority: r.pick<Priority>(['high', 'medium', 'low']),
    tags: [...new Set(Array.from({ length: r.int(0, 6) }, () => r.text(TAG, 1, 15).trim()).filter((tag) => tag !== ''))],
    due_date: due,
    recurring: stored?.ok ? stored.rule : null,
    remind_before: remindBefore === null ? null : formatDuration(remindBefore),
    reminder_at:
      reminder === 'at' ? instant() : remindBefore !== null && due ? new Date(Date.parse(due) - remindBefore * 1000).toISOString() : null,
    created_at: instant(),
    updated_at: instant(),
  });
  return { task, parentId: r.chance(0.3) ? r.int(1, 1_000_000) : null };
}

/** What a VTODO must give back for each field Doable models. */
function modelledFields(task: Task) {
  return {
    // iCalendar text has no CR: line breaks come back as LF.
    title: task.title.replace(/\r\n?/g, '\n'),
    description: task.description.replace(/\r\n?/g, '\n'),
    completed: task.completed,
    priority: task.priority,
    tags: task.tags,
    due_date: task.due_date === null ? null : new Date(task.due_date),
    recurring: task.recurring,
    remind_before: task.remind_before === null ? null : parseDuration(task.remind_before),
    reminder_at: task.remind_before === null && task.reminder_at !== null ? new Date(task.reminder_at) : null,
  };
}

const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham'];

describe('the VTODO mapping, on random tasks', () => {
  it('gives back every field Doable models: task → iCalendar → task is the identity', () => {
    for (let seed = 1; seed <= 300; seed += 1) {
      const r = random(seed);
      const { task, parentId } = aRandomTask(r);
      const parentUid = parentId === null ? null : taskUid(parentId);
      const text = taskToVcalendar(task, { parentUid });
      const parsed = vcalendarToTask(text, r.pick(ZONES));
      expect({ seed, fields: parsed.fields }).toEqual({ seed, fields: modelledFields(task) });
      expect({ seed, uid: parsed.uid, parentUid: parsed.parentUid }).toEqual({ seed, uid: taskUid(task.id), parentUid });
      // What came back is written exactly as Doable wrote it.
      expect({ seed, text: taskToVcalendar(storedTask(parsed.fields, task), { extras: parsed.extras, parentUid }) }).toEqual({
        seed,
        text,
      });
    }
  });

  it('keeps every property and component Doable does not model through parse → write → parse', () => {
    for (let seed = 1; seed <= 300; seed += 1) {
      const r = random(seed);
      const extras = randomExtras(r);
      const text = [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Random client//EN',
        ...extras.calendar,
        'BEGIN:VTODO',
        `UID:${r.text([...'abcdef0123-@.'], 1, 40)}`,
        'DTSTAMP:20261201T000000Z',
        'SUMMARY:Random',
        ...extras.todo,
        // Doable's reminder; the alarms after it are the client's.
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        'TRIGGER;RELATED=END:-PT10M',
        'END:VALARM',
        ...extras.components,
        'END:VTODO',
        'END:VCALENDAR',
        '',
      ].join('\r\n');
      const zone = r.pick(ZONES);
      const first = vcalendarToTask(text, zone);
      expect({ seed, kept: first.extras.todo.length + first.extras.components.length + first.extras.calendar.length }).toEqual({
        seed,
        kept: extras.todo.length + extras.components.length + extras.calendar.length,
      });
      const written = taskToVcalendar(storedTask(first.fields), { extras: first.extras });
      const second = vcalendarToTask(written, zone);
      expect({ seed, extras: second.extras, fields: second.fields, uid: second.uid }).toEqual({
        seed,
        extras: first.extras,
        fields: first.fields,
        uid: first.uid,
      });
    }
  });
});

const escapeText = (value: string) =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/[,;]/g, (c) => `\\${c}`);

function randomExtras(r: ReturnType<typeof random>) {
  const word = () => r.text([...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'], 1, 8);
  const param = () => `;X-${word()}=${r.chance(0.5) ? word() : `"${r.text([...'abc ,;:'], 1, 10)}"`}`;
  const property = () =>
    r.pick([
      () => `X-${word()}-${word()}${r.chance(0.5) ? param() : ''}:${escapeText(r.text(TEXT, 0, 120))}`,
      () => `LOCATION:${escapeText(r.text(TEXT, 1, 40))}`,
      () => `URL:https://example.org/${word()}`,
      () => `GEO:${r.int(-89, 89)}.5;${r.int(-179, 179)}.25`,
      () => `CLASS:${r.pick(['PUBLIC', 'PRIVATE', 'CONFIDENTIAL'])}`,
      () => `SEQUENCE:${r.int(0, 99)}`,
      () => `ATTENDEE;CN=${word()};PARTSTAT=NEEDS-ACTION:mailto:${word().toLowerCase()}@example.org`,
      () => `DTSTART:2026${String(r.int(1, 12)).padStart(2, '0')}10T0${r.int(0, 9)}0000Z`,
      () => `COMMENT:${escapeText(r.text(TEXT, 1, 60))}`,
      () => `RELATED-TO;RELTYPE=SIBLING:${word()}`,
    ])();
  const alarm = () =>
    ['BEGIN:VALARM', 'ACTION:AUDIO', `TRIGGER;VALUE=DATE-TIME:2026121${r.int(0, 9)}T100000Z`, `X-${word()}:${word()}`, 'END:VALARM'].join(
      '\r\n',
    );
  return {
    calendar: Array.from({ length: r.int(0, 2) }, () => `X-WR-${word()}:${escapeText(r.text(TEXT, 1, 20))}`),
    todo: Array.from({ length: r.int(1, 8) }, property),
    components: Array.from({ length: r.int(0, 2) }, alarm),
  };
}

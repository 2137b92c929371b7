import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { firstOnRule } from '../quick-add/quick-add-dates.ts';
import { parseQuickAdd } from '../quick-add/quick-add-parser.ts';
import { resolveDate } from './dates.ts';
import { interpret } from './interpreter/offline-interpreter.ts';

// A weekday that is today, said in chat and typed into quick add on a Thursday morning and a Thursday afternoon: both
// read it the same, today while the time it gets (said, or 09:00) is still ahead, else next week, and never in the past.

const ZONE = 'America/New_York';
const at = (wall: string) => DateTime.fromFormat(wall, 'yyyy-MM-dd HH:mm', { zone: ZONE }).toJSDate();
const MORNING = at('2026-01-22 08:00');
const AFTERNOON = at('2026-01-22 15:00');

type Row = [phrase: string, dueInTheMorning: string, dueInTheAfternoon: string];

const ROWS: Row[] = [
  ['remind me on thursday to call mum', '2026-01-22 09:00', '2026-01-29 09:00'],
  ['remind me thursday at 10am to call mum', '2026-01-22 10:00', '2026-01-29 10:00'],
  ['remind me on thursday at 5pm to call mum', '2026-01-22 17:00', '2026-01-22 17:00'],
  ['call mum thursday', '2026-01-22 09:00', '2026-01-29 09:00'],
  ['call mum on thursday 10am', '2026-01-22 10:00', '2026-01-29 10:00'],
  ['call mum thursday 5pm', '2026-01-22 17:00', '2026-01-22 17:00'],
  // chrono implies 06:00 for "morning" and moves on past it; the task gets 09:00, still ahead at 08:00.
  ['call mum thursday morning', '2026-01-22 09:00', '2026-01-29 09:00'],
  ['water the plants every thursday', '2026-01-22 09:00', '2026-01-29 09:00'],
  ['every thursday at 6pm put the bins out', '2026-01-22 18:00', '2026-01-22 18:00'],
  ['call mum next thursday', '2026-01-29 09:00', '2026-01-29 09:00'],
  ['call mum this thursday', '2026-01-22 09:00', '2026-01-29 09:00'],
  ['call mum this thursday at 5pm', '2026-01-22 17:00', '2026-01-22 17:00'],
];

/** The due date chat sets: the interpreter's phrase read by resolveDate, a rule's moved to its first date as the tool does. */
function chatDue(phrase: string, now: Date): { due: Date; remindBefore: unknown } {
  const reading = interpret(phrase);
  if (reading.kind !== 'call' || typeof reading.args.due_date !== 'string') throw new Error(`no due date read in ${phrase}`);
  const due = resolveDate(reading.args.due_date, ZONE, now);
  const rule = reading.tool === 'create_recurring' ? String(reading.args.pattern) : '';
  return { due: rule ? (firstOnRule(rule, due, ZONE, now) ?? due) : due, remindBefore: reading.args.remind_before };
}

function quickAddDue(phrase: string, now: Date): { due: Date; remindBefore: unknown } {
  const { fields } = parseQuickAdd(phrase, { now, timeZone: ZONE });
  if (!fields.due_date) throw new Error(`no due date read in ${phrase}`);
  return { due: new Date(fields.due_date), remindBefore: fields.remind_before };
}

describe('a weekday that is today', () => {
  describe.each([
    ['chat', chatDue],
    ['quick add', quickAddDue],
  ] as const)('in %s', (_reader, read) => {
    it.each(ROWS)('reads %j on a Thursday morning and afternoon', (phrase, morning, afternoon) => {
      for (const [now, wall] of [
        [MORNING, morning],
        [AFTERNOON, afternoon],
      ] as const) {
        const { due, remindBefore } = read(phrase, now);
        expect(due.toISOString(), `said at ${now.toISOString()}`).toBe(at(wall).toISOString());
        expect(due.getTime()).toBeGreaterThan(now.getTime());
        // "remind me …" rings at the due date itself: never before the moment it was said.
        if (phrase.startsWith('remind me')) expect(remindBefore).toBe('0m');
      }
    });
  });

  it('takes the time said apart from the weekday in quick add ("thursday … 5pm" at 3pm is today)', () => {
    const { due } = quickAddDue('call mum thursday buy milk 5pm', AFTERNOON);
    expect(due.toISOString()).toBe(at('2026-01-22 17:00').toISOString());
  });

  it('keeps a weekday that points back ("last thursday") in the past', () => {
    expect(resolveDate('last thursday', ZONE, AFTERNOON).toISOString()).toBe(at('2026-01-15 09:00').toISOString());
  });

  it('ends a weekday that is today at tonight\'s midnight ("thursday 24:00"), still ahead', () => {
    expect(resolveDate('thursday 24:00', ZONE, AFTERNOON).toISOString()).toBe(at('2026-01-23 00:00').toISOString());
  });
});

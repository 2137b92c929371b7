import { describe, expect, it } from 'vitest';
import { CORPUS_PROJECTS } from '../eval/language-corpus.ts';
import { asCall, meaning } from '../eval/language-eval.ts';
import { interpret } from './offline-interpreter.ts';
import { last, type Said as Row, t } from './said-rows.ts';

// A reminder snoozed for minutes or hours ("snooze that for 10 minutes"): reminded again that long from now, the
// task's due date kept; days or more still put the task off. Compared by meaning, as the language evaluation compares.

const ROWS: Row[] = [
  // Phrasings of the voice-assistant batch.
  ['snooze that for 10 minutes', 'set_reminder', { at: '2026-01-22 12:10' }, last],
  // The same shape with other lengths and words.
  ['snooze it for an hour', 'set_reminder', { at: '2026-01-22 13:00' }, last],
  ['snooze the reminder for fifteen minutes', 'set_reminder', { at: '2026-01-22 12:15' }, last],
  ['snooze that for half an hour', 'set_reminder', { at: '2026-01-22 12:30' }, last],
  ['snooze it for another 5 mins', 'set_reminder', { at: '2026-01-22 12:05' }, last],
  ['snooze this alarm for 2 hours', 'set_reminder', { at: '2026-01-22 14:00' }, last],
  // A named reminder as before; days put the task off.
  ['snooze the dentist reminder for 5 minutes', 'set_reminder', { at: '2026-01-22 12:05' }, t('dentist')],
  ['snooze the reminder for the laundry for an hour', 'set_reminder', { at: '2026-01-22 13:00' }, t('laundry')],
  ['snooze it for 2 days', 'postpone_task', { by: 'P2D' }, last],
  ['snooze gym +2d', 'postpone_task', { by: 'P2D' }, t('gym')],
];

const read = (sentence: string) => interpret(sentence, { projects: CORPUS_PROJECTS });

describe('a reminder snoozed', () => {
  it.each(ROWS)('reads %j', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(read(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });
});

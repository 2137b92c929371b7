import { describe, expect, it } from 'vitest';
import { type Interpretation, interpret, type TaskRef } from './offline-interpreter.ts';
import { id, last } from './said-rows.ts';
import { amountAsDuration } from './shift.ts';

// Sentence kinds read since issue 17's first round: relative moves of a due date, "bump X to <date>", things
// reported done in the past tense, several tags at once, and a monthly weekday rule's first day.

type Row = [phrase: string, tool: string, args: Record<string, unknown>, target?: TaskRef];

const title = (words: string): TaskRef => ({ title: words });

const READINGS: Row[] = [
  ['push the dentist back 2 days', 'postpone_task', { by: 'P2D' }, title('dentist')],
  ['postpone taxes by a week', 'postpone_task', { by: 'P1W' }, title('taxes')],
  ['delay the report by 3 days', 'postpone_task', { by: 'P3D' }, title('report')],
  ['push it back 2 days', 'postpone_task', { by: 'P2D' }, last],
  ['bring the meeting forward an hour', 'postpone_task', { by: '-PT1H' }, title('meeting')],
  ['move the dentist a day later', 'postpone_task', { by: 'P1D' }, title('dentist')],
  ['push back the vet by a couple of days', 'postpone_task', { by: 'P2D' }, title('vet')],
  ['move 7 two weeks earlier', 'postpone_task', { by: '-P2W' }, id(7)],
  ['bring the meeting forward half an hour', 'postpone_task', { by: '-PT30M' }, title('meeting')],
  ['put off the gym for a month', 'postpone_task', { by: 'P1M' }, title('gym')],
  ['bump the report to tomorrow', 'set_due_date', { date: 'tomorrow' }, title('report')],
  ['bump the report to next friday 3pm', 'set_due_date', { date: 'next friday 3pm' }, title('report')],
  ['bump the report to high', 'set_priority', { priority: 'high' }, title('report')],
  ['bump up the report', 'set_priority', { priority: 'high' }, title('report')],
  ['push 4 back to next month', 'set_due_date', { date: 'next month' }, id(4)],
  ["I've paid the rent", 'complete_task', {}, title('rent')],
  ['called mom', 'complete_task', {}, title('mom')],
  ['sent the invoice', 'complete_task', {}, title('invoice')],
  ['booked the flights', 'complete_task', {}, title('flights')],
  ['I finally picked up the dry cleaning today', 'complete_task', {}, title('dry cleaning')],
  ['we have mowed the lawn', 'complete_task', {}, title('lawn')],
  ['took the bins out', 'complete_task', {}, title('bins')],
  ['done painting the fence', 'complete_task', {}, title('fence')],
  ['tag the bike as hobby and outdoors', 'add_tag', { tags: ['hobby', 'outdoors'] }, title('bike')],
  ['label it home, errands', 'add_tag', { tags: ['home', 'errands'] }, last],
  ['tag 5 with home, errands and weekend', 'add_tag', { tags: ['home', 'errands', 'weekend'] }, id(5)],
  ['tag the bike as hobby', 'add_tag', { tag: 'hobby' }, title('bike')],
  ['add team sync every first monday of the month', 'create_recurring', { title: 'team sync', pattern: 'FREQ=MONTHLY;BYDAY=1MO' }],
  ['the last friday of every month pay day drinks', 'create_recurring', { title: 'pay day drinks', pattern: 'FREQ=MONTHLY;BYDAY=-1FR' }],
  [
    'every sunday evening plan the week',
    'create_recurring',
    { title: 'plan the week', pattern: 'FREQ=WEEKLY;BYDAY=SU', due_date: 'sunday evening' },
  ],
];

/** Said so, they complete nothing and move nothing: questions, negatives, other verbs, a way not said. */
const NOTHING_DONE = [
  "I haven't called mom yet",
  'called mom?',
  "I didn't pay the rent",
  'forgot to call mom',
  'almost finished the report',
  'never booked the flights',
  'did I call mom',
  'move the meeting an hour',
];

function asCall(value: Interpretation) {
  if (value.kind !== 'call') return { kind: value.kind };
  return { tool: value.tool, args: value.args, target: value.target ?? null };
}

describe('relative moves, past-tense reports, several tags, monthly weekday rules', () => {
  it.each(READINGS)('reads %j as a call to %s', (phrase, tool, args, target) => {
    expect(asCall(interpret(phrase, { projects: ['Inbox', 'Work'] }))).toEqual({ tool, args, target: target ?? null });
  });

  it.each(NOTHING_DONE)('reads %j as no change', (phrase) => {
    const got = interpret(phrase);
    expect(got.kind === 'call' ? got.tool : got.kind).not.toMatch(/complete_task|postpone_task|set_due_date|add_task/);
  });

  it.each([
    ['2 days', 'P2D'],
    ['an hour', 'PT1H'],
    ['half an hour', 'PT30M'],
    ['a couple of weeks', 'P2W'],
    ['a fortnight', 'P2W'],
    ['three months', 'P3M'],
    ['a year', 'P1Y'],
    ['45 minutes', 'PT45M'],
  ])('reads the amount %j as %s', (amount, duration) => {
    expect(amountAsDuration(amount)).toBe(duration);
  });
});

import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// Rules said the ways new users say them (phrasings of our own): a period with its weekday ("every fortnight on
// thursday", "every 2nd week on wednesday"), once per period, the days in the plural with a time, short spellings, an
// hour with its part of the day, and a place a walk goes to that is no project.

const RULES: [phrase: string, args: Record<string, unknown>][] = [
  ['team lunch every fortnight on thursday', { title: 'team lunch', pattern: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH', due_date: 'thursday' }],
  [
    'add take out recycling every 2nd week on wednesday',
    { title: 'take out recycling', pattern: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE', due_date: 'wednesday' },
  ],
  [
    'every second week on monday and friday payroll',
    { title: 'payroll', pattern: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR', due_date: 'monday or friday' },
  ],
  ['clean the fridge once a month', { title: 'clean the fridge', pattern: 'monthly' }],
  ['defrost the freezer once every 3 months', { title: 'defrost the freezer', pattern: 'FREQ=MONTHLY;INTERVAL=3' }],
  [
    'yoga on weekdays at 7am',
    { title: 'yoga', pattern: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', due_date: 'monday or tuesday or wednesday or thursday or friday at 7am' },
  ],
  ['piano practice on tuesdays at 5pm', { title: 'piano practice', pattern: 'FREQ=WEEKLY;BYDAY=TU', due_date: 'tuesday at 5pm' }],
  ['every wkday standup', { title: 'standup', pattern: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' }],
  ['every wkend long run', { title: 'long run', pattern: 'FREQ=WEEKLY;BYDAY=SA,SU' }],
  ['all the days at 7 in the morning take the pill', { title: 'take the pill', pattern: 'daily', due_date: 'at 7am' }],
  ['every day at 8 in the evening walk the dog', { title: 'walk the dog', pattern: 'daily', due_date: 'at 8pm' }],
  ['each and every day stretch', { title: 'stretch', pattern: 'daily' }],
  ['every day at half 7 walk the dog', { title: 'walk the dog', pattern: 'daily', due_date: 'at half 7' }],
  ['every day except weekends walk to work', { title: 'walk to work', pattern: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' }],
  ['every first of the month pay the rent', { title: 'pay the rent', pattern: 'FREQ=MONTHLY;BYMONTHDAY=1', due_date: 'the 1st' }],
  ['pay the rent on the first of every month', { title: 'pay the rent', pattern: 'FREQ=MONTHLY;BYMONTHDAY=1', due_date: 'the 1st' }],
  ['cycle to work every weekday', { title: 'cycle to work', pattern: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' }],
];

describe('the offline interpreter on rules said the ways people say them', () => {
  it.each(RULES)('reads %j', (phrase, args) => {
    expect(interpret(phrase, { projects: ['Work'] })).toEqual({ kind: 'call', tool: 'create_recurring', args });
  });

  it('still reads a project named after "to"', () => {
    expect(interpret('add send the invoice to Work every monday', { projects: ['Work'] })).toMatchObject({
      kind: 'call',
      args: { title: 'send the invoice', project: 'Work' },
    });
  });

  // A verb that also edits tasks, said with a rule, is asked about: it may name a task to change.
  it.each(['change the gym every tuesday', 'set the standup every weekday'])('creates no series from %j', (phrase) => {
    const reading = interpret(phrase);
    expect(reading.kind === 'call' && reading.tool === 'create_recurring').toBe(false);
  });
});

describe('a rule on days of the month said short', () => {
  it.each([
    [
      'last working day of each month: invoices',
      { title: 'invoices', pattern: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', due_date: 'the last working day of the month' },
    ],
    [
      'add run payroll every last working day of the month',
      { title: 'run payroll', pattern: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', due_date: 'the last working day of the month' },
    ],
    [
      'first working day of the month: pay the nursery',
      { title: 'pay the nursery', pattern: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1', due_date: 'the first working day of the month' },
    ],
    ['garden waste collection on the 2nd and 4th tuesday', { title: 'garden waste collection', pattern: 'FREQ=MONTHLY;BYDAY=2TU,4TU' }],
    ['church coffee rota first sunday of the month', { title: 'church coffee rota', pattern: 'FREQ=MONTHLY;BYDAY=1SU' }],
    // "do" starts an errand here, never a question.
    ['do my taxes on the last sunday of the month', { title: 'do my taxes', pattern: 'FREQ=MONTHLY;BYDAY=-1SU' }],
  ])('"%s"', (phrase, args) => {
    expect(interpret(phrase)).toEqual({ kind: 'call', tool: 'create_recurring', args });
  });

  it.each([
    ['pay the nursery by the last working day of the month', 'create_recurring'],
    ['anything due the last friday of the month?', 'create_recurring'],
  ])('"%s" is no series', (phrase, tool) => {
    expect(interpret(phrase)).not.toMatchObject({ tool });
  });
});

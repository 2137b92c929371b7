import { describe, expect, it } from 'vitest';
import { resolveDate } from '../dates.ts';
import { interpret, type TaskRef } from './offline-interpreter.ts';

// Reminders, rules, dates and priorities said in words of our own (not the corpus's): other verbs, short spellings,
// typos, another order. Each kind has several phrasings, so a reading holds for the kind, not for one sentence.

type Row = [phrase: string, tool: string, args: Record<string, unknown>, target?: TaskRef];

const ROWS: Row[] = [
  // A reminder asked for in other words is "remind me …".
  ['give me a nudge at 7pm to take the bins out', 'add_task', { title: 'take the bins out', due_date: 'at 7pm', remind_before: '0m' }],
  ['remember me to book the vet on friday', 'add_task', { title: 'book the vet', due_date: 'friday', remind_before: '0m' }],
  [
    "I'd like you to remind me to call the bank tomorrow at 10am",
    'add_task',
    { title: 'call the bank', due_date: 'tomorrow at 10am', remind_before: '0m' },
  ],
  ['set me a reminder 2 hours before the interview', 'set_reminder', { before: '2h' }, { title: 'interview' }],
  ['heads up the day before the recital', 'set_reminder', { before: '1d' }, { title: 'recital' }],
  ['alarm for the flight 3 hours before', 'set_reminder', { before: '3h' }, { title: 'flight' }],
  ['jog my memory about the car tax tomorrow at 9am', 'set_reminder', { at: 'tomorrow at 9am' }, { title: 'car tax' }],
  ['remind me friday evening about the laundry', 'set_reminder', { at: 'friday evening' }, { title: 'laundry' }],
  ['notify me the night before the trip', 'set_reminder', { before: '1d' }, { title: 'trip' }],
  ['warn me 2 days before the MOT', 'set_reminder', { before: '2d' }, { title: 'MOT' }],
  // The time (or the rule) said before "remind me to …", or none at all.
  [
    'in 10 min remind me to take the washing out',
    'add_task',
    { title: 'take the washing out', due_date: 'in 10 min', remind_before: '0m' },
  ],
  ['tomorrow at 8 remind me to call the school', 'add_task', { title: 'call the school', due_date: 'tomorrow at 8', remind_before: '0m' }],
  ['on friday, remind me to water the plants', 'add_task', { title: 'water the plants', due_date: 'friday', remind_before: '0m' }],
  ['remind me on the 3rd to renew the parking', 'add_task', { title: 'renew the parking', due_date: 'the 3rd', remind_before: '0m' }],
  [
    'every weekday at 5pm remind me to log hours',
    'create_recurring',
    {
      title: 'log hours',
      pattern: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
      due_date: 'monday or tuesday or wednesday or thursday or friday at 5pm',
    },
  ],
  ['remind me sometime to fix the shelf', 'add_task', { title: 'fix the shelf' }],
  ['remind me later to email Tom', 'add_task', { title: 'email Tom' }],
  ['put a reminder on the report for friday 9am', 'set_reminder', { at: 'friday 9am' }, { title: 'report' }],
  ['I need a reminder for the boiler service next monday', 'set_reminder', { at: 'next monday' }, { title: 'boiler service' }],
  ['mute the alerts for the newsletter', 'set_reminder', { clear: true }, { title: 'newsletter' }],
  ["don't remind me about the gym anymore", 'set_reminder', { clear: true }, { title: 'gym' }],
  ['stop nudging me about the gym', 'set_reminder', { clear: true }, { title: 'gym' }],
  ['no notifications for 12', 'set_reminder', { clear: true }, { id: 12 }],
  ['I do not want alerts for the dentist anymore', 'set_reminder', { clear: true }, { title: 'dentist' }],
  // A reminder clause said short goes with the task, never into its title or its date.
  ['add dentist tmrw 3pm, remind 1h b4', 'add_task', { title: 'dentist', due_date: 'tomorrow 3pm', remind_before: '1h' }],
  ['add vet 2moro 11am + reminder 30m before', 'add_task', { title: 'vet', due_date: 'tomorrow 11am', remind_before: '30m' }],
  [
    'add school play thursday 6pm, ping me 2h beforehand',
    'add_task',
    { title: 'school play', due_date: 'thursday 6pm', remind_before: '2h' },
  ],

  // Rules: a weekly rule on several days starts on the first of them to come.
  [
    'every mon and thu 6am swim',
    'create_recurring',
    { title: 'swim', pattern: 'FREQ=WEEKLY;BYDAY=MO,TH', due_date: 'monday or thursday at 6am' },
  ],
  [
    'every tue, wed and fri stretch',
    'create_recurring',
    { title: 'stretch', pattern: 'FREQ=WEEKLY;BYDAY=TU,WE,FR', due_date: 'tuesday or wednesday or friday' },
  ],
  // A day said in the plural repeats; a day's short name or a title's "Mondays" does not.
  ['add yoga on mondays', 'create_recurring', { title: 'yoga', pattern: 'FREQ=WEEKLY;BYDAY=MO', due_date: 'monday' }],
  [
    'add piano lessons on tuesdays and thursdays',
    'create_recurring',
    { title: 'piano lessons', pattern: 'FREQ=WEEKLY;BYDAY=TU,TH', due_date: 'tuesday or thursday' },
  ],
  [
    'add call grandma on sundays at 6pm',
    'create_recurring',
    { title: 'call grandma', pattern: 'FREQ=WEEKLY;BYDAY=SU', due_date: 'sunday at 6pm' },
  ],
  ['add long run on weekends', 'create_recurring', { title: 'long run', pattern: 'FREQ=WEEKLY;BYDAY=SA,SU' }],
  ['add meet Jo on thurs', 'add_task', { title: 'meet Jo', due_date: 'thurs' }],
  ['add Manic Mondays playlist', 'add_task', { title: 'Manic Mondays playlist' }],
  // The days said are the ones left out: none of them is the first, which the series finds as for "every weekday".
  ['every weekday except wed gym', 'create_recurring', { title: 'gym', pattern: 'FREQ=WEEKLY;BYDAY=MO,TU,TH,FR' }],
  ['every single day stretch', 'create_recurring', { title: 'stretch', pattern: 'daily' }],
  [
    'add standup every mon-fri',
    'create_recurring',
    { title: 'standup', pattern: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', due_date: 'monday or tuesday or wednesday or thursday or friday' },
  ],
  // A bare hour after "at" is the rule's time on its day, never the day itself.
  [
    'set up a weekly review every friday at 4',
    'create_recurring',
    { title: 'weekly review', pattern: 'FREQ=WEEKLY;BYDAY=FR', due_date: 'friday at 4' },
  ],
  ['add call mum every sunday at 6', 'create_recurring', { title: 'call mum', pattern: 'FREQ=WEEKLY;BYDAY=SU', due_date: 'sunday at 6' }],
  ['every night at 10 read', 'create_recurring', { title: 'read', pattern: 'daily', due_date: 'at 10pm' }],
  [
    'every sunday evening at 8 plan the week',
    'create_recurring',
    { title: 'plan the week', pattern: 'FREQ=WEEKLY;BYDAY=SU', due_date: 'sunday at 8pm' },
  ],
  ['every morning at 7 walk the dog', 'create_recurring', { title: 'walk the dog', pattern: 'daily', due_date: 'at 7am' }],
  // A rhythm is no due date.
  ['add gym 3 times a week', 'add_task', { title: 'gym 3 times a week' }],
  // Short units, typos, ordinals and words such as "monthly" with their days after them.
  ['water the ferns evry 3 days', 'create_recurring', { title: 'water the ferns', pattern: 'FREQ=DAILY;INTERVAL=3' }],
  ['add stretch evey morning', 'create_recurring', { title: 'stretch', pattern: 'daily' }],
  ['evry 2 weeks call grandma', 'create_recurring', { title: 'call grandma', pattern: 'FREQ=WEEKLY;INTERVAL=2' }],
  ['add clean the filter every 3 mths', 'create_recurring', { title: 'clean the filter', pattern: 'FREQ=MONTHLY;INTERVAL=3' }],
  ['water plants every couple of days', 'create_recurring', { title: 'water plants', pattern: 'FREQ=DAILY;INTERVAL=2' }],
  ['every fortnight clean the fridge', 'create_recurring', { title: 'clean the fridge', pattern: 'FREQ=WEEKLY;INTERVAL=2' }],
  ['add clean the gutters every 2nd week', 'create_recurring', { title: 'clean the gutters', pattern: 'FREQ=WEEKLY;INTERVAL=2' }],
  [
    'add pay the gardener monthly on the 15th',
    'create_recurring',
    { title: 'pay the gardener', pattern: 'FREQ=MONTHLY;BYMONTHDAY=15', due_date: 'the 15th' },
  ],
  [
    'fortnightly on friday: pay the cleaner',
    'create_recurring',
    { title: 'pay the cleaner', pattern: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR', due_date: 'friday' },
  ],
  ['add sync weekly on mondays', 'create_recurring', { title: 'sync', pattern: 'FREQ=WEEKLY;BYDAY=MO', due_date: 'monday' }],
  ['add standup every weekday morning', 'create_recurring', { title: 'standup', pattern: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' }],

  // Dates with short spellings, and a part of the day that is the title's.
  ['add renew passport in 6 wks', 'add_task', { title: 'renew passport', due_date: 'in 6 wks' }],
  ['add book MOT 2 wks from today', 'add_task', { title: 'book MOT', due_date: '2 wks from today' }],
  ['add bins out tues night', 'add_task', { title: 'bins out', due_date: 'tues night' }],
  ['add call Sam at quarter to 5', 'add_task', { title: 'call Sam', due_date: 'at quarter to 5' }],
  ['add call Jo feb the 3rd', 'add_task', { title: 'call Jo', due_date: 'feb the 3rd' }],
  ['add call Jo the 3rd of feb at 5pm', 'add_task', { title: 'call Jo', due_date: 'the 3rd of feb at 5pm' }],
  // A day of the month with the title after it and no word leading to it is the title's.
  ['add fix the 2nd floor light', 'add_task', { title: 'fix the 2nd floor light' }],
  // Two bare numbers are a range of things, not hours.
  ['add read chapters 1 to 5', 'add_task', { title: 'read chapters 1 to 5' }],
  ['add do exercises 10-20 tomorrow', 'add_task', { title: 'do exercises 10-20', due_date: 'tomorrow' }],
  ['add pay rent the 1st', 'add_task', { title: 'pay rent', due_date: 'the 1st' }],
  ['add call mom later today', 'add_task', { title: 'call mom', due_date: 'today' }],
  ['add paint the fence over the weekend', 'add_task', { title: 'paint the fence', due_date: 'weekend' }],
  ['add plan the weekend', 'add_task', { title: 'plan the weekend' }],
  ['add pay bill in a fortnight', 'add_task', { title: 'pay bill', due_date: 'in a fortnight' }],
  ['add report by eow', 'add_task', { title: 'report', due_date: 'end of the week' }],
  ['add pay the gas on the 5th of next month', 'add_task', { title: 'pay the gas', due_date: 'the 5th of next month' }],
  ['add the school play evening thursday 6pm', 'add_task', { title: 'the school play evening', due_date: 'thursday 6pm' }],

  // Priorities said in words, typed fast.
  ['add book flights urgnt', 'add_task', { title: 'book flights', priority: 'high' }],
  ['add renew the car insurance, really important', 'add_task', { title: 'renew the car insurance', priority: 'high' }],
  ['add reply to Jo, no hurry at all', 'add_task', { title: 'reply to Jo', priority: 'low' }],
  ['add fix the fence - whenever, not urgent', 'add_task', { title: 'fix the fence', priority: 'low' }],
  ['add buy milk, can wait', 'add_task', { title: 'buy milk', priority: 'low' }],
  ['add sort the shed - low', 'add_task', { title: 'sort the shed', priority: 'low' }],
  // A stronger word inside a negation stays a negation: never read as high.
  ['add taxes not super urgent', 'add_task', { title: 'taxes', priority: 'low' }],
  ['add taxes, least important', 'add_task', { title: 'taxes', priority: 'low' }],
  ['add taxes, not a big deal', 'add_task', { title: 'taxes', priority: 'low' }],
  ['add taxes high importance', 'add_task', { title: 'taxes', priority: 'high' }],
  ['add read chapter 3 priority 2', 'add_task', { title: 'read chapter 3', priority: 'medium' }],
  ['add taxes mid priority', 'add_task', { title: 'taxes', priority: 'medium' }],
  // Words that only look like them stay in the title.
  ['add call mom whenever you can', 'add_task', { title: 'call mom whenever you can' }],
  ['add alarm clock battery', 'add_task', { title: 'alarm clock battery' }],
];

describe('the offline interpreter on reminders, rules, dates and priorities said in other words', () => {
  it.each(ROWS)('reads %j', (phrase, tool, args, target) => {
    expect(interpret(phrase)).toEqual({ kind: 'call', tool, args, ...(target ? { target } : {}) });
  });
});

describe('the date reader', () => {
  // Thursday 22 January 2026, 12:00 UTC.
  const now = new Date('2026-01-22T12:00:00Z');
  it.each([
    ['tues 3pm', '2026-01-27T15:00:00.000Z'],
    ['weds', '2026-01-28T09:00:00.000Z'],
    ['in 6 wks', '2026-03-05T09:00:00.000Z'],
    ['2 wks from today', '2026-02-05T09:00:00.000Z'],
    ['in 3 mths', '2026-04-22T09:00:00.000Z'],
    ['in a fortnight', '2026-02-05T09:00:00.000Z'],
    ['tomorrow at half past 3', '2026-01-23T15:30:00.000Z'],
    ['feb the 3rd', '2026-02-03T09:00:00.000Z'],
    ['weekend', '2026-01-24T09:00:00.000Z'],
    ['friday at a quarter to 9', '2026-01-23T08:45:00.000Z'],
    ['eom', '2026-01-31T09:00:00.000Z'],
    ['the 5th of next month', '2026-02-05T09:00:00.000Z'],
    ['the 22nd of next month at 6pm', '2026-02-22T18:00:00.000Z'],
    // The first of several weekdays to come: today's Thursday 09:00 has passed at noon.
    ['tuesday or thursday', '2026-01-27T09:00:00.000Z'],
    ['mon or wed or fri at 7am', '2026-01-23T07:00:00.000Z'],
    ['sat, sun 10am', '2026-01-24T10:00:00.000Z'],
    ['the 28th feb', '2026-02-28T09:00:00.000Z'],
    ['monday 9 a.m.', '2026-01-26T09:00:00.000Z'],
    ['half 5', '2026-01-22T17:30:00.000Z'],
    ['2 weeks from tomorrow', '2026-02-06T09:00:00.000Z'],
    ['9 tonight', '2026-01-22T21:00:00.000Z'],
    ['COB friday', '2026-01-23T17:00:00.000Z'],
  ])('reads %s', (text, iso) => {
    expect(resolveDate(text, 'UTC', now).toISOString()).toBe(iso);
  });
});

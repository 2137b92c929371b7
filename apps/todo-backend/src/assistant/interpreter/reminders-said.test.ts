import { describe, expect, it } from 'vitest';
import { interpret, type TaskRef } from './offline-interpreter.ts';

// Reminders asked for the ways new users ask (phrasings of our own): the time in words, the request after a reason
// or a lead-in, the task named first, a reminder at a time after the task's own time, and reminders taken away.

type Row = [phrase: string, tool: string, args: Record<string, unknown>, target?: TaskRef];

const ROWS: Row[] = [
  // The time said in words, before or after the task.
  ['remind me to call the bank at half 5', 'add_task', { title: 'call the bank', due_date: 'at half 5', remind_before: '0m' }],
  [
    'remind me at half 5 to collect Zoe from dance',
    'add_task',
    { title: 'collect Zoe from dance', due_date: 'at half 5', remind_before: '0m' },
  ],
  ['remind me at 10 past 6 to leave', 'add_task', { title: 'leave', due_date: 'at 10 past 6', remind_before: '0m' }],
  [
    'remind me tomorrow at quarter past 9 to ring the garage',
    'add_task',
    { title: 'ring the garage', due_date: 'tomorrow at quarter past 9', remind_before: '0m' },
  ],
  [
    'could you remind me at 17:15 to leave for the station',
    'add_task',
    { title: 'leave for the station', due_date: 'at 17:15', remind_before: '0m' },
  ],
  ['please remind me at 8 tonight to call grandma', 'add_task', { title: 'call grandma', due_date: 'at 8 tonight', remind_before: '0m' }],
  // A lead-in or a reason before the request.
  ["don't forget to remind me to pay Sam on saturday", 'add_task', { title: 'pay Sam', due_date: 'saturday', remind_before: '0m' }],
  [
    "I'll be driving all morning so remind me at 1pm to call the garage",
    'add_task',
    { title: 'call the garage', due_date: 'at 1pm', remind_before: '0m' },
  ],
  [
    "we're out all day so remind me tomorrow at 8 to feed the cat",
    'add_task',
    { title: 'feed the cat', due_date: 'tomorrow at 8', remind_before: '0m' },
  ],
  // The task said first, the lead time after it.
  [
    'for the meeting with the client please remind me 15 minutes before',
    'set_reminder',
    { before: '15m' },
    { title: 'meeting with the client' },
  ],
  ['about the vet, remind me a day before', 'set_reminder', { before: '1d' }, { title: 'vet' }],
  // A heads-up is a reminder; the errand said as news about oneself loses "I have a".
  [
    'add pay the nursery on the 1st and give me a heads up 2 days before',
    'add_task',
    { title: 'pay the nursery', due_date: 'the 1st', remind_before: '2d' },
  ],
  [
    'add pay the council tax friday, heads up the day before',
    'add_task',
    { title: 'pay the council tax', due_date: 'friday', remind_before: '1d' },
  ],
  [
    'i have a call with the landlord at 3 tomorrow, remind me 10 minutes before',
    'add_task',
    { title: 'call with the landlord', due_date: 'at 3 tomorrow', remind_before: '10m' },
  ],
  [
    "so I've got a school meeting on monday at 4pm and I always forget, can you add it and remind me an hour before",
    'add_task',
    { title: 'school meeting', due_date: 'monday at 4pm', remind_before: '1h' },
  ],
  // A reminder at a time after the task's own time on the same day is that long before it.
  ['call Sam tomorrow 5pm, remind me at 4pm', 'add_task', { title: 'call Sam', due_date: 'tomorrow 5pm', remind_before: '1h' }],
  ['add doctor 11:30 tomorrow, remind me at 10', 'add_task', { title: 'doctor', due_date: '11:30 tomorrow', remind_before: '1h30m' }],
  ['add flight friday 9pm, ping me at 6:30pm', 'add_task', { title: 'flight', due_date: 'friday 9pm', remind_before: '2h30m' }],
  // "the morning of", "that morning", "on the day": the due day, said after the time; a bare hour that morning is am.
  [
    'ferry to Bilbao saturday 11am, I want a reminder at 6 the morning of',
    'add_task',
    { title: 'ferry to Bilbao', due_date: 'saturday 11am', remind_before: '5h' },
  ],
  ['add ferry friday 2pm, remind me at 8 that morning', 'add_task', { title: 'ferry', due_date: 'friday 2pm', remind_before: '6h' }],
  ['add ferry friday 2pm, remind me at 1 on the day', 'add_task', { title: 'ferry', due_date: 'friday 2pm', remind_before: '1h' }],
  // Without a date of its own, the task is due when the reminder is, as "remind me at 4pm to buy stamps" is.
  ['add buy stamps, remind me at 4pm', 'add_task', { title: 'buy stamps', due_date: 'at 4pm', remind_before: '0m' }],
  ['add renew passport, remind me in 2 weeks', 'add_task', { title: 'renew passport', due_date: 'in 2 weeks', remind_before: '0m' }],
  // The task's number or name before the time.
  ['remind me about task 12 tomorrow at 9', 'set_reminder', { at: 'tomorrow at 9' }, { id: 12 }],
  ['ping me about task 17 at 9 tonight', 'set_reminder', { at: '9 tonight' }, { id: 17 }],
  // A reminder said as a label first is a reminder of the task itself.
  ['reminder: call mum sunday 6pm', 'add_task', { title: 'call mum', due_date: 'sunday 6pm', remind_before: '0m' }],
  [
    'remind me - renew the parking permit friday',
    'add_task',
    { title: 'renew the parking permit', due_date: 'friday', remind_before: '0m' },
  ],
  ['make sure to remind me to call mum tonight at 8', 'add_task', { title: 'call mum', due_date: 'tonight at 8', remind_before: '0m' }],
  [
    'remind me at 6:45 tomorrow morning to leave for the airport',
    'add_task',
    { title: 'leave for the airport', due_date: 'at 6:45 tomorrow morning', remind_before: '0m' },
  ],
  // When the event is is no word of its title, and never lost: it is due then, with its reminder (as "nudge me a week
  // before mum's birthday on march 14"); a lead time set as "a reminder for …" is never the due date.
  [
    'remind me 2 hours before the dentist appointment tomorrow',
    'add_task',
    { title: 'dentist appointment', due_date: 'tomorrow', remind_before: '2h' },
  ],
  ['remind me half an hour before the school evening', 'set_reminder', { before: '30m' }, { title: 'school evening' }],
  [
    'add call the garage friday, set a reminder for 30 min before',
    'add_task',
    { title: 'call the garage', due_date: 'friday', remind_before: '30m' },
  ],
  // The reminder named as a field of a task is changed, never read as a due date or a new task.
  ['change the reminder on the dentist to 2 hours before', 'set_reminder', { before: '2h' }, { title: 'dentist' }],
  ['move the reminder for the dentist to 9am', 'set_reminder', { at: '9am' }, { title: 'dentist' }],
  ['set the reminder for 5 to 30 min before', 'set_reminder', { before: '30m' }, { id: 5 }],
  ['add a reminder to task 8 for tomorrow at 10', 'set_reminder', { at: 'tomorrow at 10' }, { id: 8 }],
  ['put a reminder on the vet appointment for the day before', 'set_reminder', { before: '1d' }, { title: 'vet appointment' }],
  ['the reminder for the report should be at 8am', 'set_reminder', { at: '8am' }, { title: 'report' }],
  ['can I get a reminder the day before the dentist', 'set_reminder', { before: '1d' }, { title: 'dentist' }],
  // Reminders taken away.
  ['stop nagging me about the tax return', 'set_reminder', { clear: true }, { title: 'tax return' }],
  ['stop pestering me about the gym', 'set_reminder', { clear: true }, { title: 'gym' }],
  ["I don't need to be reminded about 21 anymore", 'set_reminder', { clear: true }, { id: 21 }],
  ["I don't need reminders for the bins", 'set_reminder', { clear: true }, { title: 'bins' }],
];

describe('the offline interpreter on reminders said the ways people ask', () => {
  it.each(ROWS)('reads %j', (phrase, tool, args, target) => {
    expect(interpret(phrase)).toEqual({ kind: 'call', tool, args, ...(target ? { target } : {}) });
  });

  // A reminder on another day, or after the due time, is asked about: never the task's due date.
  it.each(['add submit the form by friday, remind me on thursday', 'add call mum at 5pm, remind me at 6pm'])(
    'asks when to remind for %j',
    (phrase) => {
      expect(interpret(phrase).kind).toBe('help');
    },
  );
});

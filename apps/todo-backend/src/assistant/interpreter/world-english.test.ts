import { describe, expect, it } from 'vitest';
import { CORPUS_PROJECTS } from '../eval/language-corpus.ts';
import { asCall, meaning } from '../eval/language-eval.ts';
import { interpret } from './offline-interpreter.ts';
import { call, id, type Said, t } from './said-rows.ts';

// English as it is spoken at home in Britain, Ireland, Australia, New Zealand, India, South Africa and Singapore:
// each idiom read as the words the rules know, in the corpus's phrasing and in others of the same shape.

const known = { projects: ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'] };
const read = (sentence: string) => interpret(sentence, known);

describe('world Englishes: the words around a request', () => {
  it.each([
    ['no worries, delete number 4 then', call('delete_task', {}, { id: 4 })],
    ['no dramas, mark 6 as done', call('complete_task', {}, { id: 6 })],
    ['brilliant, add buy milk', call('add_task', { title: 'buy milk' })],
    ['help me add renew the season parking lah', call('add_task', { title: 'renew the season parking' })],
    ['please help me add buy rice', call('add_task', { title: 'buy rice' })],
    ['can help me delete task 5', call('delete_task', {}, { id: 5 })],
    ['add buy kopi powder lah', call('add_task', { title: 'buy kopi powder' })],
    ['delete the gym task lor', call('delete_task', {}, { title: 'gym' })],
  ])('reads "%s"', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  it.each(['ta very much', 'ta', 'cheers mate', 'Ta muchly!', "right, that's me done for today", "that's us finished"])(
    'calls nothing on thanks: "%s"',
    (sentence) => {
      expect(read(sentence).kind).toBe('help');
    },
  );
});

describe('world Englishes: reminders, moves and deletions in other words', () => {
  it.each([
    ['give us a shout an hour before the dentist', call('set_reminder', { before: '1h' }, { title: 'dentist' })],
    ['give me a bell 30 minutes before the meeting', call('set_reminder', { before: '30m' }, { title: 'meeting' })],
    ['remind me a fortnight before the MOT', call('set_reminder', { before: '2w' }, { title: 'MOT' })],
    ['give us a shout a fortnight before the car tax', call('set_reminder', { before: '2w' }, { title: 'car tax' })],
    ['prepone the team meeting to Tuesday', call('set_due_date', { date: 'Tuesday' }, { title: 'team meeting' })],
    ['prepone task 4 to tomorrow 10am', call('set_due_date', { date: 'tomorrow 10am' }, { id: 4 })],
    ['prepone the dentist by a day', call('postpone_task', { by: '-P1D' }, { title: 'dentist' })],
    ['chuck that one', call('delete_task', {}, { last: true })],
    ['chuck out the old gym task', call('delete_task', {}, { title: 'old gym' })],
    ['get shot of the Tesco order one', call('delete_task', {}, { title: 'Tesco order' })],
    ['get shot of 7', call('delete_task', {}, { id: 7 })],
    ["scrub the dentist off the list, it's been cancelled", call('delete_task', {}, { title: 'dentist' })],
    ['scrub 12 off my list', call('delete_task', {}, { id: 12 })],
  ])('reads "%s"', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  it.each([
    ['please chuck that one', call('delete_task', {}, { last: true })],
    ["please scrub the dentist off the list, it's been cancelled", call('delete_task', {}, { title: 'dentist' })],
    ['could you get shot of the Tesco order one', call('delete_task', {}, { title: 'Tesco order' })],
    ['please prepone the team meeting to Tuesday', call('set_due_date', { date: 'Tuesday' }, { title: 'team meeting' })],
    ['can you please put the dentist back a fortnight', call('postpone_task', { by: 'P2W' }, { title: 'dentist' })],
  ])('reads "%s" with the politeness before it', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  it('keeps "chuck it down" (rain) from deleting anything', () => {
    expect(read('is it going to chuck it down this arvo?').kind).toBe('help');
  });
});

describe('world Englishes: the diary is the list', () => {
  it.each([
    ["what's in the diary for today", call('filter_tasks', { due: 'today' })],
    [
      'pop "get the car serviced" in the diary for Monday week',
      call('add_task', { title: 'get the car serviced', due_date: 'Monday week' }),
    ],
    ['pencil the dentist in the diary for friday at 3', call('add_task', { title: 'the dentist', due_date: 'friday at 3' })],
  ])('reads "%s"', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  it.each(['clear the whole diary', 'wipe my diary'])('confirms the count before clearing "%s"', (sentence) => {
    expect(read(sentence)).toEqual({ kind: 'bulk', action: 'delete' });
  });

  it('asks about clearing a part of the diary, never deleting a task so named', () => {
    expect(read('delete the whole diary for next week').kind).toBe('help');
  });
});

describe('world Englishes: a verb that deletes, said with a reminder, is an errand', () => {
  it.each([
    [
      'drop the car at the garage Monday week at 8am, remind me the day before',
      { title: 'drop the car at the garage', due_date: 'Monday week at 8am', remind_before: '1d' },
    ],
    ['clear the gutters saturday, remind me the day before', { title: 'clear the gutters', due_date: 'saturday', remind_before: '1d' }],
    [
      'drop the parcel at the post office friday 10am, ping me an hour before',
      { title: 'drop the parcel at the post office', due_date: 'friday 10am', remind_before: '1h' },
    ],
  ])('adds "%s"', (sentence, args) => {
    expect(read(sentence)).toEqual(call('add_task', args));
  });

  it('still deletes on "drop the dentist"', () => {
    expect(read('drop the dentist')).toEqual(call('delete_task', {}, { title: 'dentist' }));
  });
});

describe('world Englishes: dates said the British and Australian way', () => {
  it.each([
    ['add get the car serviced tomorrow week', { title: 'get the car serviced', due_date: 'tomorrow week' }],
    ["add dinner at Nan's a fortnight today at half six", { title: "dinner at Nan's", due_date: 'a fortnight today at 6:30' }],
    ['add pay the window cleaner a week today at 5pm', { title: 'pay the window cleaner', due_date: 'a week today at 5pm' }],
    ['need to grab brekkie stuff from Woolies this arvo', { title: 'grab brekkie stuff from Woolies', due_date: 'this arvo' }],
    ['add footy training sat arvo', { title: 'footy training', due_date: 'sat arvo' }],
    ["add parents' evening on friday at 6pm", { title: "parents' evening", due_date: 'friday at 6pm' }],
    ['add parents evening on 24/02 at 18:00', { title: 'parents evening', due_date: '24/02 at 18:00' }],
  ])('adds "%s"', (sentence, args) => {
    expect(read(sentence)).toEqual(call('add_task', args));
  });

  it('reminds on "remind me tomorrow arvo to pick up the prescription"', () => {
    expect(read('remind me tomorrow arvo to pick up the prescription')).toEqual(
      call('add_task', { title: 'pick up the prescription', due_date: 'tomorrow arvo', remind_before: '0m' }),
    );
  });
});

describe('world Englishes: more of the same shapes', () => {
  it.each([
    ['chuck the dentist in the diary for friday', call('add_task', { title: 'the dentist', due_date: 'friday' })],
    ['chuck milk on the list', call('add_task', { title: 'milk' })],
    ['bung the MOT on the list for Monday week', call('add_task', { title: 'the MOT', due_date: 'Monday week' })],
    [
      'stick book the chimney sweep on the list for tomorrow week',
      call('add_task', { title: 'book the chimney sweep', due_date: 'tomorrow week' }),
    ],
    ['put the dentist back a fortnight', call('postpone_task', { by: 'P2W' }, { title: 'dentist' })],
    ['put the vet back by 2 days', call('postpone_task', { by: 'P2D' }, { title: 'vet' })],
    ['put the dentist forward a day', call('postpone_task', { by: '-P1D' }, { title: 'dentist' })],
    ['put the MOT forward by 2 weeks', call('postpone_task', { by: '-P2W' }, { title: 'MOT' })],
    ["I shan't need the gym task any more", call('delete_task', {}, { title: 'gym' })],
    ['kindly do the needful and delete task 4', call('delete_task', {}, { id: 4 })],
    ['do the needful: mark 3 as done', call('complete_task', {}, { id: 3 })],
    ['have I anything due today?', call('filter_tasks', { due: 'today' })],
    ['have we anything overdue', call('filter_tasks', { due: 'overdue' })],
    ["what've I got on this arvo?", call('filter_tasks', { due: 'today' })],
    ["what's on this afternoon", call('filter_tasks', { due: 'today' })],
    // The day as typed, read by the rule for a day counted from another (the same window).
    ['anything on for Monday week?', call('filter_tasks', { due_after: 'Monday week 00:00', due_before: 'Monday week 24:00' })],
    ["what's due on friday week", call('filter_tasks', { due_after: 'friday week 00:00', due_before: 'friday week 24:00' })],
    ['whilst I remember, add ring the bank', call('add_task', { title: 'ring the bank' })],
    ["I've sorted the car insurance", call('complete_task', {}, { title: 'car insurance' })],
    ["we've sorted out the spare room", call('complete_task', {}, { title: 'spare room' })],
    ['I have finally sorted the boiler', call('complete_task', {}, { title: 'boiler' })],
    ["that's me done with the essay", call('complete_task', {}, { title: 'essay' })],
    [
      "organise the kids' party for Saturday fortnight",
      call('add_task', { title: "organise the kids' party", due_date: 'Saturday fortnight' }),
    ],
    ['add book club a fortnight on saturday', call('add_task', { title: 'book club', due_date: 'a fortnight on saturday' })],
    ['move the dentist to half three on Friday', call('set_due_date', { date: 'half three on Friday' }, { title: 'dentist' })],
  ])('reads "%s"', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  it('keeps "put it back" taking back the last change', () => {
    expect(read('put it back')).toEqual({ kind: 'undo' });
  });
});

// A second batch in this voice, compared by meaning as the language evaluation compares (dates at its clock, Thursday
// 22 January 2026 at noon UTC).
const SECOND_BATCH: Said[] = [
  // Particles that open or close a sentence.
  ['ok la, delete the gym one', 'delete_task', {}, t('gym')],
  ['okay lah, mark 4 as done', 'complete_task', {}, id(4)],
  ['abeg show me the ones that have passed their date', 'filter_tasks', { due: 'overdue' }],
  ['howzit, add buy airtime', 'add_task', { title: 'buy airtime' }],
  ['ping me 15 mins before the 1:1, can?', 'set_reminder', { before: '15m' }, t('1:1')],
  ['delete the gym task, can or not?', 'delete_task', {}, t('gym')],
  ['pls add pay the Meralco bill on the 30th po', 'add_task', { title: 'pay the Meralco bill', due_date: '2026-01-30' }],
  ['thank you, delete task 5 po', 'delete_task', {}, id(5)],
  ['add raise the PO', 'add_task', { title: 'raise the PO' }],
  // The whole lot: everything, asked about first.
  ['clear off the whole lot', null],
  ['bin the lot', null],
  ['tick off the whole lot', null],
  // "what all".
  ['what all is due this week', 'filter_tasks', { due: 'this_week' }],
  ['what all is overdue', 'filter_tasks', { due: 'overdue' }],
  // Past their date: overdue.
  ['show me the tasks which have passed their due date', 'filter_tasks', { due: 'overdue' }],
  // "finish already": done.
  ['aircon servicing finish already', 'complete_task', {}, t('aircon servicing')],
  ['the car wash done already', 'complete_task', {}, t('car wash')],
  // "every second Friday", "every alternate Saturday": every other one.
  [
    'every second Friday pay the gardener',
    'create_recurring',
    { title: 'pay the gardener', pattern: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR', due_date: '2026-01-23' },
  ],
  [
    'every alternate Saturday, hair appointment',
    'create_recurring',
    { title: 'hair appointment', pattern: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=SA', due_date: '2026-01-24' },
  ],
  ['water the lawn every second day', 'create_recurring', { title: 'water the lawn', pattern: 'FREQ=DAILY;INTERVAL=2' }],
  ['the second friday of the month team lunch', 'create_recurring', { title: 'team lunch', pattern: 'FREQ=MONTHLY;BYDAY=2FR' }],
  // The remarks are the notes.
  [
    'kindly add in the remarks of task 6: cheque is with the security',
    'update_task',
    { description: 'cheque is with the security' },
    id(6),
  ],
  ['put in the remarks for the visa task: photos attached', 'update_task', { description: 'photos attached' }, t('visa')],
  // A call or a ring before it: a reminder; "itself" after a day adds nothing.
  ['give me a tinkle an hour before the meeting', 'set_reminder', { before: '1h' }, t('meeting')],
  ['give us a ring 10 minutes before the standup', 'set_reminder', { before: '10m' }, t('standup')],
  [
    'please remind me tomorrow morning itself to pay the fees',
    'add_task',
    { title: 'pay the fees', due_date: 'tomorrow morning', remind_before: '0m' },
  ],
  ['add pay the fees today itself', 'add_task', { title: 'pay the fees', due_date: '2026-01-22 09:00' }],
  ['what are my tasks for today itself', 'filter_tasks', { due: 'today' }],
  // "arvo", "I'm after", "no stress", "have I anything on …".
  [
    'every Friday arvo clean the ute',
    'create_recurring',
    { title: 'clean the ute', pattern: 'FREQ=WEEKLY;BYDAY=FR', due_date: 'friday afternoon' },
  ],
  ['have I anything on this arvo', 'filter_tasks', { due: 'today' }],
  ['have we much on next week', 'filter_tasks', { due: 'next_week' }],
  ["I'm after the list of overdue ones", 'filter_tasks', { due: 'overdue' }],
  ['the ute service can wait, no stress', 'set_priority', { priority: 'low' }, t('ute service')],
  ['add fix the fence, no stress', 'add_task', { title: 'fix the fence', priority: 'low' }],
  // "13h00", "0900 hrs", "the morn".
  ['move the braai to Saturday 13h00', 'set_due_date', { date: '2026-01-24 13:00' }, t('braai')],
  ['add fetch the kids at 15h30', 'add_task', { title: 'fetch the kids', due_date: '2026-01-22 15:30' }],
  ['add report to the office tomorrow at 0900 hrs', 'add_task', { title: 'report to the office', due_date: '2026-01-23 09:00' }],
  ['remind me the morn to phone the council', 'add_task', { title: 'phone the council', due_date: '2026-01-23', remind_before: '0m' }],
  ['add get the messages the morn', 'add_task', { title: 'get the messages', due_date: '2026-01-23' }],
];

describe('world Englishes: a second batch, by meaning', () => {
  const readIn = (sentence: string) => interpret(sentence, { projects: CORPUS_PROJECTS });
  it.each(SECOND_BATCH)('reads %j', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(readIn(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });

  it.each(['clear off the whole lot', 'tick off the whole lot', 'delete the lot', 'wipe out the whole lot'])(
    'confirms "%s" with the count before changing every task',
    (phrase) => {
      expect(readIn(phrase).kind).toBe('bulk');
    },
  );
});

import { describe, expect, it } from 'vitest';
import { withDaysLeftOut } from './days-left-out.ts';
import { interpret, type TaskRef } from './offline-interpreter.ts';
import { fromRecogniser } from './spoken-words.ts';

// What a phone's speech recogniser writes: punctuation as words, "hashtag", "p.m.", words that sound alike. Each
// cause first with the sentence that showed it, then in other words.
const known = { projects: ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'] };
const task = (title: string): TaskRef => ({ title });
const reads = (sentence: string, tool: string, args: Record<string, unknown>, target?: TaskRef) =>
  expect(interpret(sentence, known)).toEqual({ kind: 'call', tool, args, ...(target ? { target } : {}) });

describe("the recogniser's words, as typed", () => {
  it.each([
    ['add call the vet full stop', 'add call the vet.'],
    ['add buy eggs comma milk and bread', 'add buy eggs, milk and bread'],
    ['add buy paint hashtag diy', 'add buy paint #diy'],
    ['remind me at six p.m. to call Jo', 'remind me at six pm to call Jo'],
    ['flight at 6 a.m. friday', 'flight at 6am friday'],
    ['remind me at ate tonight to put the bins out', 'remind me at eight tonight to put the bins out'],
    ['add call the bank at for thirty', 'add call the bank at four thirty'],
    ['water the plants every to weeks', 'water the plants every two weeks'],
    ['move the dentist too friday', 'move the dentist to friday'],
    ['right down pick up the parcel from the depot', 'write down pick up the parcel from the depot'],
    ['make it high priority its kind of urgent', "make it high priority it's kind of urgent"],
    ['new to do book the car in for its service on friday', 'new to-do book the car in for its service on friday'],
    ['add a to do call the bank', 'add a to-do call the bank'],
    ['create a new to do: renew the parking permit', 'create a new to-do renew the parking permit'],
    ['make a to do pay the window cleaner', 'make a to-do pay the window cleaner'],
    // What stays: the same words where they mean what they say.
    ['add log my period', 'add log my period'],
    ['add buy a book for Sam', 'add buy a book for Sam'],
    ['add book the trip too', 'add book the trip too'],
    ['add a to do list for the party', 'add a to do list for the party'],
    ['add to do the ironing', 'add to do the ironing'],
    ['clear its due date', 'clear its due date'],
  ])('reads "%s" as "%s"', (said, typed) => {
    expect(fromRecogniser(said)).toBe(typed);
  });

  it.each([
    ['every weekday except for fridays', 'every monday, tuesday, wednesday and thursday'],
    ['every day other than sunday', 'every monday, tuesday, wednesday, thursday, friday and saturday'],
    ['every weekday other than wednesday and friday', 'every monday, tuesday and thursday'],
    // Said as the rule reader reads it, it stays: the rule it reads names no first day.
    ['every weekday but not fridays', 'every weekday but not fridays'],
    ['every day except sunday', 'every day except sunday'],
    ['every weekday', 'every weekday'],
  ])('writes "%s" as the days left: "%s"', (said, days) => {
    expect(withDaysLeftOut(said)).toBe(days);
  });
});

describe('the offline interpreter on dictated requests', () => {
  it.each([
    ['add call the vet full stop', { title: 'call the vet' }],
    ['add buy paint hashtag diy', { title: 'buy paint', tags: ['diy'] }],
    ['add order a cake for Saturday full stop', { title: 'order a cake', due_date: 'Saturday' }],
    ['add renew the passport hashtag travel', { title: 'renew the passport', tags: ['travel'] }],
    ['right down pick up the parcel from the depot', { title: 'pick up the parcel from the depot' }],
    ['right down ring the garage', { title: 'ring the garage' }],
    ['um add pick up the dry cleaning tomorrow around six p.m.', { title: 'pick up the dry cleaning', due_date: 'tomorrow at 6pm' }],
    ['add call the school tomorrow about ten a.m.', { title: 'call the school', due_date: 'tomorrow at 10am' }],
  ])('adds "%s"', (sentence, args) => reads(sentence, 'add_task', args));

  it.each([
    [
      'remind me at ate tonight to put the bins out',
      'add_task',
      { title: 'put the bins out', due_date: 'at 8 tonight', remind_before: '0m' },
    ],
    ['move the dentist too friday', 'set_due_date', { date: 'friday' }, task('dentist')],
    ['push the haircut too next tuesday', 'set_due_date', { date: 'next tuesday' }, task('haircut')],
    [
      'make the standup repeat every weekday but not fridays',
      'update_task',
      { recurring: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH' },
      task('standup'),
    ],
    ['make the passport thing high priority its kind of urgent', 'set_priority', { priority: 'high' }, task('passport')],
    ['set the invoice to high priority its really urgent', 'set_priority', { priority: 'high' }, task('invoice')],
  ])('reads "%s"', (sentence, tool, args, target?: TaskRef) => reads(sentence, tool, args, target));
});

describe('a new line said aloud', () => {
  it.each([
    ['add get petrol new line', 'add get petrol.'],
    ['add a note to the report colon figures from Ana', 'add a note to the report: figures from Ana'],
    ['add buy a new line for the strimmer', 'add buy a new line for the strimmer'],
    ['add get a new line installed', 'add get a new line installed'],
  ])('writes "%s" as "%s"', (said, typed) => {
    expect(fromRecogniser(said)).toBe(typed);
  });
});

describe('words the recogniser mishears, where only one makes sense', () => {
  it.each([
    ['okay so um add by milk and bread', 'okay so um add buy milk and bread'],
    ['new task colon by a birthday present for Jess', 'new task: buy a birthday present for Jess'],
    ['add by some flowers for mum on sunday', 'add buy some flowers for mum on sunday'],
    ['remind me to by stamps', 'remind me to buy stamps'],
    ['push the haircut to to morrow', 'push the haircut to tomorrow'],
    ['move the vet to for pm', 'move the vet to 4pm'],
    ['add make an appointment with the doctor for pm tomorrow', 'add make an appointment with the doctor 4pm tomorrow'],
    ['new task colon', 'new task:'],
    ['add post the card by next tuesday comma', 'add post the card by next tuesday'],
    ['tick off task twenty one period', 'tick off task twenty one.'],
    // What stays: "by" before a date, "for" before what is not an hour, a period that is one.
    ['add by friday finish the report', 'add by friday finish the report'],
    ['add by the 3rd send the form', 'add by the 3rd send the form'],
    ['add by end of the month pay the deposit', 'add by end of the month pay the deposit'],
    ['add buy a gift for Sam', 'add buy a gift for Sam'],
    ['add drive by the old house', 'add drive by the old house'],
    ['add cover the one period lesson', 'add cover the one period lesson'],
  ])('reads "%s" as "%s"', (said, typed) => {
    expect(fromRecogniser(said)).toBe(typed);
  });
});

import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

describe('the offline interpreter on a new due date said in other ways', () => {
  it.each([
    ['reschedule dentist -> fri', 'fri', { title: 'dentist' }],
    ['mv the vet to next tuesday', 'next tuesday', { title: 'vet' }],
    ['the haircut is now on saturday', 'saturday', { title: 'haircut' }],
    ['parents evening got moved to thursday', 'thursday', { title: 'parents evening' }],
    ['the essay deadline is next friday now', 'next friday', { title: 'essay' }],
    ["change the plumber's date to monday", 'monday', { title: 'plumber' }],
    // News about the task, a question, a wish after it, or the date named as a field.
    ['the vet is actually on the 9th of march at 4pm', 'the 9th of march at 4pm', { title: 'vet' }],
    ['the recital is on saturday now', 'saturday', { title: 'recital' }],
    ['the swim gala is for next friday now', 'next friday', { title: 'swim gala' }],
    ['timesheet due thu now', 'thu', { title: 'timesheet' }],
    ['subs are due on the 25th now', 'the 25th', { title: 'subs' }],
    ['the electrician can only come on monday afternoon now, can you move it', 'monday afternoon', { title: 'electrician' }],
    ['could the school run be on tuesday instead?', 'tuesday', { title: 'school run' }],
    ['can we have the team lunch next fri instead', 'next fri', { title: 'team lunch' }],
    ['the piano lesson should be on wednesday', 'wednesday', { title: 'piano lesson' }],
    ['I think the car wash should be on sunday at 10am', 'sunday at 10am', { title: 'car wash' }],
    ['set the vet for tomorrow at 5pm', 'tomorrow at 5pm', { title: 'vet' }],
    ['slot the eye test in for monday 9am', 'monday 9am', { title: 'eye test' }],
    ['snooze the bins till friday', 'friday', { title: 'bins' }],
    ['put the date of the dinner party to saturday', 'saturday', { title: 'dinner party' }],
    ['put the deadline for the thesis to friday the 30th at 5pm', 'friday the 30th at 5pm', { title: 'thesis' }],
    ['change the due date of task 4 to the 12 of march', 'the 12 of march', { id: 4 }],
    ['the match with the club, I want to move it to sunday at 2pm', 'sunday at 2pm', { title: 'match with the club' }],
    ['the tax return deadline got pushed to april 30', 'april 30', { title: 'tax return' }],
    ['my landlord says the inspection has to be done by thursday', 'thursday', { title: 'inspection' }],
    ['change the dentist to the 3rd of february', 'the 3rd of february', { title: 'dentist' }],
    ['move it to the day after tomorrow', 'the day after tomorrow', { last: true }],
    ['move the call with Sam to quarter to 10 tomorrow', 'quarter to 10 tomorrow', { title: 'call with Sam' }],
    ['the car service is on the 3rd now', 'the 3rd', { title: 'car service' }],
    ['the dentist got rescheduled for thursday at 11', 'thursday at 11', { title: 'dentist' }],
    ['can you make the dentist thursday at 4 instead', 'thursday at 4', { title: 'dentist' }],
    ['set the report due by friday noon', 'friday noon', { title: 'report' }],
    ['put the bins task on wednesday', 'wednesday', { title: 'bins' }],
    ['due date for the report: monday', 'monday', { title: 'report' }],
    ['the deadline for the essay is now the 14th of march', 'the 14th of march', { title: 'essay' }],
  ])('reads "%s"', (sentence, date, target) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'set_due_date', args: { date }, target });
  });

  it.each([
    ['take the date off it', { last: true }],
    ["it doesn't have a deadline anymore", { last: true }],
    ['the car service has no due date now', { title: 'car service' }],
  ])('takes the date away for "%s"', (sentence, target) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'set_due_date', args: { date: null }, target });
  });

  it.each([
    'the dentist is now on the list',
    'what is now on friday',
    'the party is at Sam',
    'change the dentist to 3 apples',
    'set the table for dinner',
    'pencil in lunch with Jo on friday',
  ])('changes no date for "%s"', (sentence) => {
    const reading = interpret(sentence);
    expect(reading.kind === 'call' && reading.tool === 'set_due_date').toBe(false);
  });
});

describe('a new title ending in a month after "for"', () => {
  it.each([
    ['rename 14 -> buy a card for june', { id: 14 }, 'buy a card for june'],
    ['change the pharmacy one to book the campsite for august', { title: 'pharmacy' }, 'book the campsite for august'],
    ['rename 3 -> pay the window cleaner for march', { id: 3 }, 'pay the window cleaner for march'],
  ])('renames, never moves: "%s"', (sentence, target, title) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'update_task', args: { title }, target });
  });
});

describe('the day a task lapses', () => {
  it.each([
    ['the car tax runs out on the last day of march', { title: 'car tax' }, 'the last day of march'],
    ['the passport expires on 3 may', { title: 'passport' }, '3 may'],
    ['the home insurance is up for renewal on the 14th', { title: 'home insurance' }, 'the 14th'],
  ])('is its due date: "%s"', (sentence, target, date) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'set_due_date', args: { date }, target });
  });

  it('adds a task said with the day it lapses', () => {
    expect(interpret('add renew passport, it expires on 3 may')).toEqual({
      kind: 'call',
      tool: 'add_task',
      args: { title: 'renew passport', due_date: '3 may' },
    });
  });

  it('reads what needs doing by a date as due then', () => {
    expect(interpret('the permission slip needs doing by close of business friday')).toEqual({
      kind: 'call',
      tool: 'set_due_date',
      args: { date: 'close of business friday' },
      target: { title: 'permission slip' },
    });
  });
});

describe('a task named, then the day it is', () => {
  it.each([
    ['the dentist is tmrw at 10:30', 'tomorrow at 10:30', 'dentist'],
    ['the bins are monday', 'monday', 'bins'],
    ['my haircut is next tuesday', 'next tuesday', 'haircut'],
    ['the car hire pickup is half 7 tomorrow', 'half 7 tomorrow', 'car hire pickup'],
    ['the Madrid trip is a fortnight on saturday', 'a fortnight on saturday', 'Madrid trip'],
    ['the ferry booking is new years eve', 'new years eve', 'ferry booking'],
    ['my flight home is the 14th at 6:40am', 'the 14th at 6:40am', 'flight home'],
    ['check-in is at 3', 'at 3', 'check-in'],
    ['the dental check-up is 3 weeks from today', '3 weeks from today', 'dental check-up'],
    ['can the gutter clean go the week after next?', 'the week after next', 'gutter clean'],
    ['the bike service can be mid-march', 'mid-march', 'bike service'],
    ['the dinner with Sam is at 7:30 on friday', '7:30 on friday', 'dinner with Sam'],
  ])('moves the task of "%s"', (said, date, title) => {
    expect(interpret(said)).toMatchObject({ kind: 'call', tool: 'set_due_date', args: { date }, target: { title } });
  });

  it.each([
    'the boiler service is tuesday, right?',
    'the weather is today awful',
    'what is tomorrow',
    'the drive is 2 hours',
    'my mum is 70 tomorrow',
    'bake sale is at 3',
    'the trip is two weeks',
    'the meeting is at the office',
    'what is at 3',
    "the kids can go to nan's on friday",
    'can the car go in for its MOT on friday',
  ])('moves nothing on "%s"', (said) => {
    expect(interpret(said)).not.toMatchObject({ tool: 'set_due_date' });
  });
});

describe('a task of one word at a new clock time, said with "now"', () => {
  it.each([
    ['swimming is 15:45 on tuesday now', '15:45 on tuesday', 'swimming'],
    ['lunch is 1pm now', '1pm', 'lunch'],
  ])('moves it: "%s"', (sentence, date, title) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'set_due_date', args: { date }, target: { title } });
  });

  it.each(['mum is 70 now', 'swimming is 15:45 on tuesday'])('leaves "%s" to the other rules', (sentence) => {
    expect(interpret(sentence)).toMatchObject({ kind: 'help' });
  });
});

describe('the day a task will have to be', () => {
  it.each([
    ['the car service will have to be next friday', 'next friday', 'car service'],
    ['the garden tidy has to wait till sunday', 'sunday', 'garden tidy'],
    ['the report will have to be done by friday', 'friday', 'report'],
  ])('%s', (phrase, date, title) => {
    expect(interpret(phrase)).toEqual({ kind: 'call', tool: 'set_due_date', args: { date }, target: { title } });
  });
});

import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// A reminder before an event said with its day: the event is due then, with its reminder; the date is never lost.

const read = (sentence: string) => interpret(sentence);

describe('a reminder before an event said with its date', () => {
  it.each([
    ['remind me an hour before the vet on monday at 10', { title: 'vet', due_date: 'monday at 10', remind_before: '1h' }],
    ['ping me 15 min before my haircut tomorrow at 2', { title: 'haircut', due_date: 'tomorrow at 2', remind_before: '15m' }],
    ['remind me the day before the school trip on the 3rd', { title: 'school trip', due_date: 'the 3rd', remind_before: '1d' }],
    ['remind me 3 days before the insurance renewal on march 2', { title: 'insurance renewal', due_date: 'march 2', remind_before: '3d' }],
    ["remind me a week before Dad's 70th on april 9", { title: "Dad's 70th", due_date: 'april 9', remind_before: '1w' }],
    ['nudge me 2 days ahead about rent on the 1st', { title: 'rent', due_date: 'the 1st', remind_before: '2d' }],
    ['remind me 2 hours before the dentist on friday', { title: 'dentist', due_date: 'friday', remind_before: '2h' }],
    [
      'alert me 30 minutes before the parents evening on tuesday at 6pm',
      { title: 'parents evening', due_date: 'tuesday at 6pm', remind_before: '30m' },
    ],
    ['ping me a day before the bin collection on the 14th', { title: 'bin collection', due_date: 'the 14th', remind_before: '1d' }],
    ['remind me 45 min before our flight on saturday at 7am', { title: 'flight', due_date: 'saturday at 7am', remind_before: '45m' }],
    ['nudge me a week ahead of the MOT on march 20', { title: 'MOT', due_date: 'march 20', remind_before: '1w' }],
  ])('adds "%s" due on the event\'s date, with the reminder', (sentence, args) => {
    expect(read(sentence)).toEqual({ kind: 'call', tool: 'add_task', args });
  });

  it.each([
    ['remind me 10 minutes before the standup', { title: 'standup' }],
    ['remind me an hour before it', { last: true }],
    ['ping me a day before task 5', { id: 5 }],
  ])('keeps "%s", said without a date, a reminder on the task', (sentence, target) => {
    expect(read(sentence)).toMatchObject({ kind: 'call', tool: 'set_reminder', target });
  });
});

describe('an event whose time is written on the 24-hour clock without a colon', () => {
  it('is the event due then, with its reminder', () => {
    expect(interpret('remind me 1 hr before the team brief tomorrow at 0730')).toEqual({
      kind: 'call',
      tool: 'add_task',
      args: { title: 'team brief', due_date: 'tomorrow at 07:30', remind_before: '1h' },
    });
  });
});

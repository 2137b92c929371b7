import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call } from './said-rows.ts';

const known = { projects: ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'] };
const read = (sentence: string) => interpret(sentence, known);

describe('Courteous English: a doubt, an apology or a story before the request', () => {
  it.each([
    [
      'I am not sure if I did this right, but the task about the church fete should say bring the scones, not the cakes.',
      'update_task',
      { title: 'bring the scones' },
      { title: 'church fete' },
    ],
    [
      'Forgive me, I do not know how this works, but can the thing about the raffle tickets be got rid of?',
      'delete_task',
      {},
      { title: 'raffle tickets' },
    ],
    [
      'I am sorry to be a bother, but the optician has changed my appointment to Monday the second of February.',
      'set_due_date',
      { date: 'Monday the 2nd of February' },
      { title: 'optician' },
    ],
    ['I think I put the chiropodist in twice. Please delete number 12, the second one.', 'delete_task', {}, { id: 12 }],
    ['I pressed the wrong button I think. Anyway, could you mark the ironing as done.', 'complete_task', {}, { title: 'ironing' }],
    ['It has been a long week. Could you please mark task 5 as done?', 'complete_task', {}, { id: 5 }],
    ['Excuse me, I am new to this, but could the thing about the bus pass be removed please?', 'delete_task', {}, { title: 'bus pass' }],
    ['The dentist has moved my appointment to Friday at 10am.', 'set_due_date', { date: 'Friday at 10am' }, { title: 'dentist' }],
  ])('reads "%s"', (sentence, tool, args, target) => {
    expect(read(sentence)).toEqual(call(tool, args, target));
  });

  it.each([
    [
      'Good afternoon. My granddaughter set this up for me, so I hope I am doing it properly. Could you please add a note to ring the chemist about my prescription? Thank you kindly.',
      { title: 'ring the chemist about my prescription' },
    ],
    ["Sorry to trouble you, I'm not very good with phones, but please add buy stamps", { title: 'buy stamps' }],
    ['could you add a note to collect the parcel tomorrow', { title: 'collect the parcel', due_date: 'tomorrow' }],
    ['My daughter showed me this. Please add water the roses tomorrow.', { title: 'water the roses', due_date: 'tomorrow' }],
    [
      'I have the dentist on Tuesday at half past two. Would you remind me an hour before, please?',
      { title: 'dentist', due_date: 'Tuesday at 2:30', remind_before: '1h' },
    ],
    [
      'I have a hair appointment on Friday at 11am. Could you remind me 30 minutes before?',
      { title: 'hair appointment', due_date: 'Friday at 11am', remind_before: '30m' },
    ],
  ])('adds a task on "%s"', (sentence, args) => {
    expect(read(sentence)).toEqual(call('add_task', args));
  });

  it('keeps a note on a task when one is given after a colon', () => {
    expect(read('add a note to buy: the blue one')).toEqual(call('update_task', { description: 'the blue one' }, { title: 'buy' }));
  });

  it.each([
    [
      'I go to the lunch club every Tuesday and Friday. Please add that for me.',
      { title: 'go to the lunch club', pattern: 'FREQ=WEEKLY;BYDAY=TU,FR' },
    ],
    ['I see the physio every Monday. Could you put that down, please?', { title: 'see the physio', pattern: 'FREQ=WEEKLY;BYDAY=MO' }],
  ])('adds the appointment told first on "%s"', (sentence, args) => {
    expect(read(sentence)).toMatchObject({ kind: 'call', tool: 'create_recurring', args });
  });
});

describe('Courteous English: a note said with "that", a request after "if not", "its notes"', () => {
  it.each([
    [
      'Could you kindly add a little note to the doctor appointment, that I must bring my list of tablets?',
      { description: 'I must bring my list of tablets' },
      { title: 'doctor appointment' },
    ],
    ['please add a note to the gas man task saying he comes at ten', { description: 'he comes at 10' }, { title: 'gas man' }],
    [
      'okay um can you add a note to the boiler task that says the engineer is coming between eight and ten thanks',
      { description: 'the engineer is coming between eight and ten' },
      { title: 'boiler' },
    ],
    [
      'My son says I should write the address on the task for the lunch club, so please put 14 Elm Road in its notes.',
      { description: '14 Elm Road' },
      { title: 'lunch club' },
    ],
    [
      'I made a task for the gas man. Could you write the phone number 0123 456 in its notes?',
      { description: 'the phone number 0123 456' },
      { title: 'gas man' },
    ],
  ])('writes the note on "%s"', (sentence, args, target) => {
    expect(read(sentence)).toEqual(call('update_task', args, target));
  });

  it.each([
    [
      'Did the reminder for the bridge club get set? If not, please set it for half an hour before.',
      { before: '30m' },
      { title: 'bridge club' },
    ],
    ['Has the reminder for the dentist been set? If not, please set one for an hour before.', { before: '1h' }, { title: 'dentist' }],
  ])('sets the reminder asked about on "%s"', (sentence, args, target) => {
    expect(read(sentence)).toEqual(call('set_reminder', args, target));
  });

  it.each(['Can the report be deleted?', 'Has the gas bill been paid yet? I cannot remember.'])('asks back on "%s"', (sentence) => {
    expect(read(sentence).kind).not.toBe('call');
  });
});

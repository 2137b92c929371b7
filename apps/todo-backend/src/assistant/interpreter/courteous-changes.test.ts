import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call } from './said-rows.ts';

const known = { projects: ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'] };
const read = (sentence: string) => interpret(sentence, known);

describe('Courteous English: changes said the old-fashioned way', () => {
  it.each([
    [
      'The chiropodist comes every six weeks, so could you make that one repeat, please?',
      { recurring: 'FREQ=WEEKLY;INTERVAL=6' },
      { title: 'chiropodist' },
    ],
    [
      'The window cleaner comes every four weeks, so please make it repeat.',
      { recurring: 'FREQ=WEEKLY;INTERVAL=4' },
      { title: 'window cleaner' },
    ],
    [
      'Please be so kind as to make the hairdresser one come round every four weeks.',
      { recurring: 'FREQ=WEEKLY;INTERVAL=4' },
      { title: 'hairdresser' },
    ],
  ])('makes a task repeat on "%s"', (sentence, args, target) => {
    expect(read(sentence)).toEqual(call('update_task', args, target));
  });

  it.each([
    ['There is no hurry at all with the photo albums, they can wait.', 'low', { title: 'photo albums' }],
    ["There's no rush with the shed.", 'low', { title: 'shed' }],
    ["There's no hurry with the attic, so please make it low priority.", 'low', { title: 'attic' }],
    ['The letter to the council is rather important, so could you put it at the top?', 'high', { title: 'letter to the council' }],
    ['The pension form is quite urgent.', 'high', { title: 'pension form' }],
  ])('sets the priority on "%s"', (sentence, priority, target) => {
    expect(read(sentence)).toEqual(call('set_priority', { priority }, target));
  });

  it.each([
    ['I put a church label on the jumble sale by mistake. Could you take it off?', 'church', { title: 'jumble sale' }],
    ['I added a family tag to the dentist by accident.', 'family', { title: 'dentist' }],
  ])('takes the label off on "%s"', (sentence, tag, target) => {
    expect(read(sentence)).toEqual(call('remove_tag', { tag }, target));
  });

  it.each([
    ['Would you show me the ones marked family, please?', ['family']],
    ['Could I see the things labelled garden?', ['garden']],
  ])('filters by tag on "%s"', (sentence, tags) => {
    expect(read(sentence)).toEqual(call('filter_tasks', { tags }));
  });

  it.each([
    ['The plumber cannot come until a week on Tuesday, so please change it.', { date: 'Tuesday week' }, { title: 'plumber' }],
    ["The electrician can't come until Monday.", { date: 'Monday' }, { title: 'electrician' }],
    ['Take the date off the spring cleaning, dear, I shall do it whenever I can.', { date: null }, { title: 'spring cleaning' }],
  ])('changes the date on "%s"', (sentence, args, target) => {
    expect(read(sentence)).toEqual(call('set_due_date', args, target));
  });

  it.each([
    ['Please put the car tax back by a fortnight, I have not got the money yet.', { by: 'P2W' }, { title: 'car tax' }],
    ['Could you put back the window cleaner by a week?', { by: 'P1W' }, { title: 'window cleaner' }],
  ])('postpones on "%s"', (sentence, args, target) => {
    expect(read(sentence)).toEqual(call('postpone_task', args, target));
  });

  it.each([
    [
      'Please add post the parcel to Australia by Wednesday next.',
      { title: 'post the parcel to Australia', due_date: 'by next Wednesday' },
    ],
    [
      'Would you be so good as to put down that I must collect my spectacles from the optician on Friday.',
      { title: 'collect my spectacles from the optician', due_date: 'Friday' },
    ],
    ['Please make a note that I need to ring the bank.', { title: 'ring the bank' }],
    ['I should like to water the garden every other day, if you would be so kind as to set that up.', undefined],
  ])('adds on "%s"', (sentence, args) => {
    const got = read(sentence);
    if (args) expect(got).toMatchObject({ kind: 'call', tool: 'add_task', args: { title: args.title } });
    else
      expect(got).toMatchObject({
        kind: 'call',
        tool: 'create_recurring',
        args: { title: 'water the garden', pattern: 'FREQ=DAILY;INTERVAL=2' },
      });
  });

  it.each([
    ["I shan't be going to the bowls club on Saturday after all, so please take it off.", { title: 'bowls club' }],
    ["I won't be going to the coffee morning, so could you remove it?", { title: 'coffee morning' }],
  ])('deletes on "%s"', (sentence, target) => {
    expect(read(sentence)).toEqual(call('delete_task', {}, target));
  });

  it.each([
    [
      'I am afraid I ticked the library books by mistake, they are not returned yet. Could you put it back please?',
      { title: 'library books' },
    ],
  ])('reopens on "%s"', (sentence, target) => {
    expect(read(sentence)).toEqual(call('complete_task', { completed: false }, target));
  });

  it.each([
    ['I no longer need reminding about the bin collection, thank you.', { title: 'bin collection' }],
    ["I don't need to be reminded about the milkman.", { title: 'milkman' }],
  ])('turns the reminder off on "%s"', (sentence, target) => {
    expect(read(sentence)).toEqual(call('set_reminder', { clear: true }, target));
  });

  it.each([
    ['I wonder, is there anything I have forgotten to do?', 'filter_tasks', { due: 'overdue' }],
    ['Is there anything I might have missed?', 'filter_tasks', { due: 'overdue' }],
    ['Did I put in something about the optician? I cannot remember.', 'search_tasks', { query: 'optician' }],
    ['Have I got anything about the gas bill on my list?', 'search_tasks', { query: 'gas bill' }],
    ['Is there anything on my list regarding the Henderson account?', 'search_tasks', { query: 'Henderson account' }],
  ])('answers "%s"', (sentence, tool, args) => {
    expect(read(sentence)).toEqual(call(tool, args));
  });

  it('reads the new words of a title, never the old ones after "not": "should be called X, not Y" keeps Y as the task', () => {
    expect(read('my wife says the task should be called paint the nursery, not paint the spare room')).toEqual(
      call('update_task', { title: 'paint the nursery' }, { title: 'paint the spare room' }),
    );
  });
});

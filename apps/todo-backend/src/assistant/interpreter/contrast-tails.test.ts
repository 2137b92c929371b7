import { describe, expect, it } from 'vitest';
import { withoutContrast } from './contrast-tails.ts';
import { interpret } from './offline-interpreter.ts';

// "…, not 5", "… but keep the dentist": what is left as it is never becomes part of the task, title or time named.

const read = (sentence: string) => interpret(sentence);

describe('a tail that names what is not meant', () => {
  it.each([
    ['complete 4, not 5', 'complete_task', {}, { id: 4 }],
    ['cancel friday drinks but keep the dentist', 'delete_task', {}, { title: 'friday drinks' }],
    ['the dishes are done but not the laundry', 'complete_task', {}, { title: 'dishes' }],
    ['get rid of the tags on the gym, not the task', 'update_task', { tags: [] }, { title: 'gym' }],
    ['delete the reminder, not the task', 'set_reminder', { clear: true }, { last: true }],
    ['delete 12, not 13', 'delete_task', {}, { id: 12 }],
    ['tick off the ironing but leave the hoovering', 'complete_task', {}, { title: 'ironing' }],
    ['scrap the pottery class but keep the pottery kiln', 'delete_task', {}, { title: 'pottery class' }],
    ['the car wash is finished, not the hoovering', 'complete_task', {}, { title: 'car wash' }],
    ['remove the labels from the invoice, not the invoice', 'update_task', { tags: [] }, { title: 'invoice' }],
  ])('reads "%s" without the tail', (sentence, tool, args, target) => {
    expect(read(sentence)).toEqual({ kind: 'call', tool, args, target });
  });

  it.each([
    ['remind me at 7pm to take my tablets, not 8', { title: 'take my tablets', due_date: 'at 7pm', remind_before: '0m' }],
    ['remind me at 6pm to call Nan, not 7', { title: 'call Nan', due_date: 'at 6pm', remind_before: '0m' }],
  ])('keeps the time not meant out of the title of "%s"', (sentence, args) => {
    expect(read(sentence)).toEqual({ kind: 'call', tool: 'add_task', args });
  });

  it.each([
    'add call mum, not urgent',
    'the report is not low, not the gym',
    'rename it to "milk, not the bread"',
    'the report is important but not that urgent',
    'show tasks due today, not the completed ones',
    "what's due today but not the work stuff",
    'the school run is at 8:15 tomorrow, not 8:30',
    'add a note to the fence task: 2 coats, not 3',
  ])('leaves "%s" whole: a level, a "not" before it, a quoted value, a value after a colon or a question', (sentence) => {
    expect(withoutContrast(sentence)).toBe(sentence);
  });

  it('keeps the tail in a note said after a colon', () => {
    expect(read('add a note to the fence task: 2 coats, not 3')).toEqual({
      kind: 'call',
      tool: 'update_task',
      args: { description: '2 coats, not 3' },
      target: { title: 'fence' },
    });
  });

  it.each([
    ['actually just delete 8 rather than moving it', 'delete_task', {}, { id: 8 }],
    ['mark the gym done instead of moving it', 'complete_task', {}, { title: 'gym' }],
  ])('reads a change without the one not made after it: "%s"', (sentence, tool, args, target) => {
    expect(read(sentence)).toEqual({ kind: 'call', tool, args, target });
  });
});

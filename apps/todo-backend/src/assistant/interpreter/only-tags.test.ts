import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

describe('the offline interpreter on the only tags a task should have', () => {
  it.each([
    ['just tag 9 as school, nothing else', { id: 9 }, ['school']],
    ['tag the invoice with finance only', { title: 'invoice' }, ['finance']],
    ['replace all the tags the shed task has with garden and diy', { title: 'shed' }, ['garden', 'diy']],
    ['12 should only have the tags home, kids', { id: 12 }, ['home', 'kids']],
    ['only label 4 with #errands and no other tags else', { id: 4 }, ['errands']],
    ['the only tags on the boiler thing should be home and urgent', { title: 'boiler' }, ['home', 'urgent']],
    ["gate task's tags: home, outdoor", { title: 'gate' }, ['home', 'outdoor']],
    ["the vet's tags: pets", { title: 'vet' }, ['pets']],
    // "untag everything on …": every tag of that task.
    ['untag everything on the bread', { title: 'bread' }, []],
    ['untag all from 5', { id: 5 }, []],
  ])('reads "%s"', (sentence, target, tags) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'update_task', args: { tags }, target });
  });

  it('still adds one tag when nothing says "only"', () => {
    expect(interpret('tag 9 as school')).toEqual({ kind: 'call', tool: 'add_tag', args: { tag: 'school' }, target: { id: 9 } });
  });
});

describe('the offline interpreter on a reason said after the task', () => {
  it.each([
    ['untag work from the slides, they are personal now', 'remove_tag', { tag: 'work' }, 'slides'],
    ['delete the gym task because it closed', 'delete_task', {}, 'gym'],
    ['remove the tag work from the slides, they are personal now', 'remove_tag', { tag: 'work' }, 'slides'],
  ])('reads "%s"', (sentence, tool, args, title) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool, args, target: { title } });
  });
});

describe('the offline interpreter on more ways of asking for a listing', () => {
  it.each([
    ['just the overdue ones please', { due: 'overdue' }],
    ['only the low priority tasks for today', { priority: ['low'], due: 'today' }],
    ['show my chores due tomorrow', { tags: ['chores'], due: 'tomorrow' }],
  ])('reads "%s"', (sentence, args) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'filter_tasks', args });
  });
});

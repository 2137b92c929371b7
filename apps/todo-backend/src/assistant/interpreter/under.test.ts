import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// "under X" for a new task: a tag, or the subtask of the open task whose whole title X is.
const tasks = ['Pharmacy', 'the shed', 'pick up the bank forms', 'call the bank'];

describe('the offline interpreter on a new task said under something', () => {
  it.each([
    ['add buy nails under pharmacy', 'pharmacy'],
    // In other words.
    ['add ask about the repeat prescription under Pharmacy', 'Pharmacy'],
    ['create check the hinges under shed', 'shed'],
  ])('makes "%s" a subtask of the open task so titled', (sentence, parent) => {
    expect(interpret(sentence, { tasks })).toMatchObject({ kind: 'call', tool: 'add_subtask', target: { title: parent } });
  });

  it('keeps a word no open task is titled a tag, and a word inside open titles a question', () => {
    expect(interpret('add buy nails under pharmacy')).toMatchObject({ tool: 'add_task', args: { tags: ['pharmacy'] } });
    expect(interpret('add order a cake under party', { tasks })).toMatchObject({ tool: 'add_task', args: { tags: ['party'] } });
    expect(interpret('add get receipts under bank', { tasks }).kind).toBe('help');
    expect(interpret('add buy nails under the pharmacy tag', { tasks })).toMatchObject({ args: { tags: ['pharmacy'] } });
  });

  it('keeps filing an existing task under a word a tag', () => {
    expect(interpret('file the invoice under pharmacy', { tasks })).toMatchObject({ tool: 'add_tag', args: { tag: 'pharmacy' } });
  });

  it.each([
    ['add a note to the Henderson job: key under the mat, dog is friendly', 'Henderson job', 'key under the mat, dog is friendly'],
    // In other words.
    ['add a note to the job: key under the mat', 'job', 'key under the mat'],
    ['add a comment to the gas meter job: meter is under the stairs', 'gas meter job', 'meter is under the stairs'],
    ['add a description to the boiler job: stopcock under the sink', 'boiler job', 'stopcock under the sink'],
    ['add some notes to the loft quote: hatch is under the landing light', 'loft quote', 'hatch is under the landing light'],
  ])('keeps "under" in what a note says after its colon: "%s"', (sentence, title, description) => {
    expect(interpret(sentence, { tasks })).toEqual({ kind: 'call', tool: 'update_task', args: { description }, target: { title } });
  });
});

describe('"under" a project of several words', () => {
  const projects = ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'];

  it.each([
    // Phrasings of the fixer-of-details batch.
    ["put 'fix gate' under Home Projects", 'fix gate', 'Home Projects'],
    ['file the gutter job under Home Projects', 'gutter job', 'Home Projects'],
    // In other words.
    ['put the receipts under garden club', 'receipts', 'Garden Club'],
    ['stick the hedge task under Garden Club', 'hedge', 'Garden Club'],
  ])('moves an existing task there: %s', (sentence, title, project) => {
    expect(interpret(sentence, { projects })).toEqual({ kind: 'call', tool: 'move_task', args: { project }, target: { title } });
  });

  it('adds a new task there, and keeps one word a tag', () => {
    expect(interpret('add paint the fence under Home Projects', { projects })).toMatchObject({
      tool: 'add_task',
      args: { title: 'paint the fence', project: 'Home Projects' },
    });
    expect(interpret('file the invoice under work', { projects })).toMatchObject({ tool: 'add_tag', args: { tag: 'work' } });
  });
});

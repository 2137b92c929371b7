import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// Words of a title that also name a thing the chat changes: an alarm that is a device, not a reminder; a task whose
// title ends in "project" that a tag is taken off.
const known = { projects: ['Inbox', 'Groceries', 'Work'] };

describe('the offline interpreter on titles with words of requests in them', () => {
  it.each([
    ['please delete the smoke alarm', 'smoke alarm'],
    // In other words.
    ['delete the fire alarm', 'fire alarm'],
    ['remove the burglar alarm', 'burglar alarm'],
  ])('deletes the task "%s" names', (sentence, title) => {
    expect(interpret(sentence, known)).toEqual({ kind: 'call', tool: 'delete_task', args: {}, target: { title } });
  });

  it('still reads a task named before "alarm" as its reminder switched off', () => {
    expect(interpret('turn off the gym alarm', known)).toEqual({
      kind: 'call',
      tool: 'set_reminder',
      args: { clear: true },
      target: { title: 'gym' },
    });
  });

  it.each([
    'drop the #health label off the patio project',
    // In other words.
    'remove the health tag from the patio project',
    'take the #health label off the patio project',
    'remove #health from the patio project',
  ])('takes only the tag off: "%s"', (sentence) => {
    expect(interpret(sentence, known)).toEqual({
      kind: 'call',
      tool: 'remove_tag',
      args: { tag: 'health' },
      target: { title: 'patio project' },
    });
  });

  it('still refuses to delete a project and reads a task so titled as one', () => {
    expect(interpret('delete the Work project', known).kind).toBe('help');
    expect(interpret('delete the patio project', known)).toMatchObject({ tool: 'delete_task', target: { title: 'patio project' } });
  });
});

import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

const read = (sentence: string) => interpret(sentence, { projects: ['Inbox', 'Work', 'Groceries', 'Garden Club'] });

describe('a member taken out of a project', () => {
  it.each([
    'delete me from the project',
    'remove me from Work',
    'take me off the Groceries list',
    'remove myself from Garden Club',
    'remove sam@example.com from Work',
    'please delete me from the garden club project',
  ])('is answered with where the app does it, never a task deleted: "%s"', (sentence) => {
    const reading = read(sentence);
    expect(reading.kind).toBe('help');
    expect(reading.kind === 'help' && reading.reason).toMatch(/^I cannot take anyone out of a project/);
  });

  it('leaves errands, an assignee taken off a task and tasks taken off a list to the other rules', () => {
    expect(read('take me off the report')).toMatchObject({ kind: 'call', tool: 'assign_task' });
    expect(read('remind me to remove the cat from the bed')).toMatchObject({ kind: 'call', tool: 'add_task' });
    expect(read('delete eggs from the Groceries list')).toMatchObject({ kind: 'call', tool: 'delete_task', target: { title: 'eggs' } });
  });
});

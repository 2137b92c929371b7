import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

const projects = ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'];

describe('a title said to be actually another', () => {
  it.each([
    ['call the tiler is actually call the plasterer', 'call the plasterer', 'call the tiler'],
    ['buy paint should really be buy primer', 'buy primer', 'buy paint'],
  ])('%s renames the task', (said, title, ref) => {
    expect(interpret(said, { projects })).toEqual({ kind: 'call', tool: 'update_task', args: { title }, target: { title: ref } });
  });

  it.each(['the dentist is actually the vet', 'the report is actually done', 'that is actually fine'])('%s is no new title', (said) => {
    const reading = interpret(said, { projects });
    expect(reading.kind === 'call' && reading.tool === 'update_task' && 'title' in reading.args).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// A task is due at one time: two times said for it are asked about, never read as the first of them.

describe('two times of day for one task', () => {
  it.each([
    'remind me at 1900 and 2300 to take my tablets',
    'remind me at 7pm and 11pm to take my tablets',
    'every day at 0700 and 1900 take my tablets',
    'add call the agency at 0800 and 1200',
  ])('asks about "%s"', (sentence) => {
    expect(interpret(sentence)).toMatchObject({ kind: 'help' });
  });

  it('reads one time with two errands as before', () => {
    expect(interpret('remind me at 7pm to take my tablets and ring mum')).toMatchObject({
      kind: 'call',
      tool: 'add_task',
      args: { due_date: 'at 7pm', remind_before: '0m' },
    });
  });
});

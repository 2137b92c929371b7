import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// A day gone by after "from", "of" or "about" says which thing is meant; a new task is never due in the past.

describe('a past day that names the thing', () => {
  it.each([
    'add write up the incident report from last night',
    'add call the bank about the payment from yesterday',
    'add chase the refund from 2 weeks ago',
  ])('"%s" keeps it in the title', (sentence) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'add_task', args: { title: sentence.replace(/^add\s+/, '') } });
  });

  it('still reads the due date said after it', () => {
    expect(interpret('add finish the report from last week by friday')).toEqual({
      kind: 'call',
      tool: 'add_task',
      args: { title: 'finish the report from last week', due_date: 'friday' },
    });
  });

  it('leaves a day to come after "from" a date', () => {
    expect(interpret('add start the new rota from monday')).toMatchObject({ args: { due_date: expect.stringMatching(/monday/) } });
  });
});

describe('a past day after the task a reminder names', () => {
  it('is no time to remind at', () => {
    expect(interpret('remind me about the payslip from last month')).not.toMatchObject({ kind: 'call', args: { at: 'last month' } });
  });
});

import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// A weekly rule whose day is named in a clause of its own falls on that day, and the clause leaves the title.

describe('a rule whose day is named after it', () => {
  it.each([
    ['bins out weekly, bin day is tuesday', 'bins out', 'FREQ=WEEKLY;BYDAY=TU', 'tuesday'],
    ['put out the bins every week, collection day is friday', 'put out the bins', 'FREQ=WEEKLY;BYDAY=FR', 'friday'],
    ["recycling out fortnightly - collection day's a thursday", 'recycling out', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH', 'thursday'],
  ])('"%s"', (sentence, title, pattern, due_date) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'create_recurring', args: { title, pattern, due_date } });
  });

  it('reads news of a task that exists as its new rule', () => {
    expect(interpret('the bins are weekly, the day is monday')).toEqual({
      kind: 'call',
      tool: 'update_task',
      args: { recurring: 'FREQ=WEEKLY;BYDAY=MO' },
      target: { title: 'bins' },
    });
  });

  it('leaves a day clause without a weekly rule as it was', () => {
    expect(interpret('bins out on tuesday, bin day is tuesday')).not.toMatchObject({ tool: 'create_recurring' });
  });

  it.each([
    ['bins out fortnightly, tuesdays', 'bins out', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU', 'tuesday'],
    ['put the recycling out weekly - on fridays', 'put the recycling out', 'FREQ=WEEKLY;BYDAY=FR', 'friday'],
  ])('reads a day said alone in the plural: "%s"', (sentence, title, pattern, due_date) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'create_recurring', args: { title, pattern, due_date } });
  });
});

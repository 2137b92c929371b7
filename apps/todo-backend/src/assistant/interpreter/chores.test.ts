import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

describe('the offline interpreter on a chore whose verb is also an edit verb, said with a rule', () => {
  it.each([
    [
      'change the sheets on the kids beds every fortnight',
      { title: 'change the sheets on the kids beds', pattern: 'FREQ=WEEKLY;INTERVAL=2' },
    ],
    ['change the sheets every week', { title: 'change the sheets', pattern: 'weekly' }],
    ['move the car every tuesday', { title: 'move the car', pattern: 'FREQ=WEEKLY;BYDAY=TU', due_date: 'tuesday' }],
    ['switch the heating on every morning at 6', { title: 'switch the heating on', pattern: 'daily', due_date: 'at 6am' }],
  ])('%s', (phrase, args) => {
    expect(interpret(phrase)).toEqual({ kind: 'call', tool: 'create_recurring', args });
  });

  it('asks when the thing is no chore\'s ("change the gym every tuesday" may be a change to the gym task)', () => {
    expect(interpret('change the gym every tuesday').kind).toBe('help');
  });

  it('still changes the rule of a task when "to" links the task to the rule', () => {
    expect(interpret('change the standup to every weekday')).toEqual({
      kind: 'call',
      tool: 'update_task',
      args: { recurring: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' },
      target: { title: 'standup' },
    });
  });
});

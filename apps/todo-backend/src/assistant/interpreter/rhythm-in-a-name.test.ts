import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { rhythmOnlyInAName } from './rhythm-in-a-name.ts';

describe('a rhythm word after an article names a thing, not a rule', () => {
  it.each([
    ['add cancel the monthly wine subscription', { title: 'cancel the monthly wine subscription' }],
    ['add print a weekly chore chart for the kids', { title: 'print a weekly chore chart for the kids' }],
    ['add restock the daily vitamins tomorrow', { title: 'restock the daily vitamins', due_date: 'tomorrow' }],
    ['add renew the monthly bus pass #commute', { title: 'renew the monthly bus pass', tags: ['commute'] }],
    ['add read the every day carry guide', { title: 'read the every day carry guide' }],
    ['add the fortnightly newsletter', { title: 'the fortnightly newsletter' }],
    ['remind me to renew my annual railcard', { title: 'renew my annual railcard' }],
    ['add daily planner refill', { title: 'daily planner refill' }],
    ['add yearly tax paperwork to Work', { title: 'yearly tax paperwork', project: 'Work' }],
  ])('%s is one task', (phrase, args) => {
    expect(interpret(phrase, { projects: ['Work'] })).toEqual({ kind: 'call', tool: 'add_task', args });
  });

  it.each([
    ['create a weekly task to plan meals', { title: 'plan meals', pattern: 'weekly' }],
    [
      'every friday at 5pm send the weekly report',
      { title: 'send the weekly report', pattern: 'FREQ=WEEKLY;BYDAY=FR', due_date: 'friday at 5pm' },
    ],
    ['add the monthly newsletter on the last friday', { title: 'the monthly newsletter', pattern: 'FREQ=MONTHLY;BYDAY=-1FR' }],
    ['add take vitamins daily', { title: 'take vitamins', pattern: 'daily' }],
    ['add weekly team meeting', { title: 'team meeting', pattern: 'weekly' }],
    ['every day take vitamins', { title: 'take vitamins', pattern: 'daily' }],
    ['add weekly review tagged work', { title: 'review', pattern: 'weekly', tags: ['work'] }],
  ])('%s still makes a series', (phrase, args) => {
    expect(interpret(phrase)).toEqual({ kind: 'call', tool: 'create_recurring', args });
  });

  it('keeps the rule said of the task itself', () => {
    expect(rhythmOnlyInAName('make the tuck shop roster a weekly thing')).toBe(false);
    expect(rhythmOnlyInAName('put 3 on a monthly repeat')).toBe(false);
    expect(rhythmOnlyInAName('set up a daily reminder to stretch')).toBe(false);
    expect(rhythmOnlyInAName('buy the weekly magazine')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, id, t } from './said-rows.ts';

const read = (sentence: string) => interpret(sentence, { projects: ['Inbox', 'Work'] });

describe('a level change, then the level that will do', () => {
  it.each([
    ["the boiler one isn't urgent any more, normal is fine", 'medium', t('boiler')],
    ['the gym can wait - low is ok', 'low', t('gym')],
    ['lower 12, medium priority would be fine', 'medium', id(12)],
  ])('"%s"', (sentence, priority, target) => {
    expect(read(sentence)).toEqual(call('set_priority', { priority }, target));
  });

  it('leaves a sentence that changes no level to the other rules', () => {
    expect(read('rename 12 to Buy paint, high is fine')).not.toMatchObject({ tool: 'set_priority' });
  });
});

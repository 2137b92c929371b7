import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

describe('the offline interpreter on tags asked for as a wish or a state', () => {
  it.each([
    ['I want the insurance task tagged finance', 'add_tag', { title: 'insurance' }],
    ['the task of the insurance I want with the tag finance', 'add_tag', { title: 'insurance' }],
    ['the insurance task should have the finance tag', 'add_tag', { title: 'insurance' }],
    ['can the insurance task get a finance tag', 'add_tag', { title: 'insurance' }],
    ['insurance task: tag finance', 'add_tag', { title: 'insurance' }],
    ['apply the finance tag to 4', 'add_tag', { id: 4 }],
    ['#finance for 4', 'add_tag', { id: 4 }],
    ['4 should not be tagged finance', 'remove_tag', { id: 4 }],
    ["the insurance task shouldn't have the finance tag", 'remove_tag', { title: 'insurance' }],
  ])('reads "%s"', (sentence, tool, target) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool, args: { tag: 'finance' }, target });
  });

  it('lists rather than tags on "which tasks should have the finance tag"', () => {
    expect(interpret('which tasks should have the finance tag')).not.toMatchObject({ tool: 'add_tag' });
  });
});

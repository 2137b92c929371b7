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

describe('labels that are things, not tags', () => {
  it.each(['add sew name labels into the new PE kit', 'add print labels for the jam jars', 'add buy labels for the freezer bags'])(
    'keeps "%s" whole as a title',
    (sentence) => {
      expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'add_task', args: { title: sentence.replace(/^add /, '') } });
    },
  );

  it('still reads a tag said after "labels"', () => {
    expect(interpret('add order new glasses labels health')).toMatchObject({ args: { title: 'order new glasses', tags: ['health'] } });
  });
});

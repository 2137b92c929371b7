import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, id, t } from './said-rows.ts';
import { tagNoLongerSaid } from './tag-no-longer-said.ts';

const read = (sentence: string) => interpret(sentence, { projects: ['Inbox', 'Work'] });

describe('a tag that no longer holds, with the request to take it off', () => {
  it.each([
    ['the deck is no longer blocked, remove the tag', 'blocked', t('deck')],
    ['the venue booking is no longer urgent - drop the label', 'urgent', t('venue booking')],
    ["the roadmap isn't blocked any more, untag it", 'blocked', t('roadmap')],
    ['the hiring task is not waiting anymore; take the tag off', 'waiting', t('hiring')],
    ['5 is no longer #blocked, so remove that tag', 'blocked', id(5)],
  ])('"%s"', (sentence, tag, target) => {
    expect(read(sentence)).toEqual(call('remove_tag', { tag }, target));
  });

  it('leaves news about the work without the request to the other rules', () => {
    expect(tagNoLongerSaid('the deck is no longer blocked', {})).toBeUndefined();
  });

  it('asks when the word names one of the projects as well', () => {
    expect(tagNoLongerSaid('the report is not work anymore, remove the tag', { projects: ['Work'] })).toBeUndefined();
  });
});

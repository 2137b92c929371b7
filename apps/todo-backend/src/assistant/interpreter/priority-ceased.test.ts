import { describe, expect, it } from 'vitest';
import { asCall, meaning, readPhrase } from '../eval/language-eval.ts';
import { id, last, type Said, t } from './said-rows.ts';

// A level said to have stopped or denied goes the way said, never to the level named: no longer urgent is low, no
// longer flagged high is medium, not low is high. Never a new task titled "stop marking 5".

const P = 'set_priority';

const CEASED: Said[] = [
  ['stop flagging the report as high', P, { priority: 'medium' }, t('report')],
  ["it's not low priority!", P, { priority: 'high' }, last],
  ['the lease stopped being urgent', P, { priority: 'low' }, t('lease')],
  ['NOT URGENT anymore: the report', P, { priority: 'low' }, t('report')],
  ['the gym has stopped being a priority', P, { priority: 'low' }, t('gym')],
  ['stop marking 5 as urgent', P, { priority: 'medium' }, id(5)],
  ['stop treating the newsletter as top priority', P, { priority: 'medium' }, t('newsletter')],
  ["the boiler isn't low priority", P, { priority: 'high' }, t('boiler')],
  ['the passport is not low', P, { priority: 'high' }, t('passport')],
  ['no longer urgent - the car wash', P, { priority: 'low' }, t('car wash')],
  ['not important: task 8', P, { priority: 'low' }, id(8)],
];

describe('a level said to have stopped or denied', () => {
  it.each(CEASED)('reads %j as %s', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(readPhrase(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });
});

import { describe, expect, it } from 'vitest';
import { asCall, meaning, readPhrase } from '../eval/language-eval.ts';
import { id, type Said, t } from './said-rows.ts';

// A level said to have stopped goes the way said, never to the level named: no longer urgent is low, no longer flagged
// high is medium. Never a new task titled "stop marking 5".

const P = 'set_priority';

const CEASED: Said[] = [
  ['stop flagging the report as high', P, { priority: 'medium' }, t('report')],
  ['the lease stopped being urgent', P, { priority: 'low' }, t('lease')],
  ['NOT URGENT anymore: the report', P, { priority: 'low' }, t('report')],
  ['the gym has stopped being a priority', P, { priority: 'low' }, t('gym')],
  ['stop marking 5 as urgent', P, { priority: 'medium' }, id(5)],
  ['stop treating the newsletter as top priority', P, { priority: 'medium' }, t('newsletter')],
  ['no longer urgent - the car wash', P, { priority: 'low' }, t('car wash')],
  ['not important anymore: task 8', P, { priority: 'low' }, id(8)],
  // A new task said after its level, and a level denied without one said, are read by the rules for those.
  ['not urgent: book flights', 'add_task', { title: 'book flights', priority: 'low' }],
  ["the boiler isn't low priority", null],
];

describe('a level said to have stopped or denied', () => {
  it.each(CEASED)('reads %j as %s', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(readPhrase(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });
});

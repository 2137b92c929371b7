import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, type Said, t } from './said-rows.ts';

describe('the offline interpreter on a thing given to someone, reported done', () => {
  it.each<Said>([
    ['gave mum her evening meds', 'complete_task', {}, t('evening meds')],
    ['gave dad his tablets', 'complete_task', {}, t('tablets')],
    ['handed mum her post', 'complete_task', {}, t('post')],
    ['took nan her lunch', 'complete_task', {}, t('lunch')],
    ['brought the kids their PE kits', 'complete_task', {}, t('PE kits')],
  ])('%s', (phrase, tool, args, target) => {
    expect(interpret(phrase)).toEqual(call(tool as string, args ?? {}, target));
  });

  it('keeps "her" or "his" that starts what was done', () => {
    expect(interpret('fixed his bike')).toEqual(call('complete_task', {}, t('his bike')));
    expect(interpret('cleaned her room')).toEqual(call('complete_task', {}, t('her room')));
  });
});

describe('news that a task was called off', () => {
  it.each([
    'the school trip got scrapped',
    'the gym class has been axed',
    'the garden party is shelved',
    'the quiz night got scratched',
    'the away day was scrubbed',
  ])('completes nothing on "%s"', (sentence) => {
    const got = interpret(sentence);
    expect(got.kind === 'call' && got.tool).not.toBe('complete_task');
  });
});

describe('"a bit" said of a while', () => {
  it.each(['in a bit', 'the report bit', 'the kettle is on, back in a bit'])('completes nothing for %j', (phrase) => {
    expect(interpret(phrase).kind).toBe('help');
  });
});

describe('how much was done', () => {
  it.each(["honestly I think I've done enough adulting for one day", "I've done plenty today"])('completes nothing for %j', (phrase) => {
    expect(interpret(phrase).kind).toBe('help');
  });
});

describe('a mishap reported in the past tense', () => {
  it.each([
    'ugh burnt the toast again 😩',
    'burned the onions, great',
    'spilt the gravy all over the hob',
    'just spilled the milk everywhere',
    'smashed a wine glass doing the washing up',
    'overcooked the pasta again lol',
    'scorched the bottom of the porridge pan',
    'ruined the cake, it sank in the middle',
    'curdled the custard',
  ])('completes nothing on %j', (sentence) => {
    const got = interpret(sentence);
    expect(got.kind === 'call' && got.tool).not.toBe('complete_task');
  });

  it.each<Said>([
    ['baked the cake', 'complete_task', {}, t('cake')],
    ['made the gravy', 'complete_task', {}, t('gravy')],
    ['cleaned the burnt pan', 'complete_task', {}, t('burnt pan')],
    ['washed the stained tablecloth', 'complete_task', {}, t('stained tablecloth')],
  ])('still completes work done: %s', (phrase, tool, args, target) => {
    expect(interpret(phrase)).toEqual(call(tool as string, args ?? {}, target));
  });
});

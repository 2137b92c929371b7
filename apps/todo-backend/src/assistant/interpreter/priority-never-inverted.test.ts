import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// A level said negated, doubted or compared is never read as the level it turns round: at worst the user is asked.

const priorityOf = (sentence: string) => {
  const reading = interpret(sentence);
  return reading.kind === 'call' ? reading.args.priority : undefined;
};

describe('the offline interpreter never inverts a priority', () => {
  it.each([
    'the report is not high priority',
    "the report isn't top priority anymore",
    "don't make the report urgent",
    "the report shouldn't be urgent",
    "I don't think the report is urgent",
    'the report is hardly urgent',
    'the report is anything but urgent',
    'never mind making the report urgent',
    'add call mum, not high priority',
    "the report isn't important, don't bump it",
    "don't prioritise the report",
    'it is not urgent anymore',
    "it isn't a priority",
    'the report is less urgent than the bills',
    'the report: not urgent',
    'add call mum (not important)',
    'add a not so urgent task: call mum',
    "the report isn't critical",
    'the report is not mission critical',
    'the report is not that important tbh',
    'make the mortgage call a low priority one',
  ])('never reads "%s" as high', (sentence) => {
    expect(priorityOf(sentence)).not.toBe('high');
  });

  it.each([
    'the report is no longer low priority',
    'make the report not low priority',
    "don't lower the report",
    'do not deprioritise the report',
    "the report can't wait",
    'the report cannot wait any longer',
    "the report isn't a low priority",
    'the report is no longer unimportant',
    "it can't wait",
    "don't put the report on the back burner",
  ])('never reads "%s" as low', (sentence) => {
    expect(priorityOf(sentence)).not.toBe('low');
  });
});

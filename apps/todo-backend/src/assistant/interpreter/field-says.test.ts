import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, id, type Said, t } from './said-rows.ts';

describe('what a task’s notes or title should say, the task named first', () => {
  it.each<Said>([
    ['update the report notes to say draft done', 'update_task', { description: 'draft done' }, t('report')],
    ["make the report's description say draft done", 'update_task', { description: 'draft done' }, t('report')],
    ["set task 4's description to read: call back after lunch", 'update_task', { description: 'call back after lunch' }, id(4)],
    [
      'have the notes on the boiler service say ask for the invoice',
      'update_task',
      { description: 'ask for the invoice' },
      t('boiler service'),
    ],
    ['change the gym notes so it says bring a towel', 'update_task', { description: 'bring a towel' }, t('gym')],
    ["call the report 'Q4 report' instead", 'update_task', { title: 'Q4 report' }, t('report')],
    ['name the bins task "bins and recycling"', 'update_task', { title: 'bins and recycling' }, t('bins')],
    ["call the dentist one 'dentist check-up'", 'update_task', { title: 'dentist check-up' }, t('dentist')],
    [
      'rejig the boiler one: title boiler service, note: Gas Safe no 55123',
      'update_task',
      { title: 'boiler service', description: 'Gas Safe no 55123' },
      t('boiler'),
    ],
    [
      'the one about the fence: title fix the fence panel, no date',
      'update_task',
      { title: 'fix the fence panel', due_date: null },
      t('fence'),
    ],
    ['tidy up the title of 3 - it should read Pay council tax', 'update_task', { title: 'Pay council tax' }, id(3)],
  ])('%s', (phrase, tool, args, target) => {
    expect(interpret(phrase)).toEqual(call(tool as string, args ?? {}, target));
  });

  it('renames nothing on a call to make: "call the plumber \'Dave\'"', () => {
    expect(interpret("call the plumber 'Dave'")).not.toMatchObject({ tool: 'update_task' });
  });
});

describe('a rename of several tasks at once', () => {
  it.each(['the two gym tasks should both be called swim', 'rename the two gym tasks to swim', 'the gym tasks should all be called swim'])(
    '"%s" is asked',
    (sentence) => {
      expect(interpret(sentence)).toMatchObject({ kind: 'help' });
    },
  );
});

describe('the notes named with a dash after the field', () => {
  it.each<Said>([
    [
      'football: notes - shin pads, water bottle, £2 subs',
      'update_task',
      { description: 'shin pads, water bottle, £2 subs' },
      t('football'),
    ],
    ['the dentist - notes - bring the red books', 'update_task', { description: 'bring the red books' }, t('dentist')],
  ])('reads "%s"', (phrase, tool, args, target) => {
    expect(interpret(phrase)).toEqual(call(tool as string, args ?? {}, target));
  });

  it('keeps the words of a task to add', () => {
    expect(interpret('add buy milk - notes - semi skimmed')).toMatchObject({ tool: 'add_task' });
  });
});

/** A quoted value may keep its quotes, as the eval compares it without them. */
const unquoted = (value: unknown) => String(value).replace(/["“”]/g, '');

describe('a field settled on after a second thought', () => {
  it.each([
    ['on second thought, the note on the boiler should just say "ring after 10"', 'description', 'ring after 10', 'boiler'],
    ['hmm, make the passport note "photos done" instead of "photos needed"', 'description', 'photos done', 'passport'],
    ['hmm let\'s call the report "Q1 report" after all', 'title', 'Q1 report', 'report'],
    ['call the Smith thing "Smith quote - revised" instead', 'title', 'Smith quote - revised', 'Smith'],
  ])('reads "%s"', (sentence, field, value, title) => {
    const got = interpret(sentence);
    expect(got.kind === 'call' && got.tool).toBe('update_task');
    expect(got.kind === 'call' && unquoted(got.args[field])).toBe(value);
    expect(got.kind === 'call' && got.target).toEqual({ title });
  });

  it('leaves "call" with a quoted name and nothing more to be asked about: call the plumber \'Dave\'', () => {
    expect(interpret("call the plumber 'Dave'").kind).toBe('help');
  });
});

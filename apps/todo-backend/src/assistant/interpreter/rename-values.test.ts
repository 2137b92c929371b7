import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, id, last, t } from './said-rows.ts';

const read = (sentence: string) => interpret(sentence, { projects: ['Inbox', 'Work'] });

describe("what a rename's value says beyond the new title", () => {
  it.each([
    ['undo my rename on 5, it was called water the lawn', { title: 'water the lawn' }, id(5)],
    ['revert the title change on the vet - it was called vet for Luna', { title: 'vet for Luna' }, t('vet')],
    ['actually, call it "book the MOT" not "MOT"', { title: 'book the MOT' }, t('MOT')],
    ['call it "book the MOT" not "MOT", thanks!', { title: 'book the MOT' }, t('MOT')],
    ['hmm, call the gym one Swim instead of Gym', { title: 'Swim' }, t('gym')],
    ['rename the report to Final report rather than report', { title: 'Final report' }, t('report')],
    ["undo that rename, it was 'call the vet'", { title: 'call the vet' }, last],
    ['undo the rename - it was "pay gas"', { title: 'pay gas' }, last],
  ])('"%s"', (sentence, args, target) => {
    expect(read(sentence)).toEqual(call('update_task', args, target));
  });

  it.each([
    'retitle the boiler task as',
    'rename the boiler task to',
    'undo my rename on 5',
    'undo the renaming of the vet',
    'undo that rename',
    // A word of a title not said swapped for another: the whole title is asked for, never one word of it kept.
    'the invoice one should say March not Feb',
    'the rent task should say June not May',
    'rename the rent task to June not May',
  ])('"%s" is asked', (sentence) => {
    expect(read(sentence)).toMatchObject({ kind: 'help' });
  });

  it('keeps a "not" that is part of the new title', () => {
    expect(read('rename it to "milk, not bread"')).toEqual(call('update_task', { title: 'milk, not bread' }, last));
    expect(read('rename the report to Report not Draft')).toEqual(call('update_task', { title: 'Report not Draft' }, t('report')));
  });

  it('still reopens a task undone by name', () => {
    expect(read('undo the dentist')).toEqual(call('complete_task', { completed: false }, t('dentist')));
  });
});

describe('a typo put right, with the old title after the new', () => {
  it.each([
    ['the plumber task should say call Mario not call Maria', 'call Mario', 'plumber'],
    ['i typed that wrong - the plumber task should say call Mario not call Maria', 'call Mario', 'plumber'],
    ['rename the shop one to buy bread, not buy brad', 'buy bread', 'shop'],
  ])('keeps only the new title: "%s"', (sentence, title, task) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'update_task', args: { title }, target: { title: task } });
  });
});

describe('a quoted new title with more said after it', () => {
  it('ends the title at its quote when the old title is quoted after "not"', () => {
    expect(interpret('23 should be called "renew home insurance", not "home insurance"')).toEqual({
      kind: 'call',
      tool: 'update_task',
      args: { title: 'renew home insurance' },
      target: { id: 23 },
    });
  });

  it.each(['rename the pharmacy run to "pharmacy" and take the errands tag off', 'call the gym one "swim" and put it on the kids list'])(
    'asks one change at a time, never a title with the second change in it: "%s"',
    (sentence) => {
      expect(interpret(sentence).kind).toBe('help');
    },
  );

  it('keeps a quoted title with a closing remark', () => {
    expect(interpret('rename the gym one to "swim" please')).toMatchObject({ tool: 'update_task', args: { title: 'swim' } });
  });
});

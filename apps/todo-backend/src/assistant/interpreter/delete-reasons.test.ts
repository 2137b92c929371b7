import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

describe('the offline interpreter on deletions said after why', () => {
  it.each([
    ['the party got cancelled, delete it', { title: 'party' }],
    ['the party was cancelled so remove that task', { title: 'party' }],
    ["i'm not going to the party anymore, delete it", { title: 'party' }],
    ['gym got cancelled, remove the task', { title: 'gym' }],
    ['so the party got cancelled because half the people are sick, can you get rid of that task', { title: 'party' }],
    ["the book club's off, bin it", { title: 'book club' }],
    ["I don't need the dentist task anymore", { title: 'dentist' }],
    ['no need for the gym task any more', { title: 'gym' }],
    ['scrap it pls', { last: true }],
    ['dump task 5', { id: 5 }],
    ['can you delete the gym task for me', { title: 'gym' }],
    ['I cancelled the dentist, remove it', { title: 'dentist' }],
    ['dentist is cancelled, delete', { title: 'dentist' }],
    ['that was a mistake, delete it', { last: true }],
    ['oops wrong one, remove it', { last: true }],
    ['I added that by mistake, please remove it', { last: true }],
    ['delete the task I just added', { last: true }],
    ['remove what I just added', { last: true }],
    ['the gym task is no longer needed', { title: 'gym' }],
    ['🗑 the gym task', { title: 'gym' }],
    ['🗑️ delete 10', { id: 10 }],
    ['we can delete the gym task', { title: 'gym' }],
    ['you can remove the gym task now', { title: 'gym' }],
    ['feel free to delete the gym task', { title: 'gym' }],
    ['just delete it', { last: true }],
    ['delete it already', { last: true }],
    ['yes delete it', { last: true }],
    ['the gym task needs to go', { title: 'gym' }],
  ])('deletes: "%s"', (sentence, target) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'delete_task', args: {}, target });
  });

  it('deletes every completed task only once confirmed: "clear completed"', () => {
    expect(interpret('clear completed')).toEqual({ kind: 'bulk', action: 'delete', completedOnly: true });
    expect(interpret('clear out done stuff')).toEqual({ kind: 'bulk', action: 'delete', completedOnly: true });
  });

  it.each([
    'the party got cancelled, how annoying',
    "I don't need milk anymore",
    'cancel that',
    'forget it',
    "the party got cancelled, don't delete it",
    'delete the 5th task',
    'delete the last one',
    'delete tasks 4 and 5',
    'gym is cancelled',
    'the party got called off',
  ])('neither deletes nor completes a named task on "%s"', (sentence) => {
    const got = interpret(sentence);
    expect(got.kind === 'call' && ['delete_task', 'complete_task'].includes(got.tool) && !('last' in (got.target ?? {}))).toBe(false);
  });
});

describe('a part of a task not needed, never the task', () => {
  it.each([
    "I don't need the reminder on the gym task anymore",
    "we don't need the due date on the report task",
    'I no longer need the tags on the bike task',
  ])('deletes nothing on "%s"', (sentence) => {
    const meaning = interpret(sentence);
    expect(meaning.kind === 'call' && meaning.tool === 'delete_task').toBe(false);
  });

  it.each([
    ['job cancelled, scrap the Henderson visit', { title: 'Henderson visit' }],
    ['client pulled the project, delete the Brightside logo task', { title: 'Brightside logo' }],
    // In other words.
    ['the wedding shoot fell through, bin the shot list', { title: 'shot list' }],
    ["job's off - remove the Patel bathroom", { title: 'Patel bathroom' }],
    ['Acme called off the rebrand, so delete the moodboard', { title: 'moodboard' }],
    ['survey got axed; get rid of the site visit', { title: 'site visit' }],
  ])('deletes the task named after news that the work was called off: "%s"', (sentence, target) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'delete_task', args: {}, target });
  });

  it.each([
    'client might have cancelled, delete the logo job',
    'not cancelled, delete the visit',
    "I don't think it's cancelled, remove the visit",
    'Mrs Patel cancelled the bathroom job',
  ])('asks when the news is in doubt or no deletion is said: "%s"', (sentence) => {
    expect(interpret(sentence).kind).toBe('help');
  });
});

describe('a field taken off a task, then a remark', () => {
  it.each([
    ['remove the waiting tag from the report, I heard back', 'remove_tag', { tag: 'waiting' }],
    ['remove the reminder on the report, not needed', 'set_reminder', { clear: true }],
  ])('"%s" never deletes the task', (sentence, tool, args) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool, args, target: { title: 'report' } });
  });
});

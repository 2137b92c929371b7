import { describe, expect, it } from 'vitest';
import { interpret, type TaskRef } from './offline-interpreter.ts';

// How often a task comes round, its notes and tags, said as news or a wish; and a doubt whether a task was added.
const task = (title: string): TaskRef => ({ title });

describe('the offline interpreter on a rule said as news or a wish', () => {
  it.each([
    ['could the bins be on thursdays now?', 'FREQ=WEEKLY;BYDAY=TH', task('bins')],
    ['the gym is mondays and wednesdays now', 'FREQ=WEEKLY;BYDAY=MO,WE', task('gym')],
    ['the cleaner now comes weekly', 'weekly', task('cleaner')],
    ["the bins aren't weekly anymore, every other week", 'FREQ=WEEKLY;INTERVAL=2', task('bins')],
    ["I'd like the vitamins to be daily", 'daily', task('vitamins')],
    ['the standup only happens on weekdays', 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', task('standup')],
    ['the book club meets every other tuesday these days', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU', task('book club')],
  ])('changes the rule: "%s"', (sentence, recurring, target) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'update_task', args: { recurring }, target });
  });

  it.each([
    ["training's moving to wednesdays", 'FREQ=WEEKLY;BYDAY=WE', task('training')],
    ['goalie training is on mondays and fridays now', 'FREQ=WEEKLY;BYDAY=MO,FR', task('goalie training')],
    ["u9s training's moving to mondays and wednesdays", 'FREQ=WEEKLY;BYDAY=MO,WE', task('u9s training')],
    ['the committee meeting moves to the second tuesday of the month', 'FREQ=MONTHLY;BYDAY=2TU', task('committee meeting')],
    ["the match isn't every other week any more, it's every saturday", 'FREQ=WEEKLY;BYDAY=SA', task('match')],
    ['netball is changing to every other week', 'FREQ=WEEKLY;INTERVAL=2', task('netball')],
    ["the newsletter's going monthly", 'monthly', task('newsletter')],
    ['training is going fortnightly from now on', 'FREQ=WEEKLY;INTERVAL=2', task('training')],
  ])('changes the rule of a task named without "the": "%s"', (sentence, recurring, target) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'update_task', args: { recurring }, target });
  });

  it.each([
    ['make the report repeat weekly', task('report')],
    ['The recurrence on the payroll task should be changed to monthly, please.', task('payroll')],
  ])('keeps a request to change a rule on its task: "%s"', (sentence, target) => {
    expect(interpret(sentence)).toMatchObject({ tool: 'update_task', target });
  });

  it.each([
    "everything's moving to wednesdays",
    'everything is weekly now',
    "what's on mondays now",
    'the match is going to be on saturday',
  ])('never reads "%s" as a rule of one task, nor as a new one', (sentence) => {
    expect(interpret(sentence)).toMatchObject({ kind: 'help' });
  });

  it('stops a rule asked about as a question', () => {
    expect(interpret('can the rent one stop repeating?')).toEqual({
      kind: 'call',
      tool: 'update_task',
      args: { recurring: null },
      target: task('rent'),
    });
  });

  it('leaves news that names no rule to the other rules', () => {
    expect(interpret('the report is due friday')).toMatchObject({ tool: 'set_due_date', target: task('report') });
  });
});

describe('the offline interpreter on notes and tags wished for', () => {
  it.each([
    ['can the report have a note saying use the new template?', 'use the new template', task('report')],
    ['the flight task should mention seat 14C', 'seat 14C', task('flight')],
    ['the lease one should also mention that the deposit is paid', 'the deposit is paid', task('lease')],
  ])('adds the note: "%s"', (sentence, description, target) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'update_task', args: { description }, target });
  });

  it('takes every tag off when none is wanted', () => {
    expect(interpret("I'd rather 5 didn't have any tags")).toEqual({
      kind: 'call',
      tool: 'update_task',
      args: { tags: [] },
      target: { id: 5 },
    });
  });
});

describe('the offline interpreter on a doubt whether a task was added', () => {
  it.each([
    ['not sure if I added the dentist', 'dentist'],
    ["I can't remember if the boiler is on my list", 'boiler'],
    ["I'm not sure whether I put down the car insurance already", 'car insurance'],
  ])('searches: "%s"', (sentence, query) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'search_tasks', args: { query } });
  });
});

describe('news of a rule said around it', () => {
  const reads = (sentence: string, tool: string, args: Record<string, unknown>, target?: { title: string }) =>
    expect(interpret(sentence, { projects: ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'] })).toEqual({
      kind: 'call',
      tool,
      args,
      ...(target ? { target } : {}),
    });

  it.each([
    ['the book club is moving to the last thursday of every month', { recurring: 'FREQ=MONTHLY;BYDAY=-1TH' }, 'book club'],
    ['the choir has moved to tuesdays', { recurring: 'FREQ=WEEKLY;BYDAY=TU' }, 'choir'],
    ['the cleaner is switching to every other friday', { recurring: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR' }, 'cleaner'],
    ["change the piano lesson so it's every week instead of every two weeks", { recurring: 'weekly' }, 'piano lesson'],
    ["the team meeting is a one-off now, it won't repeat", { recurring: null }, 'team meeting'],
    ['the flu jab is just a one-off', { recurring: null }, 'flu jab'],
    ["the school run won't repeat anymore", { recurring: null }, 'school run'],
    ["I don't need the vitamins to come back every day anymore", { recurring: null }, 'vitamins'],
    ["we don't need the bins to repeat any more", { recurring: null }, 'bins'],
  ])('reads "%s"', (sentence, args, title) => reads(sentence, 'update_task', args, { title }));

  it.each([
    [
      'bin day is every tuesday, can you add put the bins out',
      { title: 'put the bins out', pattern: 'FREQ=WEEKLY;BYDAY=TU', due_date: 'tuesday' },
    ],
    [
      'choir is every wednesday, add practise the songs',
      { title: 'practise the songs', pattern: 'FREQ=WEEKLY;BYDAY=WE', due_date: 'wednesday' },
    ],
  ])('adds a series on "%s"', (sentence, args) => reads(sentence, 'create_recurring', args));
});

describe('a name whose last word is also a verb of news, and news that says the old rule', () => {
  it.each([
    ['school run every weekday 8:15', 'school run'],
    ['team meet every friday', 'team meet'],
    ['the park run every saturday at 9am', 'the park run'],
  ])('adds a series, never changes a task named by the first words: "%s"', (sentence, title) => {
    expect(interpret(sentence)).toMatchObject({ kind: 'call', tool: 'create_recurring', args: { title } });
  });

  it.each([
    ['football is every week now not every other', 'weekly', task('football')],
    ['football is weekly now, not fortnightly', 'weekly', task('football')],
    ['the bins are every tuesday, not every other tuesday', 'FREQ=WEEKLY;BYDAY=TU', task('bins')],
    ['swimming lessons run every tuesday now', 'FREQ=WEEKLY;BYDAY=TU', task('swimming lessons')],
    ['the cleaner now comes weekly', 'weekly', task('cleaner')],
  ])('changes the rule: "%s"', (sentence, recurring, target) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'update_task', args: { recurring }, target });
  });
});

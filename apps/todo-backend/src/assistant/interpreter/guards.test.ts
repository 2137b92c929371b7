import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

describe('sentences the offline interpreter asks about instead of acting', () => {
  it.each<[string, Record<string, unknown>]>([
    ['delete everything', { action: 'delete' }],
    ['Clear my list', { action: 'delete' }],
    ['empty my todo list', { action: 'delete' }],
    ['delete all tasks in my list', { action: 'delete' }],
    ['remove all tasks from Groceries', { action: 'delete', project: 'Groceries' }],
    ['delete all completed tasks', { action: 'delete', completedOnly: true }],
    ['mark everything as done', { action: 'complete' }],
    ['mark everything in the Work project as done', { action: 'complete', project: 'Work' }],
  ])('asks to confirm %j before changing anything', (phrase, request) => {
    expect(interpret(phrase, { projects: ['Groceries', 'Work'] })).toEqual({ kind: 'bulk', ...request });
  });

  it.each([
    'delete all overdue tasks',
    'is the report done?',
    'did I finish the slides',
    'should I delete the gym task?',
    "don't delete the report",
    'do not mark 5 as done',
    'cancel that',
    'forget about it',
    'delete my account',
    'remove my profile',
    'delete the Work project',
    'rename the Groceries list to Shopping',
    // A wish that it were done is no news that it is.
    'I want the report done',
    'i need the slides finished asap',
    'we need the garage sorted',
    'I want it done',
  ])('calls nothing for %j', (phrase) => {
    expect(interpret(phrase, { projects: ['Groceries', 'Work'] })).toMatchObject({ kind: 'help', reason: expect.any(String) });
  });

  it.each<[string, string]>([
    ["don't forget to water the tomatoes", 'add_task'],
    ["don't let me forget to feed the fish", 'add_task'],
    ["don't remind me about the gym", 'set_reminder'],
    ['is there a task about the boiler', 'search_tasks'],
    ['delete the all-hands prep', 'delete_task'],
    ['remove the tag work from 8', 'remove_tag'],
    ['I want the report marked as done', 'complete_task'],
    ['I want the report done by friday', 'set_due_date'],
  ])('still reads %j as %s', (phrase, tool) => {
    expect(interpret(phrase)).toMatchObject({ kind: 'call', tool });
  });
});

describe('politeness around a request', () => {
  it.each<[string, string]>([
    ['hey doable, add buy bread', 'buy bread'],
    ['um, add walk the dog', 'walk the dog'],
    ['could you add defrost the freezer please', 'defrost the freezer'],
    ['please add buy a card for Tom, thanks', 'buy a card for Tom'],
    ['Add: renew my passport', 'renew my passport'],
    ['add buy milk 🥛', 'buy milk 🥛'],
  ])('%j adds %j', (phrase, title) => {
    expect(interpret(phrase)).toEqual({ kind: 'call', tool: 'add_task', args: { title } });
  });
});

describe('taking back the last change', () => {
  it.each(['undo', 'Undo that', 'oops, undo', 'revert it', 'roll back my last change', 'take that back', 'put it back!'])(
    'reads %j as undo',
    (phrase) => {
      expect(interpret(phrase)).toEqual({ kind: 'undo' });
    },
  );

  it.each(['undo the tag work on 8', 'put back milk on my list'])('does not read %j as undo', (phrase) => {
    expect(interpret(phrase)).not.toEqual({ kind: 'undo' });
  });
});

describe('chatter and questions about the app', () => {
  it.each([
    'can I delete tasks?',
    'could we share projects',
    'see you tomorrow',
    'talk to you later',
    'my dog ate my homework',
    'my boss is annoying',
    'nice weather today',
    "don't mark the report done yet",
    'how do I make a task repeat every other week?',
    'how do I make the gym repeat weekly',
    'should training be twice a week?',
    'leave the match as it is, still every other saturday',
    'just leave the haircut where it is',
    'can you show me how to filter by tag?',
    "what's the difference between a tag and a project?",
    'is there a limit on how many tasks I can have?',
  ])('changes and lists nothing on %j', (phrase) => {
    expect(interpret(phrase).kind).toBe('help');
  });

  it.each<[string, Record<string, unknown>]>([
    ['my tasks', {}],
    ['my high priority stuff', { priority: ['high'] }],
    ['show me how many tasks I have', {}],
    ['tell me how many are overdue', { due: 'overdue' }],
  ])('still lists on %j', (phrase, args) => {
    expect(interpret(phrase)).toMatchObject({ kind: 'call', args });
  });

  it.each<[string, string]>([
    ['should call the plumber tomorrow', 'add_task'],
    ['leave the bins out every tuesday night', 'create_recurring'],
    ['how does my week look', 'filter_tasks'],
  ])('still reads %j', (phrase, tool) => {
    expect(interpret(phrase)).toMatchObject({ kind: 'call', tool });
  });
});

describe('chatter and hedging before a request', () => {
  it.each<[string, string, Record<string, unknown>, Record<string, unknown> | undefined]>([
    ['hey, quick one: delete the gym task', 'delete_task', {}, { title: 'gym' }],
    ['I was wondering if you could add call mum', 'add_task', { title: 'call mum' }, undefined],
    ['would it be possible to add call mum', 'add_task', { title: 'call mum' }, undefined],
    ['is it possible to delete task 5?', 'delete_task', {}, { id: 5 }],
    ['could you possibly mark 5 as done', 'complete_task', {}, { id: 5 }],
    ['I think I finished the report', 'complete_task', {}, { title: 'report' }],
    ['I guess the report is done', 'complete_task', {}, { title: 'report' }],
    ['pretty sure the gym task can go', 'delete_task', {}, { title: 'gym' }],
    ['just wanted to say the report is done', 'complete_task', {}, { title: 'report' }],
    ['FYI the report is done', 'complete_task', {}, { title: 'report' }],
    ['update: report done', 'complete_task', {}, { title: 'report' }],
    ['quick update - the report is finished', 'complete_task', {}, { title: 'report' }],
    ['ah and tick off the laundry', 'complete_task', {}, { title: 'laundry' }],
    ['ok last thing: what is overdue?', 'filter_tasks', { due: 'overdue' }, undefined],
  ])('reads %j', (phrase, tool, args, target) => {
    expect(interpret(phrase)).toEqual({ kind: 'call', tool, args, ...(target ? { target } : {}) });
  });

  it.each([
    ['update the car service title to MOT and service', 'update_task'],
    ['heads up 1 day before the MOT pls', 'set_reminder'],
    ['quick one - buy oat milk tomorrow', 'add_task'],
  ])('still reads %j as %s', (phrase, tool) => {
    expect(interpret(phrase)).toMatchObject({ kind: 'call', tool });
  });
});

describe('questions about the world, not the list', () => {
  it.each([
    "what's the weather going to be like on saturday",
    'how is the traffic this morning',
    "what's the forecast for tomorrow",
    'will it rain on friday',
  ])('lists no tasks on "%s"', (sentence) => {
    expect(interpret(sentence).kind).toBe('help');
  });

  describe("a project of the caller's named alone", () => {
    const known = { projects: ['Groceries', 'Work', 'Garden Club'] };
    it.each(['delete Groceries', 'rename Groceries to Shopping', 'please delete the garden club', 'can you rename Work to Job?'])(
      'is neither deleted nor renamed as a task: "%s"',
      (sentence) => {
        expect(interpret(sentence, known)).toEqual({
          kind: 'help',
          reason: 'I do not delete or rename projects; do that in the app. I can delete or rename a task.',
        });
      },
    );

    it('leaves tasks named otherwise to be deleted or renamed', () => {
      expect(interpret('delete milk', known)).toMatchObject({ tool: 'delete_task', target: { title: 'milk' } });
      expect(interpret('rename milk to oat milk', known)).toMatchObject({ tool: 'update_task', target: { title: 'milk' } });
      expect(interpret('delete Groceries')).toMatchObject({ tool: 'delete_task', target: { title: 'Groceries' } });
    });
  });
});

describe('a task taken back to how it was, the change not said', () => {
  it.each(['revert the report to how it was', 'restore the report to what it was', 'roll the dentist back'])(
    'asks which change: "%s"',
    (sentence) => {
      expect(interpret(sentence).kind).toBe('help');
    },
  );

  it('still reopens a tick taken back: undo the tick on the laundry', () => {
    expect(interpret('undo the tick on the laundry')).toEqual({
      kind: 'call',
      tool: 'complete_task',
      args: { completed: false },
      target: { title: 'laundry' },
    });
  });

  it.each([
    // Leaving, said with the words of a need: no task "go".
    'gotta go',
    'I need to go',
    "I'd better get going",
    "the kettle's on, back in a bit",
    // Done for the day is the speaker, no task "that's me".
    "brilliant, thanks so much, that's me done for today!",
  ])('adds and completes nothing for the goodbye %j', (phrase) => {
    expect(interpret(phrase).kind).toBe('help');
  });

  it('still adds a need to go somewhere', () => {
    expect(interpret('I need to go to the bank')).toEqual({ kind: 'call', tool: 'add_task', args: { title: 'go to the bank' } });
  });
});

describe('a task only said to be as good as done, or a request held back', () => {
  it.each([
    'the report might as well be done, nobody reads it anyway lol',
    'the slides may as well be finished',
    'wait, before you do anything, I need to think about the dentist',
  ])('changes and adds nothing for %j', (phrase) => {
    expect(interpret(phrase).kind).toBe('help');
  });

  it('still completes a task reported done', () => {
    expect(interpret('the report is done')).toEqual({ kind: 'call', tool: 'complete_task', args: {}, target: { title: 'report' } });
  });
});

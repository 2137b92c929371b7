import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

describe('the offline interpreter on ways of asking for a new task besides "add"', () => {
  it.each([
    ['squeeze in a run tomorrow morning', 'a run', 'tomorrow morning'],
    ['Pencil In lunch with Jo on friday', 'lunch with Jo', 'friday'],
    ['Jot down: call the bank', 'call the bank', undefined],
    ['could you put down water the plants', 'water the plants', undefined],
    ['fit in a haircut next tuesday', 'a haircut', 'next tuesday'],
    ['scribble down ask Sam about the keys', 'ask Sam about the keys', undefined],
  ])('reads "%s" as a task to add', (sentence, title, due) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'add_task', args: { title, ...(due ? { due_date: due } : {}) } });
  });

  it.each([
    ['make a new todo, its title is Water the roses', 'Water the roses'],
    ['create a task - the name is Call the plumber', 'Call the plumber'],
    ['you add a new item, the title will be Book the MOT', 'Book the MOT'],
    ['add todo - defrost the freezer', 'defrost the freezer'],
    ['add to do: book the dentist', 'book the dentist'],
  ])('takes the title from "the name is …" or a label: "%s"', (sentence, title) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'add_task', args: { title } });
  });

  it.each([
    ['the boiler is making noises and I need to book a repair by friday. add it please', 'book a repair', 'friday'],
    ['mum called, we have to send her the photos, can you add that', 'send her the photos', undefined],
    ['i really should renew the passport by friday, could u put that down', 'renew the passport', 'friday'],
  ])('reads the need said before "add that": "%s"', (sentence, title, due) => {
    const meaning = interpret(sentence);
    expect(meaning).toMatchObject({ kind: 'call', tool: 'add_task', args: { title } });
    if (due && meaning.kind === 'call') expect(meaning.args.due_date).toBeDefined();
  });

  it.each([
    ['need 2 pay the window cleaner', 'pay the window cleaner'],
    ['i have 2 ring the school', 'ring the school'],
    ['heyy can u add buy printer paper thx', 'buy printer paper'],
    ['anyway add book the car service', 'book the car service'],
    ['could you be so kind as to add a task to renew the permit', 'renew the permit'],
    ['i need to remember that we pay the nursery fees', 'pay the nursery fees'],
    ['would you mind adding water the plants', 'water the plants'],
    ['i wanna add a task: call grandma', 'call grandma'],
    ['new one: buy lightbulbs', 'buy lightbulbs'],
    ['another one - ring the school', 'ring the school'],
  ])('reads chatter, politeness and a digit for "to" around the request: "%s"', (sentence, title) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'add_task', args: { title } });
  });

  it('reads the request after "do you mind"', () => {
    expect(interpret('do you mind moving the dentist to friday')).toEqual({
      kind: 'call',
      tool: 'set_due_date',
      args: { date: 'friday' },
      target: { title: 'dentist' },
    });
    expect(interpret('mind the gap').kind).toBe('help');
  });

  it.each([
    'pencil in task 4 for friday',
    'slot in the dentist task on friday',
    'new one: delete task 5',
    'we need to move the dentist to friday, could you add that',
    'put down #7 for monday',
  ])('asks rather than add a task named after a change to one: "%s"', (sentence) => {
    expect(interpret(sentence).kind).toBe('help');
  });

  it.each(['add that', 'could you add it', 'could you add that to task 5', 'the kids are loud today, can you add that'])(
    'asks when "add that" names nothing it can read: "%s"',
    (sentence) => {
      expect(interpret(sentence).kind).toBe('help');
    },
  );
});

describe('a task put on the list', () => {
  it.each([
    ['stick "check the oil and water in the car" on the list', 'check the oil and water in the car'],
    ['pop "bleed the radiators" on my list', 'bleed the radiators'],
    ['put mark the exam papers on my list', 'mark the exam papers'],
  ])('adds "%s" as one task', (sentence, title) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'add_task', args: { title } });
  });
});

describe('a need said with "better", and the date said as a clause of its own', () => {
  it.each([
    ["I'd better ring the optician tomorrow", { title: 'ring the optician', due_date: 'tomorrow' }],
    ['we had better book the campsite', { title: 'book the campsite' }],
    [
      "honestly I keep forgetting to take the library books back and they're due friday",
      { title: 'take the library books back', due_date: 'friday' },
    ],
    ["add return the jumper, it's due back monday", { title: 'return the jumper', due_date: 'monday' }],
    ['add pay the gas bill which is due monday', { title: 'pay the gas bill', due_date: 'monday' }],
  ])('%s', (sentence, args) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'add_task', args });
  });
});

import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// A request taken back in the same breath changes nothing.

const read = (sentence: string) => interpret(sentence);

describe('a request taken back', () => {
  it.each([
    'delet the gym? jk dont',
    'delete the gym, just kidding',
    'complete 5 lol jk',
    'delete the gym jk',
    'mark the report done... only joking',
    'move the dentist to friday, kidding!',
    'bin the shed task jk jk',
    'delete everything lol jk 😂',
  ])('changes nothing on "%s"', (sentence) => {
    expect(read(sentence).kind).toBe('help');
  });

  it.each([
    ['add call jk about the bins', 'add_task'],
    ['add the jk rowling book', 'add_task'],
    ['delete the gym', 'delete_task'],
  ])('reads "%s", where "jk" is no taking back', (sentence, tool) => {
    expect(read(sentence)).toMatchObject({ kind: 'call', tool });
  });
});

describe('a request struck out', () => {
  it.each(['delete the vet scratch that', 'move the gym to friday, scratch that', 'complete 4... no scratch that'])(
    'changes nothing on "%s"',
    (sentence) => {
      expect(read(sentence)).toEqual({ kind: 'help', reason: 'No problem, nothing changed.' });
    },
  );

  it('reads "scratch that haircut task" as a delete, "scratch" its verb', () => {
    expect(read('scratch that haircut task')).toMatchObject({ kind: 'call', tool: 'delete_task' });
  });
});

describe('a sentence waved away after it', () => {
  it.each(['hmm did I already tell you about the car? never mind', 'add milk. never mind', 'move the dentist to friday, forget it'])(
    'does nothing for %j',
    (phrase) => {
      expect(interpret(phrase).kind).toBe('help');
    },
  );

  it('still reads "never mind" that names the task', () => {
    expect(interpret('never mind the party planning, delete it')).toEqual({
      kind: 'call',
      tool: 'delete_task',
      args: {},
      target: { title: 'party planning' },
    });
  });
});

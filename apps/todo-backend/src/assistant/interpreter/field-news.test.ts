import { describe, expect, it } from 'vitest';
import { fieldNews } from './field-news.ts';
import { interpret } from './offline-interpreter.ts';

const known = { projects: ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'] };

describe('a new title or note said after the task', () => {
  it.each([
    ['12 is now "collect the school photos" and due tomorrow', { title: 'collect the school photos', due_date: 'tomorrow' }, { id: 12 }],
    [
      'the vet: new note "fasting from 8pm the night before", and it is friday now',
      { description: 'fasting from 8pm the night before', due_date: 'friday' },
      { title: 'vet' },
    ],
    ['the vet: add a note "bring the card"', { description: 'bring the card' }, { title: 'vet' }],
  ])('%s', (said, args, target) => {
    expect(interpret(said, known)).toEqual({ kind: 'call', tool: 'update_task', args, target });
  });

  it.each(['the report is now due friday', 'add a note to the vet: bring the card', 'the dentist is now at 3'])(
    'leaves other news as said: %s',
    (said) => {
      expect(fieldNews(said)).toBe(said);
    },
  );
});

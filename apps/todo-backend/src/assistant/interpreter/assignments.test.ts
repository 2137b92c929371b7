import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, t } from './said-rows.ts';

const read = (sentence: string) => interpret(sentence, { projects: ['Inbox', 'Work', 'Home Projects'] });

describe('a move or an assignment names one task', () => {
  it.each(['move the dentist and the vet to Home Projects', 'move 3 and 4 to work', 'assign 4 and 5 to Sam'])(
    '"%s" is asked',
    (sentence) => {
      expect(read(sentence)).toMatchObject({ kind: 'help' });
    },
  );

  it('keeps a title with "and" in it', () => {
    expect(read('move the fish and chips to Work')).toEqual(call('move_task', { project: 'Work' }, t('fish and chips')));
  });
});

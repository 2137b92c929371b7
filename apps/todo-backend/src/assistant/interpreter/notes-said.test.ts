import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, id, t } from './said-rows.ts';

const read = (sentence: string) => interpret(sentence, { projects: ['Inbox', 'Work'] });

describe('notes added or scrubbed with everyday verbs', () => {
  it.each([
    ['tack a note onto the vet: ask about the flea tablets', { description: 'ask about the flea tablets' }, t('vet')],
    ['tack on a note to 8 - remove the old filter first', { description: 'remove the old filter first' }, id(8)],
    ['tack "ask for the invoice" onto the plumber notes', { description: 'ask for the invoice' }, t('plumber')],
    ['scrub the note on the boiler task', { description: '' }, t('boiler')],
    ["scrub the dentist's notes", { description: '' }, t('dentist')],
  ])('"%s"', (sentence, args, target) => {
    expect(read(sentence)).toEqual(call('update_task', args, target));
  });

  it('never deletes a task whose note is scrubbed', () => {
    expect(read('scrub the note on the boiler task')).not.toMatchObject({ tool: 'delete_task' });
  });
});

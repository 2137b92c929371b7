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
    ['the note on the Smith thing is wrong, make it: quote was £450 not £540', { description: 'quote was £450 not £540' }, t('Smith')],
    ['the notes for 4 are out of date - change them to: gate code 1122', { description: 'gate code 1122' }, id(4)],
  ])('"%s"', (sentence, args, target) => {
    expect(read(sentence)).toEqual(call('update_task', args, target));
  });

  it('never writes "wrong" into the notes said to be wrong', () => {
    expect(read('the notes for the gym are wrong')).toMatchObject({ kind: 'help' });
  });

  it('never deletes a task whose note is scrubbed', () => {
    expect(read('scrub the note on the boiler task')).not.toMatchObject({ tool: 'delete_task' });
  });
});

import { describe, expect, it } from 'vitest';
import { CORPUS_PROJECTS } from '../eval/language-corpus.ts';
import { asCall, meaning } from '../eval/language-eval.ts';
import { interpret } from './offline-interpreter.ts';
import { type Said as Row, t } from './said-rows.ts';

// A title or notes put right, said as a fix ("the dentist note is wrong, it should say …"): the field says the new
// words. Compared by meaning, as the language evaluation compares.

const ROWS: Row[] = [
  // Phrasings of the fixer-of-details batch.
  ['spelling: "recieve parcel" should be "receive parcel"', 'update_task', { title: 'receive parcel' }, t('recieve parcel')],
  [
    'the dentist note is wrong, it should say bring the referral letter',
    'update_task',
    { description: 'bring the referral letter' },
    t('dentist'),
  ],
  ['tidy the dentist title, make it Dentist (Dr Rahman, Park Rd)', 'update_task', { title: 'Dentist (Dr Rahman, Park Rd)' }, t('dentist')],
  // The same shapes in other words.
  ['typo: "by bread" should be "buy bread"', 'update_task', { title: 'buy bread' }, t('by bread')],
  ['"recieve parcel" should be "receive parcel"', 'update_task', { title: 'receive parcel' }, t('recieve parcel')],
  ['the vet title is wrong, make it vet (Luna)', 'update_task', { title: 'vet (Luna)' }, t('vet')],
  ['fix the gym notes - it should say bring a towel', 'update_task', { description: 'bring a towel' }, t('gym')],
  // A fix without the new words, or asked as a question, is asked.
  ['the note on the windows is wrong', null],
  ['is the vet note wrong, it should say bring the card', null],
];

const read = (sentence: string) => interpret(sentence, { projects: CORPUS_PROJECTS });

describe('a title or notes put right', () => {
  it.each(ROWS)('reads %j', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(read(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });
});

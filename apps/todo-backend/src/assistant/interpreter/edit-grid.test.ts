import { describe, expect, it } from 'vitest';
import { asCall, meaning, readPhrase } from '../eval/language-eval.ts';
import { pick, sample, seeded } from './grid-sample.ts';
import type { TaskRef } from './offline-interpreter.ts';
import { id, last, type Said, t } from './said-rows.ts';

// Edits, deletions and projects as a grid of independent choices: where the task is named and how ("the dentist task",
// "task 12", "#12", "it", "the one about the dentist"), the field and each form its value takes, the sentence shape
// (value last, value first, a question, "should be", a statement of what was done), and what wraps it (a lead-in, a
// hedge, a tail). A fixed, seeded sample of the combinations, each value form once, and the odd shapes by hand.

/** A task as the sentence names it, and the reference it should be read as. */
type Ref = { said: string; ref: TaskRef; bounded: boolean };

const REFS: Ref[] = [
  { said: 'the dentist task', ref: t('dentist'), bounded: true },
  { said: 'the dentist', ref: t('dentist'), bounded: false },
  { said: 'my dentist task', ref: t('dentist'), bounded: true },
  { said: 'the dentist one', ref: t('dentist'), bounded: true },
  { said: 'the dentist thing', ref: t('dentist'), bounded: false },
  { said: 'task 12', ref: id(12), bounded: true },
  { said: '#12', ref: id(12), bounded: true },
  { said: 'number 12', ref: id(12), bounded: true },
  { said: '12', ref: id(12), bounded: true },
  { said: 'it', ref: last, bounded: true },
  { said: 'that one', ref: last, bounded: true },
  { said: 'the one about the dentist', ref: t('dentist'), bounded: false },
];

/**
 * A shape of one request: {ref} and {value} are filled from the grid. `boundedOnly`: said only of a task named so that
 * it ends where the value starts; `asksUnbounded`: of a task named by bare words, the shape is truly ambiguous
 * ("put the dentist in Work": a task to move, or a thing to add?) and is asked about.
 */
type Shape = { say: string; boundedOnly?: boolean; asksUnbounded?: boolean };
/** A value as said, and the arguments it should give. */
type Value = [said: string, args: Record<string, unknown>];
type Field = { tool: string; shapes: Shape[]; values: Value[] };

const s = (say: string, boundedOnly = false): Shape => ({ say, boundedOnly });
const asks = (say: string): Shape => ({ say, asksUnbounded: true });

const FIELDS: Record<string, Field> = {
  due: {
    tool: 'set_due_date',
    shapes: [
      s('move {ref} to {value}'),
      s('reschedule {ref} for {value}'),
      s('push {ref} to {value}'),
      s('postpone {ref} until {value}'),
      s('make {ref} due {value}'),
      s('change the due date of {ref} to {value}'),
      s('set the deadline for {ref} to {value}'),
      s('{ref} should be due {value}', true),
      s('{ref} is now due {value}', true),
      s('can {ref} be moved to {value}', true),
      s('I moved {ref} to {value}', true),
      s('move {ref} to {value} instead'),
      s("I'd like {ref} moved to {value}"),
      s('{ref}: move to {value}', true),
      s('{ref} -> {value}', true),
      s('{ref} needs to be done by {value}', true),
      s('could we push {ref} to {value}'),
      s('{ref} should be {value}', true),
    ],
    values: [
      ['friday', { date: 'friday' }],
      ['tomorrow at 3pm', { date: 'tomorrow at 3pm' }],
      ['next monday', { date: 'next monday' }],
      ['the 20th', { date: 'the 20th' }],
      ['saturday morning', { date: 'saturday morning' }],
    ],
  },
  priority: {
    tool: 'set_priority',
    shapes: [
      s('make {ref} {value}'),
      s('set {ref} to {value}'),
      s('change the priority of {ref} to {value}'),
      s('set the priority of {ref} to {value}'),
      s('{ref} should be {value}', true),
      s('mark {ref} as {value}'),
      s('can {ref} be {value}', true),
      s('switch {ref} to {value}'),
      s('turn {ref} into {value}'),
      s('update {ref} to {value}'),
      s('{ref} is {value} now', true),
      s('I think {ref} should be {value}', true),
      s('{ref}: {value}', true),
      s('{ref} -> {value}', true),
      s("I'd like {ref} to be {value}"),
      s('give {ref} {value}'),
    ],
    values: [
      ['high priority', { priority: 'high' }],
      ['top priority', { priority: 'high' }],
      ['urgent', { priority: 'high' }],
      ['p1', { priority: 'high' }],
      ['low priority', { priority: 'low' }],
      ['medium priority', { priority: 'medium' }],
    ],
  },
  title: {
    tool: 'update_task',
    shapes: [
      s('rename {ref} to {value}'),
      s('change the name of {ref} to {value}'),
      s('change the title of {ref} to {value}'),
      s('retitle {ref} as {value}'),
      s('rename {ref} -> {value}'),
      s('{ref} should be called {value}', true),
      s('can {ref} be renamed to {value}', true),
      s('call {ref} {value} instead', true),
      s('rename {ref}: {value}', true),
      s('I want {ref} to say {value}'),
      s('change {ref} to say {value}'),
      s('{ref} should say {value}', true),
      s('new title for {ref}: {value}'),
      s('{ref} is now called {value}', true),
    ],
    values: [
      ['call the clinic', { title: 'call the clinic' }],
      ['book the orthodontist', { title: 'book the orthodontist' }],
      ['write to the surgery', { title: 'write to the surgery' }],
    ],
  },
  notes: {
    tool: 'update_task',
    shapes: [
      s('add a note to {ref}: {value}'),
      s('set the notes of {ref} to {value}'),
      s('put a note on {ref} saying {value}'),
      s('the notes for {ref} should say {value}'),
      s('change the description of {ref} to {value}'),
      s('add a description to {ref}: {value}'),
      s('note on {ref}: {value}'),
      s('update the notes on {ref} to say {value}'),
      s('{ref} needs a note: {value}', true),
      s('for {ref}, add a note: {value}', true),
      s('attach a note to {ref} saying {value}'),
    ],
    values: [
      ['bring the x-rays', { description: 'bring the x-rays' }],
      ['ask for Dr Lee', { description: 'ask for Dr Lee' }],
    ],
  },
  tags: {
    tool: 'add_tag',
    shapes: [
      s('tag {ref} {value}'),
      s('tag {ref} as {value}'),
      s('add the tag {value} to {ref}'),
      s('label {ref} {value}'),
      s('put the {value} tag on {ref}'),
      s('give {ref} the {value} tag'),
      s('{ref} should be tagged {value}', true),
    ],
    values: [
      ['health', { tag: 'health' }],
      ['errands', { tag: 'errands' }],
    ],
  },
  project: {
    tool: 'move_task',
    shapes: [
      s('move {ref} to {value}'),
      asks('put {ref} in {value}'),
      s('move {ref} into the {value} project'),
      s('{ref} belongs in {value}', true),
      s('switch {ref} to {value}'),
      s('{ref} goes in {value}', true),
      s('file {ref} under the {value} project'),
      s('send {ref} over to {value}', true),
    ],
    values: [
      ['Work', { project: 'Work' }],
      ['Home Projects', { project: 'Home Projects' }],
      ['Garden Club', { project: 'Garden Club' }],
    ],
  },
  assignee: {
    tool: 'assign_task',
    shapes: [
      s('assign {ref} to {value}'),
      s('reassign {ref} to {value}'),
      s('hand {ref} over to {value}', true),
      s('make {value} the owner of {ref}'),
      s('let {value} handle {ref}'),
      s('delegate {ref} to {value}'),
      s('can {value} take {ref}'),
      s('{value} will do {ref}'),
    ],
    values: [
      ['Sam', { assignee: 'Sam' }],
      ['ana@example.com', { assignee: 'ana@example.com' }],
    ],
  },
};

const ASK = null;

/** What wraps a request: a lead-in and a tail that change nothing. */
const LEADS = ['', '', '', 'please ', 'can you ', 'could you ', 'hey, ', 'actually ', 'oh and ', 'ok so ', 'quick one: ', 'um ', 'Hi! '];
const TAILS = ['', '', '', ' please', ' pls', ' thanks', '!', ' if you can', ' 🙏', ' thx', ' when you get a sec', ' :)', '.'];

/** "please", "can you" go before a request, never before "the dentist task should be …" or "I'd like …". */
const ASKING_LEAD = /^(?:please|can you|could you)\s/i;
const REQUEST_SHAPE = /^(?!\{ref\}|i\b|i'd\b|can\b|could\b|for\b|new\b|\{value\}\s+will)/i;

function phrase(shape: Shape, ref: Ref, value: string, said: string, tail: string): string {
  const lead = ASKING_LEAD.test(said) && !REQUEST_SHAPE.test(shape.say) ? '' : said;
  const body = shape.say.replace('{ref}', ref.said).replace('{value}', value);
  // A question said as one: "can you move it to friday?", "can the dentist task be high priority?".
  const asked = /^(?:can|could)\s/i.test(lead + body) && tail === '' ? '?' : tail;
  return `${lead}${body}${asked}`;
}

function gridRows(count: number, seed: number): Said[] {
  const random = seeded(seed);
  const fields = Object.values(FIELDS);
  // Each value form once, in the first shape, with the first task.
  const [ref] = REFS;
  const fixed = fields.flatMap((field) => {
    const [first] = field.shapes;
    if (!first || !ref) return [];
    return field.values.map(([said, args]): Said => [phrase(first, ref, said, '', ''), field.tool, args, ref.ref]);
  });
  return sample(fixed, count - fixed.length, (): Said => {
    const field = pick(fields, random);
    const shape = pick(field.shapes, random);
    const ref = pick(
      REFS.filter((r) => r.bounded || !shape.boundedOnly),
      random,
    );
    const [said, args] = pick(field.values, random);
    const text = phrase(shape, ref, said, pick(LEADS, random), pick(TAILS, random));
    return shape.asksUnbounded && !ref.bounded && ref.said !== 'the dentist thing' && !ref.said.startsWith('the one')
      ? [text, ASK]
      : [text, field.tool, args, ref.ref];
  });
}

const D = 'delete_task';

/** Deletions: the verb, the task, a reason first or last. */
const DELETE_SHAPES = [
  'delete {ref}',
  'remove {ref}',
  'bin {ref}',
  'scrap {ref}',
  'trash {ref}',
  'get rid of {ref}',
  'drop {ref}',
  'cancel {ref}',
  'take {ref} off my list',
  '{ref} can go',
  'nuke {ref}',
  'ditch {ref}',
  'erase {ref}',
  'I no longer need {ref}',
  "I don't need {ref} anymore",
  '{ref} can be deleted',
  'please get rid of {ref}, we cancelled',
  "delete {ref} since it's done elsewhere",
  'remove {ref} from the list',
  "we're not doing {ref} any more, delete it",
  'forget about {ref}',
  'you can delete {ref}',
  'delete {ref}, it got cancelled',
  "delete {ref}, it's not needed any more",
  "delete {ref} - we're not doing it",
  'delete {ref} from my list',
];
const DELETE_REFS = REFS.filter((ref) => !('last' in ref.ref) || ref.said === 'it');

function deleteRows(count: number, seed: number): Said[] {
  const random = seeded(seed);
  const fixed = DELETE_SHAPES.map((shape): Said => [shape.replace('{ref}', 'the dentist task'), D, {}, t('dentist')]);
  const draw = (): Said => {
    const shape = pick(DELETE_SHAPES, random);
    const ref = pick(DELETE_REFS, random);
    // "forget about it" and "cancel it" say "never mind", and are asked about: drawn again.
    if (/^(?:forget|cancel)/.test(shape) && ref.said === 'it') return draw();
    // "it can go", "delete it, it got cancelled": the task pointed at.
    const text = phrase({ say: shape }, ref, '', pick(LEADS, random), pick(TAILS, random));
    // "I no longer need the dentist": news of bare words is asked about; only a request, or a task named, deletes.
    const news = /^I\b/.test(shape) && ref.said === 'the dentist';
    return news ? [text, ASK] : [text, D, {}, ref.ref];
  };
  return sample(fixed, count - fixed.length, draw);
}

/** The odd shapes, by hand: two values, a negation inside the request, several tasks, bulk, projects. */
const ODD: Said[] = [
  ['move the dentist to friday and make it high', 'update_task', { due_date: 'friday', priority: 'high' }, t('dentist')],
  ['not friday, saturday: move the dentist task', ASK],
  ['move the dentist task to saturday, not friday', 'set_due_date', { date: 'saturday' }, t('dentist')],
  ['delete 3 and 4', ASK],
  ['delete tasks 3, 4 and 5', ASK],
  ['delete everything', null],
  ["the dentist task isn't happening", D, {}, t('dentist')],
  ['I no longer need the dentist task', D, {}, t('dentist')],
  ['the dentist task got cancelled', D, {}, t('dentist')],
  // News of bare words alone is asked about: only a request, or a task named as one, deletes.
  ['the dentist got cancelled', ASK],
  ['delete the car insurance task, it is sorted', D, {}, t('car insurance')],
  ['remove the gym one since I quit', D, {}, t('gym')],
  ['delete #12 from my list', D, {}, id(12)],
  ["since it's sorted, delete the dentist task", D, {}, t('dentist')],
  ['the dentist task can go', D, {}, t('dentist')],
  ['nuke task 12', D, {}, id(12)],
  ['scrap #12', D, {}, id(12)],
  [
    'cancel netflix every month on the 3rd',
    'create_recurring',
    { title: 'cancel netflix', pattern: 'FREQ=MONTHLY;BYMONTHDAY=3', due_date: 'the 3rd' },
  ],
  [
    'cancel the gym membership friday, remind me 1 day before',
    'add_task',
    { title: 'cancel the gym membership', due_date: 'friday', remind_before: '1d' },
  ],
  ['delete the garden club project', ASK],
  ['delete the kitchen project', D, {}, t('kitchen project')],
  ['change task 11 name to go to the bank', 'update_task', { title: 'go to the bank' }, id(11)],
  ['change the name of task 7 to meet Jo on sunday', 'update_task', { title: 'meet Jo on sunday' }, id(7)],
  [
    'set the title of the trip to rome task to book the trip to Milan',
    'update_task',
    { title: 'book the trip to Milan' },
    t('trip to rome'),
  ],
  [
    'change the notes on the trip to rome task to passport in the drawer',
    'update_task',
    { description: 'passport in the drawer' },
    t('trip to rome'),
  ],
  [
    'add a note to the trip to rome task: passport in the drawer',
    'update_task',
    { description: 'passport in the drawer' },
    t('trip to rome'),
  ],
  ['change task 12 notes to call back on monday', 'update_task', { description: 'call back on monday' }, id(12)],
  ['give the hedge task to Sam', 'assign_task', { assignee: 'Sam' }, t('hedge')],
  ['give the passport to Sam', 'assign_task', { assignee: 'Sam' }, t('passport')],
  ['give the book to mum', ASK],
  ['add milk to Groceries', 'add_task', { title: 'milk', project: 'Groceries' }],
  ['add fix the fence to Home Projects', 'add_task', { title: 'fix the fence', project: 'Home Projects' }],
  ['put bread on the Groceries list', 'add_task', { title: 'bread', project: 'Groceries' }],
  ['add prepare slides to the Work project', 'add_task', { title: 'prepare slides', project: 'Work' }],
  ["what's in Work?", 'list_tasks', { project: 'Work' }],
  ['show the Garden Club list', 'list_tasks', { project: 'Garden Club' }],
  ['show me Home Projects', 'list_tasks', { project: 'Home Projects' }],
  ['what is on my groceries list', 'list_tasks', { project: 'Groceries' }],
  ['share Work with a@b.co', 'share_project', { project: 'Work', email: 'a@b.co' }],
  ['share the Garden Club project with kim@example.com', 'share_project', { project: 'Garden Club', email: 'kim@example.com' }],
  ['move the report to Work', 'move_task', { project: 'Work' }, t('report')],
  ['move the report to Home Projects', 'move_task', { project: 'Home Projects' }, t('report')],
  ['assign the report to Sam', 'assign_task', { assignee: 'Sam' }, t('report')],
  ['high priority on task 12', 'set_priority', { priority: 'high' }, id(12)],
  ['change the dentist task to high and move it to friday', 'update_task', { priority: 'high', due_date: 'friday' }, t('dentist')],
  // A change and a reminder in one sentence: asked, never a task titled "set 12 to".
  ['set 12 to friday 3pm and remind me an hour before', ASK],
  ['make 12 high and tag it health', ASK],
  // The same after a polite lead-in: never a task titled "make that a".
  ['could you please set 12 to friday 3pm and remind me an hour before', ASK],
  ['can you make it a daily reminder', ASK],
  // A place in a list shown earlier: a sentence alone cannot tell which.
  ['the first one should be high', ASK],
  ['delete the second one', ASK],
  ['delete the dentist and the gym tasks', ASK],
  ['remove tasks 4-6', ASK],
  ['delete task twelve', D, {}, id(12)],
  ['bin it pls', D, {}, last],
  ['get rid of that', D, {}, last],
  ["I've cancelled the dentist, bin it", D, {}, t('dentist')],
  ["the dentist isn't happening, remove it", D, {}, t('dentist')],
  ['drop the dentist task, we went last week', D, {}, t('dentist')],
  ["what's on the Work list?", 'list_tasks', { project: 'Work' }],
  ['anything in Home Projects?', 'list_tasks', { project: 'Home Projects' }],
  ['list everything in groceries', 'list_tasks', { project: 'Groceries' }],
  [
    'add call the plumber to Home Projects for friday',
    'add_task',
    { title: 'call the plumber', due_date: 'friday', project: 'Home Projects' },
  ],
  ['put paint the fence in Home Projects', 'add_task', { title: 'paint the fence', project: 'Home Projects' }],
  ['put the dentist in Work', ASK],
  ['move task 12 to the Work project', 'move_task', { project: 'Work' }, id(12)],
  [
    'share Home Projects with bob@example.com as editor',
    'share_project',
    { project: 'Home Projects', email: 'bob@example.com', role: 'editor' },
  ],
  ['invite sam@example.com to Garden Club', 'share_project', { project: 'Garden Club', email: 'sam@example.com' }],
  ['assign 12 to me', 'assign_task', { assignee: 'me' }, id(12)],
  ['unassign 12', 'assign_task', { assignee: null }, id(12)],
  ["change the dentist task's assignee to Sam", 'assign_task', { assignee: 'Sam' }, t('dentist')],
  ['The dentist task should be assigned to Sam', 'assign_task', { assignee: 'Sam' }, t('dentist')],
  ['Sam will do 12', 'assign_task', { assignee: 'Sam' }, id(12)],
  ['can Sam take the dentist?', 'assign_task', { assignee: 'Sam' }, t('dentist')],
  // Family are people to do things for, not people to hand tasks to; "the report is for Ana" may say who it is for.
  ['mum will do the shopping', ASK],
  ['the report is for Ana', ASK],
  ['swap the dentist task to friday', 'set_due_date', { date: 'friday' }, t('dentist')],
  ['swap the priority of 12 to low', 'set_priority', { priority: 'low' }, id(12)],
  ['change the priority of the trip to paris task to high', 'set_priority', { priority: 'high' }, t('trip to paris')],
  ['set the due date of the trip to rome task to next friday', 'set_due_date', { date: 'next friday' }, t('trip to rome')],
  ['rename #12 "Call Dr Lee"', 'update_task', { title: 'Call Dr Lee' }, id(12)],
  ['retitle task 12: Call Dr Lee', 'update_task', { title: 'Call Dr Lee' }, id(12)],
  ["change 12's title to Call Dr Lee", 'update_task', { title: 'Call Dr Lee' }, id(12)],
  ['12 title -> Call Dr Lee', 'update_task', { title: 'Call Dr Lee' }, id(12)],
  ['the notes on 12 should read ask for Dr Lee', 'update_task', { description: 'ask for Dr Lee' }, id(12)],
  ['rename the trip to Paris to trip to Rome', ASK],
  [
    'cancel netflix tomorrow at 9, remind me 10 min before',
    'add_task',
    { title: 'cancel netflix', due_date: 'tomorrow at 9', remind_before: '10m' },
  ],
  // A hedge says how sure the user is: a change is made (and can be undone), a deletion is asked about.
  ['maybe move the dentist to friday', 'set_due_date', { date: 'friday' }, t('dentist')],
  ['maybe delete the gym task?', ASK],
  ['move the dentist from thursday to friday', 'set_due_date', { date: 'friday' }, t('dentist')],
  // The value said not to be meant is never the new one.
  ['the dentist should be due friday, not thursday', 'set_due_date', { date: 'friday' }, t('dentist')],
  ['move the dentist task to saturday not friday', 'set_due_date', { date: 'saturday' }, t('dentist')],
  ['rename 12 to do not disturb', 'update_task', { title: 'do not disturb' }, id(12)],
  ['get rid of the dentist task please, it was a duplicate', D, {}, t('dentist')],
  ['give 12 a due date of friday', 'set_due_date', { date: 'friday' }, id(12)],
  ['shift 12 from Work to Home Projects', 'move_task', { project: 'Home Projects' }, id(12)],
  ['maybe buy milk', ASK],
  ['undo', null],
];

function expected([, tool, args = {}, target]: Said): string {
  return meaning({ tool, args, ...(target ? { target } : {}) });
}

describe('the offline interpreter on a grid of edits', () => {
  it.each(gridRows(520, 17))('reads %j as %s', (text, ...rest) => {
    expect(meaning(asCall(readPhrase(text)))).toBe(expected([text, ...rest]));
  });
});

describe('the offline interpreter on a grid of deletions', () => {
  it.each(deleteRows(180, 29))('reads %j as %s', (text, ...rest) => {
    expect(meaning(asCall(readPhrase(text)))).toBe(expected([text, ...rest]));
  });
});

describe('the offline interpreter on odd edits, deletions and projects', () => {
  it.each(ODD)('reads %j as %s', (text, ...rest) => {
    const got = readPhrase(text);
    // "delete everything" and "undo" are no tool call: a count to confirm, and the last change taken back.
    if (text === 'delete everything') return expect(got).toEqual({ kind: 'bulk', action: 'delete' });
    if (text === 'undo') return expect(got).toEqual({ kind: 'undo' });
    expect(meaning(asCall(got))).toBe(expected([text, ...rest]));
  });
});

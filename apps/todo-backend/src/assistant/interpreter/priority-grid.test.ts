import { describe, it } from 'vitest';
import { CAN_YOU, pick, reads, sample, seeded, WRAPS } from './grid-sample.ts';
import type { Said } from './said-rows.ts';

// Priorities as a grammar grid: how the level is said × where it sits × which task or title × what wraps the
// request. Every level form is read once in a plain place, then a seeded sample of all the combinations, for a new
// task (with "add" or without: an errand said with its level) and for a task already there.

type Level = 'high' | 'medium' | 'low';

/** Every form a level takes after a task ("…, <form>"). */
const LEVEL_FORMS: [form: string, level: Level][] = [
  ['high priority', 'high'],
  ['top priority', 'high'],
  ['highest priority', 'high'],
  ['urgent', 'high'],
  ['asap', 'high'],
  ['ASAP', 'high'],
  ['critical', 'high'],
  ['p1', 'high'],
  ['!1', 'high'],
  ['priority 1', 'high'],
  ['prio high', 'high'],
  ['hi pri', 'high'],
  ['very important', 'high'],
  ['medium priority', 'medium'],
  ['normal priority', 'medium'],
  ['mid priority', 'medium'],
  ['p2', 'medium'],
  ['!2', 'medium'],
  ['low priority', 'low'],
  ['lowest priority', 'low'],
  ['p3', 'low'],
  ['!3', 'low'],
  ['no rush', 'low'],
  ['no hurry', 'low'],
  ['not urgent', 'low'],
  ['whenever', 'low'],
  ['someday', 'low'],
  ['can wait', 'low'],
];

/** New tasks' titles, each a verb first (some English reads as nouns: "book", "email"). */
const NEW_TITLES = [
  'renew the passport',
  'book flights to Lisbon',
  'organise the garage sale',
  'clean the gutters',
  'cancel netflix',
  'email the landlord',
  'pick up bread and jam',
  'repaint the shed door',
];

/** Where the level (V) sits around a new task's title (T); the last place takes no "can you". */
const NEW_PLACES: ((title: string, level: string) => string)[] = [
  (t, v) => `add ${t}, ${v}`,
  (t, v) => `add ${t} (${v})`,
  (t, v) => `add ${t} - ${v}`,
  (t, v) => `add ${t} ${v}`,
  (t, v) => `new task: ${t}, ${v}`,
  (t, v) => `${t}, ${v}`,
  (t, v) => `${t} (${v})`,
  (t, v) => `${t} - ${v}`,
  (t, v) => `create a task to ${t}, ${v}`,
  (t, v) => `${v}: ${t}`,
];
const ASKABLE_PLACES = NEW_PLACES.slice(0, -1);

/** Tasks already there as a sentence names them, and the words the task is found by. */
const TASKS: [said: string, ref: string][] = [
  ['the tax return', 'tax return'],
  ['the dentist task', 'dentist'],
  ['my passport renewal', 'passport renewal'],
  ['the boiler', 'boiler'],
];

/** Level forms that follow "to" or "as" in a change. */
const CHANGE_FORMS: [form: string, level: Level][] = [
  ['high', 'high'],
  ['top priority', 'high'],
  ['urgent', 'high'],
  ['p1', 'high'],
  ['high priority', 'high'],
  ['medium', 'medium'],
  ['normal priority', 'medium'],
  ['p2', 'medium'],
  ['low', 'low'],
  ['low priority', 'low'],
  ['p3', 'low'],
];

/** Where the level (V) sits in a change to a task already there (R). */
const CHANGE_PLACES: ((ref: string, level: string) => string)[] = [
  (r, v) => `make ${r} ${v}`,
  (r, v) => `set ${r} to ${v}`,
  (r, v) => `mark ${r} as ${v}`,
  (r, v) => `change ${r} to ${v}`,
  (r, v) => `${r} should be ${v}`,
  (r, v) => `${r} is ${v} now`,
  (r, v) => `change the priority of ${r} to ${v}`,
  (r, v) => `set the priority on ${r} to ${v}`,
  (r, v) => `${v} for ${r}`,
];

function newTasks(): Said[] {
  const title = NEW_TITLES[0] ?? '';
  const fixed = LEVEL_FORMS.map(([form, level]): Said => [`add ${title}, ${form}`, 'add_task', { title, priority: level }]);
  const random = seeded(17);
  return sample(fixed, 250, (): Said => {
    const [form, level] = pick(LEVEL_FORMS, random);
    const title = pick(NEW_TITLES, random);
    const wrap = pick(WRAPS, random);
    const phrase = wrap(pick(wrap === CAN_YOU ? ASKABLE_PLACES : NEW_PLACES, random)(title, form));
    return [phrase, 'add_task', { title, priority: level }];
  });
}

function changes(): Said[] {
  const fixed = CHANGE_FORMS.map(
    ([form, level]): Said => [`set the tax return to ${form}`, 'set_priority', { priority: level }, { title: 'tax return' }],
  );
  const random = seeded(6);
  return sample(fixed, 150, (): Said => {
    const [form, level] = pick(CHANGE_FORMS, random);
    const [said, ref] = pick(TASKS, random);
    const phrase = pick(WRAPS, random)(pick(CHANGE_PLACES, random)(said, form));
    return [phrase, 'set_priority', { priority: level }, { title: ref }];
  });
}

/** Shapes no grid makes: the level first without a colon, marks, a second clause, questions, verbs of the list. */
const ODD: Said[] = [
  ['organise the garage sale ASAP', 'add_task', { title: 'organise the garage sale', priority: 'high' }],
  ['important: cancel netflix', 'add_task', { title: 'cancel netflix', priority: 'high' }],
  ['p1 organise the garage sale', 'add_task', { title: 'organise the garage sale', priority: 'high' }],
  ['P2 renew the passport', 'add_task', { title: 'renew the passport', priority: 'medium' }],
  ['URGENT organise the garage sale', 'add_task', { title: 'organise the garage sale', priority: 'high' }],
  ['asap: book flights', 'add_task', { title: 'book flights', priority: 'high' }],
  ['!! renew the passport', 'add_task', { title: 'renew the passport', priority: 'high' }],
  ['!!! book flights', 'add_task', { title: 'book flights', priority: 'high' }],
  ['book flights!!!', 'add_task', { title: 'book flights', priority: 'high' }],
  ['renew the passport !3', 'add_task', { title: 'renew the passport', priority: 'low' }],
  ['!1: book flights to Lisbon', 'add_task', { title: 'book flights to Lisbon', priority: 'high' }],
  ['urgent!! organise the garage sale', 'add_task', { title: 'organise the garage sale', priority: 'high' }],
  ['very urgent: call the school', 'add_task', { title: 'call the school', priority: 'high' }],
  ['high: organise the garage sale', 'add_task', { title: 'organise the garage sale', priority: 'high' }],
  ['hi pri: book flights', 'add_task', { title: 'book flights', priority: 'high' }],
  ['prio high: book flights', 'add_task', { title: 'book flights', priority: 'high' }],
  ['fix the sink: high priority', 'add_task', { title: 'fix the sink', priority: 'high' }],
  ['call the top vet asap', 'add_task', { title: 'call the top vet', priority: 'high' }],
  ['renew the passport - top priority', 'add_task', { title: 'renew the passport', priority: 'high' }],
  ['add read the weekend papers, no hurry', 'add_task', { title: 'read the weekend papers', priority: 'low' }],
  ['add pick up bread and jam (important)', 'add_task', { title: 'pick up bread and jam', priority: 'high' }],
  ['add pick up bread and jam critical', 'add_task', { title: 'pick up bread and jam', priority: 'high' }],
  ['add pick up bread and jam, lowest priority', 'add_task', { title: 'pick up bread and jam', priority: 'low' }],
  // Verbs English knows only as things, said before "the" or "my".
  ['declutter the attic, low priority', 'add_task', { title: 'declutter the attic', priority: 'low' }],
  ['hoover my room asap', 'add_task', { title: 'hoover my room', priority: 'high' }],
  ['can you organise the garage sale (p2)?', 'add_task', { title: 'organise the garage sale', priority: 'medium' }],
  // A level between the title and a date, or a date and a level.
  ['add call mum, urgent, friday', 'add_task', { title: 'call mum', priority: 'high', due_date: 'friday' }],
  ['add call mum urgent tomorrow', 'add_task', { title: 'call mum', priority: 'high', due_date: 'tomorrow' }],
  ['add call mum at 5pm urgent', 'add_task', { title: 'call mum', priority: 'high', due_date: 'at 5pm' }],
  ['add dinner at the top restaurant tomorrow', 'add_task', { title: 'dinner at the top restaurant', due_date: 'tomorrow' }],
  // The level as the reason, as marks, as a kind of task made.
  ["add call mum because it's urgent", 'add_task', { title: 'call mum', priority: 'high' }],
  // Marks after "add …" are said loudly, no level (they make a level only where nothing else says it is a task).
  ['add call mum!!', 'add_task', { title: 'call mum' }],
  ['make a high priority task to call mum', 'add_task', { title: 'call mum', priority: 'high' }],
  ['add sort the photos sometime', 'add_task', { title: 'sort the photos', priority: 'low' }],
  ['sort the photos, low priority', 'add_task', { title: 'sort the photos', priority: 'low' }],
  ['sort my tasks by priority', 'sort_tasks', { field: 'priority' }],
  // The field named before the task is no part of it.
  ['change the priority of the boiler to high priority', 'set_priority', { priority: 'high' }, { title: 'boiler' }],
  ['set the priority on the tax return to low priority, thanks', 'set_priority', { priority: 'low' }, { title: 'tax return' }],
  // A level set apart after a task already there is its level; before it, the words may be a new task's: asked.
  ['the report (urgent)', 'set_priority', { priority: 'high' }, { title: 'report' }],
  ['the report p1', 'set_priority', { priority: 'high' }, { title: 'report' }],
  ['the report!!!', 'set_priority', { priority: 'high' }, { title: 'report' }],
  ['task 12 - low priority', 'set_priority', { priority: 'low' }, { id: 12 }],
  ['12 !!', 'set_priority', { priority: 'high' }, { id: 12 }],
  ['my passport renewal, no rush', 'set_priority', { priority: 'low' }, { title: 'passport renewal' }],
  ['it (urgent)', 'set_priority', { priority: 'high' }, { last: true }],
  ['the report, max priority', 'set_priority', { priority: 'high' }, { title: 'report' }],
  ['make the report max priority', 'set_priority', { priority: 'high' }, { title: 'report' }],
  ['URGENT: the tax return', null],
  ['!! the report', null],
  ['the fence and the gate - urgent', null],
  ['put the report at the top', null],
  // A task already there: never a new one.
  ['the report asap', 'set_priority', { priority: 'high' }, { title: 'report' }],
  ['deal with the report asap', null],
  ['move the dentist asap', null],
  // A question about one task's level changes nothing: it finds the task, whose level the list shows.
  ['is the report urgent?', 'search_tasks', { query: 'report' }],
  ['thank you so much!!', null],
  ['climb to the very top', null],
  ['make the report a priority', 'set_priority', { priority: 'high' }, { title: 'report' }],
  ['the report can wait', 'set_priority', { priority: 'low' }, { title: 'report' }],
  ['calling the bank is urgent', 'set_priority', { priority: 'high' }, { title: 'calling the bank' }],
  // Done, gone or more important: asked, never finished or deleted.
  ['finish the essay - top priority', null],
  ['scrap the newsletter, low priority', null],
  // Never the level turned round.
  ['renew the passport, not urgent', 'add_task', { title: 'renew the passport', priority: 'low' }],
  ['not urgent: book flights', 'add_task', { title: 'book flights', priority: 'low' }],
  ['book flights - not important', 'add_task', { title: 'book flights', priority: 'low' }],
];

describe('the offline interpreter on a grid of priorities', () => {
  it.each(newTasks())('reads the new task %j as %s %j', reads);
  it.each(changes())('reads the change %j as %s %j %j', reads);
  it.each(ODD)('reads the odd shape %j as %s %j %j', reads);
});

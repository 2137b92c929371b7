import { describe, expect, it } from 'vitest';
import { readPhrase } from '../eval/language-eval.ts';
import { across, reads, sampleOf } from './grid-sample.ts';
import type { Said } from './said-rows.ts';

// Questions about the list as a grid of independent choices: what is asked for (a window of dates, a priority, a
// tag, a state, words to search), the shape it is asked in (a question, a command, a statement "I wonder …"), and
// what is said around it. A fixed sample of the combinations is tested, every value form once; then the odd shapes,
// chatter that must call nothing and negatives.

const F = 'filter_tasks';
const L = 'list_tasks';
const S = 'search_tasks';
const ASK = null;

/** A thing asked about: the words for it after "what's …", and the call it reads as. */
type Asked = { said: string; tool: string; args: Record<string, unknown> };
const due = (when: string, value: string): Asked => ({ said: `due ${when}`, tool: F, args: { due: value } });
const WINDOWS: Asked[] = [
  due('today', 'today'),
  due('tomorrow', 'tomorrow'),
  due('tmrw', 'tomorrow'),
  due('this week', 'this_week'),
  due('next week', 'next_week'),
  { said: 'overdue', tool: F, args: { due: 'overdue' } },
  { said: 'late', tool: F, args: { due: 'overdue' } },
  { said: 'past due', tool: F, args: { due: 'overdue' } },
  { said: 'due before friday', tool: F, args: { due_before: 'friday 00:00' } },
  { said: 'due after monday', tool: F, args: { due_after: 'monday 24:00' } },
  { said: 'due in the next 3 days', tool: F, args: { due_after: 'today 00:00', due_before: 'in 3 days 24:00' } },
  { said: 'due this weekend', tool: F, args: { due_after: 'saturday 00:00', due_before: 'sunday 24:00' } },
  { said: 'due this month', tool: F, args: { due_before: 'the end of the month 24:00' } },
  { said: 'high priority', tool: F, args: { priority: ['high'] } },
  { said: 'urgent', tool: F, args: { priority: ['high'] } },
  { said: 'low priority', tool: F, args: { priority: ['low'] } },
  { said: 'tagged work', tool: F, args: { tags: ['work'] } },
  { said: 'tagged errands', tool: F, args: { tags: ['errands'] } },
  { said: 'high priority and due this week', tool: F, args: { priority: ['high'], due: 'this_week' } },
];
/** The shapes a question takes around what is asked ({A}). */
const QUESTIONS = [
  "what's {A}",
  'what is {A}',
  'which tasks are {A}',
  'show me what is {A}',
  'show tasks that are {A}',
  'list everything {A}',
  'anything {A}',
  'do I have anything {A}',
  'is there anything {A}',
  'I wonder what is {A}',
  "I'd like to know what's {A}",
  'can you show me everything {A}',
  'tell me what is {A}',
  'how many tasks are {A}',
];
const LEADS = ['', 'hey, ', 'quick question: ', 'ok so ', 'hi doable, '];
const TAILS = ['', '?', ' please', ', thanks', ' pls', ' 🙏'];

/** Words looked for: the ways a search is asked, with the words {Q}. */
const SEARCHES = [
  'search for {Q}',
  'find {Q}',
  'look for {Q}',
  'anything about {Q}',
  'do I have a task about {Q}',
  'is there a task about {Q}',
  'find the {Q} task',
  'search my tasks for {Q}',
  'hunt for the {Q} task',
  'dig up the {Q} task',
  'pull up everything about {Q}',
];
const TOPICS: [said: string, query: string][] = [
  ['the visa', 'visa'],
  ['insurance', 'insurance'],
  ['the dentist', 'dentist'],
  ['the car service', 'car service'],
];

const asked: Said[] = across(QUESTIONS, WINDOWS).map(([shape, { said, tool, args }]): Said => [shape.replace('{A}', said), tool, args]);
const searched: Said[] = across(SEARCHES, TOPICS).map(
  ([shape, [said, query]]): Said => [shape.replace('{Q}', shape.includes('{Q} task') ? query : said), S, { query }],
);
const wrapped = (rows: Said[]) =>
  across(across(LEADS, TAILS), rows).map(([[lead, tail], [phrase, tool, args]]): Said => [`${lead}${phrase}${tail}`, tool, args]);

/** Every value form with the plainest shape, every shape with one value; then a sample of all of it, wrapped. */
const GRID: Said[] = [
  ...WINDOWS.map(({ said, tool, args }): Said => [`what's ${said}`, tool, args]),
  ...QUESTIONS.map((shape): Said => [shape.replace('{A}', 'due tomorrow'), F, { due: 'tomorrow' }]),
  ...searched,
  ...sampleOf(wrapped(asked), 220, 71),
  ...sampleOf(wrapped(searched), 60, 73),
];

/** The odd shapes, by hand. */
const ODD: Said[] = [
  ["what's left", L, { status: 'pending' }],
  ["what's left for today", F, { due: 'today', status: 'pending' }],
  ["what's on today", F, { due: 'today' }],
  ["what's on my plate", L, {}],
  ['what did I complete', L, { status: 'completed' }],
  ['what do I have tomorrow', F, { due: 'tomorrow' }],
  ['tasks for the next 3 days', F, { due_after: 'today 00:00', due_before: 'in 3 days 24:00' }],
  ['anything due within the next five days?', F, { due_after: 'today 00:00', due_before: 'in 5 days 24:00' }],
  ['due before friday', F, { due_before: 'friday 00:00' }],
  ['I was wondering if I have anything due tomorrow', F, { due: 'tomorrow' }],
  ['just curious, anything tagged work?', F, { tags: ['work'] }],
  ['wondering what is on this week', F, { due: 'this_week' }],
  ['there is a task about the visa? find it, thanks!', S, { query: 'visa' }],
  ['I feel like I forgot something about the insurance, can you look for it, thanks!', S, { query: 'insurance' }],
  ['show me everything except the done ones', L, { status: 'pending' }],
  ["don't show completed tasks", L, { status: 'pending' }],
  ['show tasks due today, not the completed ones', F, { due: 'today', status: 'pending' }],
  ['which tasks are not high priority', F, { priority: ['medium', 'low'] }],
  ["what's not low priority", F, { priority: ['high', 'medium'] }],
  ['what is not urgent', F, { priority: ['low'] }],
  ['show all tasks not tagged work', ASK],
  ["what's due today but not the work stuff", ASK],
  ["anything that isn't overdue", ASK],
  ['quick question: search my tasks for the visa please', S, { query: 'visa' }],
  ['Q: what is overdue?', F, { due: 'overdue' }],
  ['bring up the overdue stuff', F, { due: 'overdue' }],
  ['pull up my errands tasks', F, { tags: ['errands'] }],
  ["what's my day look like", F, { due: 'today' }],
  ["how's my day looking", F, { due: 'today' }],
  ['what does my week look like', F, { due: 'this_week' }],
  ['anything on this weekend?', F, { due_after: 'saturday 00:00', due_before: 'sunday 24:00' }],
  ["I'd like a list of overdue stuff", F, { due: 'overdue' }],
  ['give me a rundown of today', F, { due: 'today' }],
  ["gimme today's stuff", F, { due: 'today' }],
  ['urgent stuff?', F, { priority: ['high'] }],
  ['am I free tomorrow?', F, { due: 'tomorrow' }],
  ['is tomorrow busy?', F, { due: 'tomorrow' }],
  ['what am I doing tomorrow', F, { due: 'tomorrow' }],
  ['anything planned for the weekend', F, { due_after: 'saturday 00:00', due_before: 'sunday 24:00' }],
  ['what did I tick off', L, { status: 'completed' }],
  ['is the report busy?', ASK],
  ['is anything due tomorrow', F, { due: 'tomorrow' }],
  ['does anything need doing today', F, { due: 'today' }],
  ['have I got anything on friday', F, { due_after: 'friday 00:00', due_before: 'friday 24:00' }],
  ['is anything wrong with the app', ASK],
  ['dig up the potatoes', ASK],
  ['bring up the budget at the meeting', ASK],
  ['completed yesterday', ASK],
  ['I wonder what the weather is like', ASK],
];

/** Chatter and negatives: nothing is called. */
const NOTHING = [
  'thanks',
  'thanks!',
  'thank you so much',
  'ok',
  'ok cool',
  'cool',
  'lol',
  'haha',
  'good morning',
  'hi there',
  'what can you do',
  'what can you do?',
  'who are you',
  'help',
  'help me',
  'how does this work',
  'nice',
  'great, thanks',
  'perfect',
  'got it',
  'sounds good',
  '👍',
  'never mind',
  'nevermind',
  'not now',
  'not yet',
  'cancel that',
  'forget it',
  'no',
  'nope',
  'no thanks',
  "don't add milk",
  "don't delete the report",
  "don't mark the report done",
  'stop',
];

describe('the offline interpreter on a grid of questions about the list', () => {
  it.each([...GRID, ...ODD])('reads %j as %s', reads);

  it.each(NOTHING)('calls nothing for %j', (phrase) => {
    expect(readPhrase(phrase).kind).not.toBe('call');
  });
});

import { describe, expect, it } from 'vitest';
import { type Interpretation, interpret, type TaskRef } from './offline-interpreter.ts';
import { id, last } from './said-rows.ts';

type Row = [phrase: string, tool: string, args: Record<string, unknown>, target?: TaskRef];
const title = (words: string): TaskRef => ({ title: words });

/**
 * Phrasings written after the interpreter and the main table, then run once: 47 of 52 passed on that first run
 * (the misses were "don't forget to …" read as "done", "create a monthly task to …", "set 3 to high", "show newest
 * first", "no more reminders for 4"; since fixed). KNOWN_MISSES lists what it still gets wrong, exactly.
 */
const UNSEEN: Row[] = [
  ['put milk on my list', 'add_task', { title: 'milk' }],
  ['add a task: book the car service for next tuesday', 'add_task', { title: 'book the car service', due_date: 'next tuesday' }],
  ['new todo: email Sarah about the contract, tag work', 'add_task', { title: 'email Sarah about the contract', tags: ['work'] }],
  ['add "Call Bob" tomorrow morning', 'add_task', { title: 'Call Bob', due_date: 'tomorrow morning' }],
  ['add pick up dry cleaning saturday, low priority', 'add_task', { title: 'pick up dry cleaning', priority: 'low', due_date: 'saturday' }],
  ['add buy batteries with tags home, shopping', 'add_task', { title: 'buy batteries', tags: ['home', 'shopping'] }],
  ['I have to renew my library card', 'add_task', { title: 'renew my library card' }],
  ["don't forget to water the tomatoes tonight", 'add_task', { title: 'water the tomatoes', due_date: 'tonight' }],
  ['add Prepare slides for Q3 review by Thursday 3pm', 'add_task', { title: 'Prepare slides for Q3 review', due_date: 'Thursday 3pm' }],
  [
    'every friday at 5pm submit timesheet',
    'create_recurring',
    { title: 'submit timesheet', pattern: 'FREQ=WEEKLY;BYDAY=FR', due_date: 'friday at 5pm' },
  ],
  [
    'add take out the bins every wednesday',
    'create_recurring',
    { title: 'take out the bins', pattern: 'FREQ=WEEKLY;BYDAY=WE', due_date: 'wednesday' },
  ],
  ['every morning meditate', 'create_recurring', { title: 'meditate', pattern: 'daily' }],
  ['create a monthly task to check the budget', 'create_recurring', { title: 'check the budget', pattern: 'monthly' }],
  ['every 3 days change the water', 'create_recurring', { title: 'change the water', pattern: 'FREQ=DAILY;INTERVAL=3' }],
  ['remind me 2 days before', 'set_reminder', { before: '2d' }, last],
  ['remind me 45 minutes before 9', 'set_reminder', { before: '45m' }, id(9)],
  ['set a reminder on the dentist 1 day before', 'set_reminder', { before: '1d' }, title('dentist')],
  ['no more reminders for 4', 'set_reminder', { clear: true }, id(4)],
  ['search for "tax return"', 'search_tasks', { query: 'tax return' }],
  ['find everything about the wedding', 'search_tasks', { query: 'wedding' }],
  ['look up plumber', 'search_tasks', { query: 'plumber' }],
  ['sort by deadline', 'sort_tasks', { field: 'due_date' }],
  ['order my tasks alphabetically', 'sort_tasks', { field: 'title' }],
  ['sort by priority high to low', 'sort_tasks', { field: 'priority', order: 'desc' }],
  ['show newest first', 'sort_tasks', { field: 'created_at', order: 'desc' }],
  ['finished 7', 'complete_task', {}, id(7)],
  ['tick off the laundry', 'complete_task', {}, title('laundry')],
  ['the report is finished', 'complete_task', {}, title('report')],
  ['mark task #15 complete', 'complete_task', {}, id(15)],
  ['undo 15', 'complete_task', { completed: false }, id(15)],
  ['remove the gym task', 'delete_task', {}, title('gym')],
  ['trash 22', 'delete_task', {}, id(22)],
  ['please delete task number 4', 'delete_task', {}, id(4)],
  ['tag the report work', 'add_tag', { tag: 'work' }, title('report')],
  ['add label family to 3', 'add_tag', { tag: 'family' }, id(3)],
  ['untag the report work', 'remove_tag', { tag: 'work' }, title('report')],
  ['take the urgent tag off 5', 'remove_tag', { tag: 'urgent' }, id(5)],
  ['change priority of 8 to medium', 'set_priority', { priority: 'medium' }, id(8)],
  ['lower the priority of 8', 'set_priority', { priority: 'low' }, id(8)],
  ['set 3 to high', 'set_priority', { priority: 'high' }, id(3)],
  ['push 4 back to next month', 'set_due_date', { date: 'next month' }, id(4)],
  ['the dentist is due next wednesday at 2pm', 'set_due_date', { date: 'next wednesday at 2pm' }, title('dentist')],
  ['change the deadline of 6 to friday', 'set_due_date', { date: 'friday' }, id(6)],
  ['rename it to buy soy milk', 'update_task', { title: 'buy soy milk' }, last],
  ['show me everything due today', 'filter_tasks', { due: 'today' }],
  ["what's due this week?", 'filter_tasks', { due: 'this_week' }],
  ['anything overdue', 'filter_tasks', { due: 'overdue' }],
  ['show my urgent stuff', 'filter_tasks', { priority: ['high'] }],
  ['list home tasks that are pending', 'filter_tasks', { tags: ['home'], status: 'pending' }],
  ['what have i got on', 'list_tasks', {}],
  ['show everything', 'list_tasks', {}],
  ['which tags are there', 'list_tags', {}],
];

const KNOWN_MISSES: string[] = [];

const normalise = (value: Interpretation) =>
  value.kind === 'call'
    ? {
        tool: value.tool,
        args: Object.fromEntries(Object.entries(value.args).sort(([a], [b]) => a.localeCompare(b))),
        target: value.target ?? null,
      }
    : value;

describe('offline interpreter on unseen phrasings', () => {
  it('reports its pass rate and misses exactly the known phrasings', () => {
    const misses = UNSEEN.filter(([phrase, tool, args, target]) => {
      const want = normalise({ kind: 'call', tool, args, ...(target ? { target } : {}) } as Interpretation);
      return JSON.stringify(normalise(interpret(phrase))) !== JSON.stringify(want);
    });
    console.log(`offline interpreter, unseen phrasings: ${UNSEEN.length - misses.length}/${UNSEEN.length}`);
    for (const [phrase] of misses) console.log(`MISS ${JSON.stringify(phrase)} → ${JSON.stringify(interpret(phrase))}`);
    expect(misses.map(([phrase]) => phrase)).toEqual(KNOWN_MISSES);
  });
});

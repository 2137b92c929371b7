import { describe, expect, it } from 'vitest';
import { CORPUS_PROJECTS } from '../eval/language-corpus.ts';
import { asCall, meaning } from '../eval/language-eval.ts';
import { interpret } from './offline-interpreter.ts';
import { id, type Said as Row, t } from './said-rows.ts';

// More lines typed like Todoist, Taskwarrior and todo.txt commands (command-fields.ts), each cause with the corpus's
// phrasing and others of the same shape. Compared by meaning at the language evaluation's clock (Thursday 22 January
// 2026, noon UTC).

const read = (sentence: string) => interpret(sentence, { projects: CORPUS_PROJECTS });
const ASK = null;

const CAUSES: Record<string, Row[]> = {
  "the program's name before its command": [
    ['t add call the bank @phone', 'add_task', { title: 'call the bank', tags: ['phone'] }],
    ['todo.sh del 5', 'delete_task', {}, id(5)],
    ['todo ls', 'list_tasks', {}],
    ['todo.sh a buy stamps', 'add_task', { title: 'buy stamps' }],
    ['t do 4', 'complete_task', {}, id(4)],
    ['todo.sh rm 3', 'delete_task', {}, id(3)],
  ],
  "Taskwarrior's task number, then the command": [
    ['task 9 done', 'complete_task', {}, id(9)],
    ['task 18 delete', 'delete_task', {}, id(18)],
    ['task 4 del', 'delete_task', {}, id(4)],
    ['14 remind -1d', 'set_reminder', { before: '1d' }, id(14)],
    ['9 remind -2h', 'set_reminder', { before: '2h' }, id(9)],
  ],
  'Taskwarrior\'s "modify": words that are no field are the title, "status:" opens or closes, an empty field clears': [
    ['task 12 modify "call the landlord"', 'update_task', { title: 'call the landlord' }, id(12)],
    ['task 7 mod Pay the nursery', 'update_task', { title: 'Pay the nursery' }, id(7)],
    ['task 11 modify status:pending', 'complete_task', { completed: false }, id(11)],
    ['6 status:completed', 'complete_task', {}, id(6)],
    ['task 2 modify status:open', 'complete_task', { completed: false }, id(2)],
    ['task 3 modify due:', 'set_due_date', { date: null }, id(3)],
    ['4 due:none', 'set_due_date', { date: null }, id(4)],
    ['7 recur:none', 'update_task', { recurring: null }, id(7)],
    ['task 8 modify recur:', 'update_task', { recurring: null }, id(8)],
  ],
  '"due:+3d": due that long from now': [
    ['5 due:+3d', 'set_due_date', { date: '2026-01-25' }, id(5)],
    ['task 2 modify due:+1w', 'set_due_date', { date: '2026-01-29' }, id(2)],
    ['add call bank due:+2d', 'add_task', { title: 'call bank', due_date: '2026-01-24' }],
  ],
  "Taskwarrior's reports and a listing's fields": [
    ['task list +errands', 'filter_tasks', { tags: ['errands'] }],
    ['task overdue', 'filter_tasks', { due: 'overdue' }],
    ['task completed', 'list_tasks', { status: 'completed' }],
    ['task next', 'list_tasks', {}],
    ['ls pri:H status:pending', 'filter_tasks', { priority: ['high'], status: 'pending' }],
    ['list status:completed', 'list_tasks', { status: 'completed' }],
    ['ls +home pri:L', 'filter_tasks', { priority: ['low'], tags: ['home'] }],
    ['task list due.before:fri', 'filter_tasks', { due_before: '2026-01-23 00:00' }],
    ['ls due.after:2026-02-01', 'filter_tasks', { due_after: '2026-02-02 00:00' }],
  ],
  'order, how many and flags on a listing or a search': [
    ['list sort:due', 'sort_tasks', { field: 'due_date' }],
    ['ls sort:pri-', 'sort_tasks', { field: 'priority', order: 'desc' }],
    ['ls sort:title', 'sort_tasks', { field: 'title' }],
    ['ls -n 5', 'list_tasks', { limit: 5 }],
    ['list --limit 10', 'list_tasks', { limit: 10 }],
    ['ls | head -3', 'list_tasks', { limit: 3 }],
    ['grep -i invoice', 'search_tasks', { query: 'invoice' }],
    ['find --all dentist', 'search_tasks', { query: 'dentist' }],
  ],
  "todo.txt's priority letters, Todoist's !!1, fields written with = or as --flags": [
    ['pri 9 A', 'set_priority', { priority: 'high' }, id(9)],
    ['pri 4 C', 'set_priority', { priority: 'low' }, id(4)],
    ['pri 2 (B)', 'set_priority', { priority: 'medium' }, id(2)],
    ['add fix prod bug !!1', 'add_task', { title: 'fix prod bug', priority: 'high' }],
    ['add water plants !!3', 'add_task', { title: 'water plants', priority: 'low' }],
    ['add call Sam !!2', 'add_task', { title: 'call Sam', priority: 'medium' }],
    ['edit 3 title="Call the school" pri=high', 'update_task', { title: 'Call the school', priority: 'high' }, id(3)],
    ['add file taxes pri=H', 'add_task', { title: 'file taxes', priority: 'high' }],
    ['add "buy milk" --due tomorrow', 'add_task', { title: 'buy milk', due_date: '2026-01-23' }],
    ['add call Jo --priority high', 'add_task', { title: 'call Jo', priority: 'high' }],
    ['add buy tiles --project Work', 'add_task', { title: 'buy tiles', project: 'Work' }],
    ['add paint shed --tag diy', 'add_task', { title: 'paint shed', tags: ['diy'] }],
  ],
  'a reminder, a rule or a tag typed as a field on a new task': [
    ['add call Jo fri 2pm remind:30m', 'add_task', { title: 'call Jo', due_date: '2026-01-23 14:00', remind_before: '30m' }],
    ['add dentist mon 3pm reminder:-1h', 'add_task', { title: 'dentist', due_date: '2026-01-26 15:00', remind_before: '1h' }],
    ['remind #3 in 2h', 'set_reminder', { at: '2026-01-22 14:00' }, id(3)],
    ['remind 5 in 30m', 'set_reminder', { at: '2026-01-22 12:30' }, id(5)],
    ['add backup server recur:daily', 'create_recurring', { title: 'backup server', pattern: 'daily' }],
    ['add team sync recur:weekly', 'create_recurring', { title: 'team sync', pattern: 'weekly' }],
    ['every 2w: clean filter', 'create_recurring', { title: 'clean filter', pattern: 'FREQ=WEEKLY;INTERVAL=2' }],
    ['every 3d water the ferns', 'create_recurring', { title: 'water the ferns', pattern: 'FREQ=DAILY;INTERVAL=3' }],
    ['add paint fence +diy +outdoor', 'add_task', { title: 'paint fence', tags: ['diy', 'outdoor'] }],
    ['add prep deck +Work', 'add_task', { title: 'prep deck', project: 'Work' }],
    ['+ eggs +Groceries', 'add_task', { title: 'eggs', project: 'Groceries' }],
  ],
  'every task at once: asked': [
    ['done --all', ASK],
    ['rm -a', ASK],
  ],
};

describe('more of a line typed like a command line', () => {
  for (const [cause, rows] of Object.entries(CAUSES)) {
    describe(cause, () => {
      it.each(rows)('reads %j', (phrase, tool, args = {}, target) => {
        expect(meaning(asCall(read(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
      });
    });
  }
});

describe('what these shapes leave alone', () => {
  it.each([
    ['task 9 modify priority:M', 'set_priority', { priority: 'medium' }, id(9)],
    ['task 3 modify recur:weekly', 'update_task', { recurring: 'weekly' }, id(3)],
    ['task 5 modify recur:monthly', 'update_task', { recurring: 'monthly' }, id(5)],
    ['todo list please', 'list_tasks', {}],
    ['note to self: renew the passport', 'add_task', { title: 'renew the passport' }],
    ['add buy 2 bags of compost', 'add_task', { title: 'buy 2 bags of compost' }],
    ['remind me 30 minutes before the dentist', 'set_reminder', { before: '30m' }, t('dentist')],
  ] as Row[])('reads %j', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(read(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });
});

import { TOOL_NAMES } from '@doable/contracts';
import { describe, expect, it } from 'vitest';
import { type Interpretation, interpret, type TaskRef } from './offline-interpreter.ts';
import { id, last } from './said-rows.ts';

type Row = [phrase: string, tool: string, args: Record<string, unknown>, target?: TaskRef];

const title = (words: string): TaskRef => ({ title: words });

/** Phrasing → the tool call the interpreter should make (with dates kept as the phrase the tool resolves). */
export const PHRASINGS: Row[] = [
  // add_task
  [
    'add buy milk tomorrow at 5pm, high priority, tags home and errands',
    'add_task',
    { title: 'buy milk', due_date: 'tomorrow at 5pm', priority: 'high', tags: ['home', 'errands'] },
  ],
  ['add buy milk', 'add_task', { title: 'buy milk' }],
  ['Add Buy Milk', 'add_task', { title: 'Buy Milk' }],
  ['add task: call the plumber', 'add_task', { title: 'call the plumber' }],
  ['create a task to renew passport next friday', 'add_task', { title: 'renew passport', due_date: 'next friday' }],
  ['new task water the plants', 'add_task', { title: 'water the plants' }],
  ['add call mum tomorrow', 'add_task', { title: 'call mum', due_date: 'tomorrow' }],
  ['add pay bills by friday', 'add_task', { title: 'pay bills', due_date: 'friday' }],
  ['add submit report due next monday at 10am', 'add_task', { title: 'submit report', due_date: 'next monday at 10am' }],
  ['add dentist appointment on 2031-03-14', 'add_task', { title: 'dentist appointment', due_date: '2031-03-14' }],
  ['add finish slides, low priority', 'add_task', { title: 'finish slides', priority: 'low' }],
  ['add fix the roof high priority', 'add_task', { title: 'fix the roof', priority: 'high' }],
  ['add read a book with priority low', 'add_task', { title: 'read a book', priority: 'low' }],
  ['add book flights #travel #work', 'add_task', { title: 'book flights', tags: ['travel', 'work'] }],
  ['add buy stamps tagged errands', 'add_task', { title: 'buy stamps', tags: ['errands'] }],
  ['add clean garage, tags home, weekend', 'add_task', { title: 'clean garage', tags: ['home', 'weekend'] }],
  [
    'add send invoice tomorrow 9am and remind me 1 hour before',
    'add_task',
    { title: 'send invoice', due_date: 'tomorrow 9am', remind_before: '1h' },
  ],
  [
    'add team lunch on friday at noon, reminder 30 minutes before',
    'add_task',
    { title: 'team lunch', due_date: 'friday at noon', remind_before: '30m' },
  ],
  ['ADD PREPARE TAXES', 'add_task', { title: 'PREPARE TAXES' }],
  ['please add buy eggs', 'add_task', { title: 'buy eggs' }],
  ['ad buy bread', 'add_task', { title: 'buy bread' }],
  ['creat a task to feed the cat', 'add_task', { title: 'feed the cat' }],
  ['i need to call the bank tomorrow', 'add_task', { title: 'call the bank', due_date: 'tomorrow' }],
  ['remember to buy a gift', 'add_task', { title: 'buy a gift' }],
  ['remind me to call mum tomorrow at 6pm', 'add_task', { title: 'call mum', due_date: 'tomorrow at 6pm', remind_before: '0m' }],
  [
    'add urgent report for the board, high priority, tags work',
    'add_task',
    { title: 'urgent report for the board', priority: 'high', tags: ['work'] },
  ],
  ['add renew insurance in 2 weeks', 'add_task', { title: 'renew insurance', due_date: 'in 2 weeks' }],
  ['create task pick up kids at 3pm', 'add_task', { title: 'pick up kids', due_date: 'at 3pm' }],
  // create_recurring
  ['every monday at 9am standup', 'create_recurring', { title: 'standup', pattern: 'FREQ=WEEKLY;BYDAY=MO', due_date: 'monday at 9am' }],
  ['every day take vitamins', 'create_recurring', { title: 'take vitamins', pattern: 'daily' }],
  ['daily standup at 9:30am', 'create_recurring', { title: 'standup', pattern: 'daily', due_date: 'at 9:30am' }],
  ['add water plants every week', 'create_recurring', { title: 'water plants', pattern: 'weekly' }],
  ['add pay rent every month', 'create_recurring', { title: 'pay rent', pattern: 'monthly' }],
  ['add pay rent monthly starting jan 31', 'create_recurring', { title: 'pay rent', pattern: 'monthly', due_date: 'jan 31' }],
  ['every 2 weeks clean the fridge', 'create_recurring', { title: 'clean the fridge', pattern: 'FREQ=WEEKLY;INTERVAL=2' }],
  [
    'every weekday at 8am check email',
    'create_recurring',
    {
      title: 'check email',
      pattern: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
      due_date: 'monday or tuesday or wednesday or thursday or friday at 8am',
    },
  ],
  [
    'every tuesday and thursday gym at 7pm',
    'create_recurring',
    { title: 'gym', pattern: 'FREQ=WEEKLY;BYDAY=TU,TH', due_date: 'tuesday or thursday at 7pm' },
  ],
  [
    'create a recurring task to back up laptop every friday',
    'create_recurring',
    { title: 'back up laptop', pattern: 'FREQ=WEEKLY;BYDAY=FR', due_date: 'friday' },
  ],
  ['Every Month pay credit card, high priority', 'create_recurring', { title: 'pay credit card', pattern: 'monthly', priority: 'high' }],
  ['add weekly review tagged work', 'create_recurring', { title: 'review', pattern: 'weekly', tags: ['work'] }],
  ['every year renew domain', 'create_recurring', { title: 'renew domain', pattern: 'FREQ=YEARLY' }],
  ['remind me to stretch every day at 3pm', 'create_recurring', { title: 'stretch', pattern: 'daily', due_date: 'at 3pm' }],
  ['every other day water the garden', 'create_recurring', { title: 'water the garden', pattern: 'FREQ=DAILY;INTERVAL=2' }],
  ['evry monday team sync', 'create_recurring', { title: 'team sync', pattern: 'FREQ=WEEKLY;BYDAY=MO', due_date: 'monday' }],
  [
    'add pay rent every month on the 1st, high',
    'create_recurring',
    { title: 'pay rent', pattern: 'FREQ=MONTHLY;BYMONTHDAY=1', due_date: 'the 1st', priority: 'high' },
  ],
  ['add water plants tomorrow 9am, daily', 'create_recurring', { title: 'water plants', pattern: 'daily', due_date: 'tomorrow at 9am' }],
  [
    'every week call grandma on sunday at 6pm, tags family',
    'create_recurring',
    { title: 'call grandma', pattern: 'weekly', due_date: 'sunday at 6pm', tags: ['family'] },
  ],
  [
    'add take out the bins every week next tuesday, low priority #home',
    'create_recurring',
    { title: 'take out the bins', pattern: 'weekly', due_date: 'next tuesday', priority: 'low', tags: ['home'] },
  ],
  [
    'add file expenses monthly from march 3 at 10am',
    'create_recurring',
    { title: 'file expenses', pattern: 'monthly', due_date: 'march 3 at 10am' },
  ],
  [
    'add renew car insurance every year on june 15, high priority, tagged car',
    'create_recurring',
    { title: 'renew car insurance', pattern: 'FREQ=YEARLY', due_date: 'june 15', priority: 'high', tags: ['car'] },
  ],
  // set_reminder
  ['remind me 1 hour before', 'set_reminder', { before: '1h' }, last],
  ['remind me 30 minutes before', 'set_reminder', { before: '30m' }, last],
  ['remind me a day before', 'set_reminder', { before: '1d' }, last],
  ['remind me about 12 2 hours before', 'set_reminder', { before: '2h' }, id(12)],
  ['remind me 1 day before the dentist', 'set_reminder', { before: '1d' }, title('dentist')],
  ['set a reminder for 7 15 min before', 'set_reminder', { before: '15m' }, id(7)],
  ['remind me about buy milk at 4pm', 'set_reminder', { at: '4pm' }, title('buy milk')],
  ['remind me about 12 tomorrow at 8am', 'set_reminder', { at: 'tomorrow at 8am' }, id(12)],
  ['remind me at 8am tomorrow about 12', 'set_reminder', { at: '8am tomorrow' }, id(12)],
  ['remove the reminder from 12', 'set_reminder', { clear: true }, id(12)],
  ['cancel reminder for the dentist task', 'set_reminder', { clear: true }, title('dentist')],
  ['Remind Me 1h Before', 'set_reminder', { before: '1h' }, last],
  ['remind me one week before it', 'set_reminder', { before: '1w' }, last],
  // search_tasks
  ['search milk', 'search_tasks', { query: 'milk' }],
  ['search for dentist', 'search_tasks', { query: 'dentist' }],
  ['find invoice', 'search_tasks', { query: 'invoice' }],
  ['look for passport', 'search_tasks', { query: 'passport' }],
  ['serach milk', 'search_tasks', { query: 'milk' }],
  ['SEARCH Groceries', 'search_tasks', { query: 'Groceries' }],
  ['anything about the report?', 'search_tasks', { query: 'report' }],
  ['tasks mentioning budget', 'search_tasks', { query: 'budget' }],
  ['find tasks about taxes', 'search_tasks', { query: 'taxes' }],
  ['do i have a task about the car', 'search_tasks', { query: 'car' }],
  // sort_tasks
  ['sort by due date', 'sort_tasks', { field: 'due_date' }],
  ['sort by priority', 'sort_tasks', { field: 'priority' }],
  ['sort alphabetically', 'sort_tasks', { field: 'title' }],
  ['sort by title z-a', 'sort_tasks', { field: 'title', order: 'desc' }],
  ['sort by due date descending', 'sort_tasks', { field: 'due_date', order: 'desc' }],
  ['sort by priority, lowest first', 'sort_tasks', { field: 'priority', order: 'asc' }],
  ['order by created date', 'sort_tasks', { field: 'created_at' }],
  ['sort by newest', 'sort_tasks', { field: 'created_at', order: 'desc' }],
  ['sort by oldest first', 'sort_tasks', { field: 'created_at', order: 'asc' }],
  ['sort by last updated', 'sort_tasks', { field: 'updated_at' }],
  ['show my tasks sorted by due date', 'sort_tasks', { field: 'due_date' }],
  ['sort pending tasks by priority', 'sort_tasks', { field: 'priority', status: 'pending' }],
  ['srot by due date', 'sort_tasks', { field: 'due_date' }],
  ['Sort By Name A-Z', 'sort_tasks', { field: 'title', order: 'asc' }],
  ['list tasks by priority', 'sort_tasks', { field: 'priority' }],
  // complete_task
  ['mark buy milk as done', 'complete_task', {}, title('buy milk')],
  ['complete 12', 'complete_task', {}, id(12)],
  ['complete task 12', 'complete_task', {}, id(12)],
  ['mark #4 done', 'complete_task', {}, id(4)],
  ['finish the report', 'complete_task', {}, title('report')],
  ['done with laundry', 'complete_task', {}, title('laundry')],
  ['i finished the taxes', 'complete_task', {}, title('taxes')],
  ['check off buy milk', 'complete_task', {}, title('buy milk')],
  ['compelte 12', 'complete_task', {}, id(12)],
  ['Mark Buy Milk As Complete', 'complete_task', {}, title('Buy Milk')],
  ['buy milk is done', 'complete_task', {}, title('buy milk')],
  ['12 done', 'complete_task', {}, id(12)],
  ['mark it as done', 'complete_task', {}, last],
  ['reopen 12', 'complete_task', { completed: false }, id(12)],
  ['mark buy milk as not done', 'complete_task', { completed: false }, title('buy milk')],
  ['uncomplete the dentist task', 'complete_task', { completed: false }, title('dentist')],
  ['mark 5 as pending', 'complete_task', { completed: false }, id(5)],
  // delete_task
  ['delete the dentist task', 'delete_task', {}, title('dentist')],
  ['delete 12', 'delete_task', {}, id(12)],
  ['remove task 3', 'delete_task', {}, id(3)],
  ['delte buy milk', 'delete_task', {}, title('buy milk')],
  ['get rid of the gym task', 'delete_task', {}, title('gym')],
  ['DELETE #8', 'delete_task', {}, id(8)],
  ['erase it', 'delete_task', {}, last],
  ['cancel the team lunch', 'delete_task', {}, title('team lunch')],
  // add_tag
  ['tag 12 urgent', 'add_tag', { tag: 'urgent' }, id(12)],
  ['tag buy milk as errands', 'add_tag', { tag: 'errands' }, title('buy milk')],
  ['add tag work to 7', 'add_tag', { tag: 'work' }, id(7)],
  ['add the home tag to buy milk', 'add_tag', { tag: 'home' }, title('buy milk')],
  ['add #urgent to 3', 'add_tag', { tag: 'urgent' }, id(3)],
  ['label 4 with personal', 'add_tag', { tag: 'personal' }, id(4)],
  ['Tag 12 URGENT', 'add_tag', { tag: 'urgent' }, id(12)],
  ['tga 12 home', 'add_tag', { tag: 'home' }, id(12)],
  ['tag it work', 'add_tag', { tag: 'work' }, last],
  // remove_tag
  ['untag 12 home', 'remove_tag', { tag: 'home' }, id(12)],
  ['remove tag home from 12', 'remove_tag', { tag: 'home' }, id(12)],
  ['remove the urgent tag from buy milk', 'remove_tag', { tag: 'urgent' }, title('buy milk')],
  ['untag buy milk errands', 'remove_tag', { tag: 'errands' }, title('buy milk')],
  ['delete tag work from 9', 'remove_tag', { tag: 'work' }, id(9)],
  ['Untag 12 Home', 'remove_tag', { tag: 'home' }, id(12)],
  // set_priority
  ['set priority of 12 to high', 'set_priority', { priority: 'high' }, id(12)],
  ['set 12 priority to low', 'set_priority', { priority: 'low' }, id(12)],
  ['make 12 high priority', 'set_priority', { priority: 'high' }, id(12)],
  ['make buy milk low priority', 'set_priority', { priority: 'low' }, title('buy milk')],
  ['change the priority of the report to medium', 'set_priority', { priority: 'medium' }, title('report')],
  ['12 is urgent', 'set_priority', { priority: 'high' }, id(12)],
  ['prioritize the taxes', 'set_priority', { priority: 'high' }, title('taxes')],
  ['deprioritize 4', 'set_priority', { priority: 'low' }, id(4)],
  ['mark 6 as important', 'set_priority', { priority: 'high' }, id(6)],
  ['Set Priority Of 3 To LOW', 'set_priority', { priority: 'low' }, id(3)],
  ['set prority of 12 to high', 'set_priority', { priority: 'high' }, id(12)],
  ['make it urgent', 'set_priority', { priority: 'high' }, last],
  // set_due_date
  ['move 12 to next friday', 'set_due_date', { date: 'next friday' }, id(12)],
  ['reschedule buy milk to tomorrow 5pm', 'set_due_date', { date: 'tomorrow 5pm' }, title('buy milk')],
  ['postpone 3 until monday', 'set_due_date', { date: 'monday' }, id(3)],
  // postpone_task: the due date moves by an amount from where it is.
  ['push 3 back 2 days', 'postpone_task', { by: 'P2D' }, id(3)],
  ['bring 3 forward an hour', 'postpone_task', { by: '-PT1H' }, id(3)],
  ['push the report to next week', 'set_due_date', { date: 'next week' }, title('report')],
  ['set the due date of 12 to 2031-05-01', 'set_due_date', { date: '2031-05-01' }, id(12)],
  ['change 7 due date to friday at noon', 'set_due_date', { date: 'friday at noon' }, id(7)],
  ['make 5 due tomorrow', 'set_due_date', { date: 'tomorrow' }, id(5)],
  ['buy milk is due on saturday', 'set_due_date', { date: 'saturday' }, title('buy milk')],
  ['clear the due date of 12', 'set_due_date', { date: null }, id(12)],
  ['remove the deadline from buy milk', 'set_due_date', { date: null }, title('buy milk')],
  ['mvoe 12 to next friday', 'set_due_date', { date: 'next friday' }, id(12)],
  ['Move It To Tomorrow 9am', 'set_due_date', { date: 'Tomorrow 9am' }, last],
  // update_task
  ['rename 12 to buy oat milk', 'update_task', { title: 'buy oat milk' }, id(12)],
  ['rename buy milk to buy oat milk', 'update_task', { title: 'buy oat milk' }, title('buy milk')],
  ['change the title of 4 to call dad', 'update_task', { title: 'call dad' }, id(4)],
  ['set the description of 12 to get the 2 litre bottle', 'update_task', { description: 'get the 2 litre bottle' }, id(12)],
  ['renmae 3 to pay rent', 'update_task', { title: 'pay rent' }, id(3)],
  // filter_tasks
  ['show my high priority work tasks due this week', 'filter_tasks', { priority: ['high'], tags: ['work'], due: 'this_week' }],
  ["what's overdue?", 'filter_tasks', { due: 'overdue' }],
  ['whats overdue', 'filter_tasks', { due: 'overdue' }],
  ['show overdue tasks', 'filter_tasks', { due: 'overdue' }],
  ['what is due today', 'filter_tasks', { due: 'today' }],
  ['what do I have tomorrow', 'filter_tasks', { due: 'tomorrow' }],
  ['show tasks due next week', 'filter_tasks', { due: 'next_week' }],
  ['show high priority tasks', 'filter_tasks', { priority: ['high'] }],
  ['list low priority tasks', 'filter_tasks', { priority: ['low'] }],
  ['show pending high priority tasks', 'filter_tasks', { priority: ['high'], status: 'pending' }],
  ['show tasks tagged home', 'filter_tasks', { tags: ['home'] }],
  ['show work tasks', 'filter_tasks', { tags: ['work'] }],
  ['show completed work tasks', 'filter_tasks', { tags: ['work'], status: 'completed' }],
  ['show tasks tagged home and errands', 'filter_tasks', { tags: ['home', 'errands'] }],
  ['list tasks with tag urgent', 'filter_tasks', { tags: ['urgent'] }],
  ['show high and medium priority tasks', 'filter_tasks', { priority: ['high', 'medium'] }],
  ['show tasks due before friday', 'filter_tasks', { due_before: 'friday 00:00' }],
  ['Show My HIGH Priority Tasks', 'filter_tasks', { priority: ['high'] }],
  ['shwo overdue tasks', 'filter_tasks', { due: 'overdue' }],
  ['which urgent tasks are due this week', 'filter_tasks', { priority: ['high'], due: 'this_week' }],
  // list_tasks
  ['list my tasks', 'list_tasks', {}],
  ['show all tasks', 'list_tasks', {}],
  ['show my tasks', 'list_tasks', {}],
  ['what do i have to do', 'list_tasks', { status: 'pending' }],
  ['show completed tasks', 'list_tasks', { status: 'completed' }],
  ['list pending tasks', 'list_tasks', { status: 'pending' }],
  ['what have I finished', 'list_tasks', { status: 'completed' }],
  ['tasks', 'list_tasks', {}],
  ['lsit my todos', 'list_tasks', {}],
  // found by probing after the first tables, then handled
  ['remind me tomorrow at 9 to call bob', 'add_task', { title: 'call bob', due_date: 'tomorrow at 9', remind_before: '0m' }],
  ['change priority to high', 'set_priority', { priority: 'high' }, last],
  ['how many tasks do I have', 'list_tasks', {}],
  ['make buy milk recur weekly', 'update_task', { recurring: 'weekly' }, title('buy milk')],
  ['stop repeating 12', 'update_task', { recurring: null }, id(12)],
  ['12 repeats every monday', 'update_task', { recurring: 'FREQ=WEEKLY;BYDAY=MO' }, id(12)],
  ['make 4 a one-off', 'update_task', { recurring: null }, id(4)],
  ["add 'march on washington' reading", 'add_task', { title: 'march on washington reading' }],
  ['add "March madness" tickets friday', 'add_task', { title: 'March madness tickets', due_date: 'friday' }],
  // list_tags
  ['list my tags', 'list_tags', {}],
  ['what tags do i have', 'list_tags', {}],
  ['show tags', 'list_tags', {}],
  ['tags', 'list_tags', {}],
  ['Which Labels Do I Use', 'list_tags', {}],
];

const PROJECT_TOOLS = ['list_projects', 'create_project', 'share_project', 'assign_task', 'move_task'];

const HELP: string[] = ['hello', 'what can you do', 'blorp', 'the weather is nice', ''];

function expected(row: Row): Interpretation {
  const [, tool, args, target] = row;
  return { kind: 'call', tool, args, ...(target ? { target } : {}) } as Interpretation;
}

describe('offline interpreter', () => {
  it(`reads at least 150 phrasings (${PHRASINGS.length})`, () => {
    expect(PHRASINGS.length).toBeGreaterThanOrEqual(150);
  });

  // One case per phrasing, so a miss names itself; a phrasing the interpreter cannot read yet stays out of the table.
  it.each(PHRASINGS)('reads %j as a call to %s', (...row) => {
    expect(normalise(interpret(row[0]))).toEqual(normalise(expected(row)));
  });

  // Knowing the caller's projects changes nothing for a sentence that names none of them.
  it.each(PHRASINGS)('reads %j the same for a caller with projects', (...row) => {
    expect(normalise(interpret(row[0], { projects: ['Groceries', 'Garden Club'] }))).toEqual(normalise(expected(row)));
  });

  it.each(HELP)('answers %j with help', (phrase) => {
    expect(interpret(phrase).kind).toBe('help');
  });

  it('covers every tool', () => {
    const tools = new Set(PHRASINGS.map((row) => row[1]));
    // create_recurring_task is the same tool under its second name; the interpreter calls create_recurring.
    // quick_add hands a typed line to the quick-add parser; the interpreter reads its own "add …" sentences.
    // add_tasks is add_task for a batch an assistant already has; one sentence adds one task.
    // The project tools are read in projects.test.ts, for a caller with projects; add_subtask in
    // subtasks.test.ts.
    const elsewhere = new Set(['create_recurring_task', 'quick_add', 'add_tasks', 'add_subtask', ...PROJECT_TOOLS]);
    for (const tool of TOOL_NAMES.filter((name) => !elsewhere.has(name))) {
      expect(tools.has(tool), tool).toBe(true);
    }
  });
});

function normalise(value: Interpretation): unknown {
  if (value.kind !== 'call') return value;
  const sorted = Object.fromEntries(Object.entries(value.args).sort(([a], [b]) => a.localeCompare(b)));
  return { tool: value.tool, args: sorted, target: value.target ?? null };
}

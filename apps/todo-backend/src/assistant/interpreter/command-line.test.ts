import { describe, expect, it } from 'vitest';
import { CORPUS_PROJECTS } from '../eval/language-corpus.ts';
import { asCall, meaning } from '../eval/language-eval.ts';
import { inCommandLine } from './command-line.ts';
import { interpret } from './offline-interpreter.ts';
import { id, last, type Said as Row, t } from './said-rows.ts';

// Lines typed the way Todoist, Taskwarrior, todo.txt and slash commands are typed, each cause with the corpus's
// phrasing and others of the same shape. Compared by meaning, as the language evaluation compares (dates at its clock,
// Thursday 22 January 2026 at noon UTC).

const read = (sentence: string) => interpret(sentence, { projects: CORPUS_PROJECTS });
const ASK = null;

const CAUSES: Record<string, Row[]> = {
  'todo.txt\'s "x" for done, and flags the chat does not have': [
    ['x dentist', 'complete_task', {}, t('dentist')],
    ['x the gym one', 'complete_task', {}, t('gym')],
    ['rm 3 -y', 'delete_task', {}, id(3)],
    ['del 14 --force', 'delete_task', {}, id(14)],
    ['done 7 --quiet', 'complete_task', {}, id(7)],
    ['14 x', 'complete_task', {}, id(14)],
    ['14 rm', 'delete_task', {}, id(14)],
  ],
  'please before a command, thanks after it': [
    ['please ls', 'list_tasks', {}],
    ['please /done dentist', 'complete_task', {}, t('dentist')],
    ['snooze gym +2d, thanks!', 'postpone_task', { by: 'P2D' }, t('gym')],
    ['pls 14 +urgent', 'add_tag', { tag: 'urgent' }, id(14)],
    ['p1 on tax return, thx', 'set_priority', { priority: 'high' }, t('tax return')],
    ['could you rm due from 9 please', 'set_due_date', { date: null }, id(9)],
  ],
  'a prompt, a slash or an acknowledgement before the command': [
    ['/add water the plants', 'add_task', { title: 'water the plants' }],
    ['/done dentist', 'complete_task', {}, t('dentist')],
    ['> ls overdue', 'filter_tasks', { due: 'overdue' }],
    ['ok. ls today pls', 'filter_tasks', { due: 'today' }],
    ['/delete the gym one', 'delete_task', {}, t('gym')],
    ['$ add renew the car tax', 'add_task', { title: 'renew the car tax' }],
    ['/todo done 12', 'complete_task', {}, id(12)],
    ['k. rm 9', 'delete_task', {}, id(9)],
    ['t: dentist mon 3p', 'add_task', { title: 'dentist', due_date: '2026-01-26 15:00' }],
    ['task add call bob due:fri', 'add_task', { title: 'call bob', due_date: '2026-01-23' }],
  ],
  '"ls" for the list': [
    ['ls', 'list_tasks', {}],
    ['ls today', 'filter_tasks', { due: 'today' }],
    ['ls done', 'list_tasks', { status: 'completed' }],
    ['ls tags', 'list_tags', {}],
    ['ls tomorrow', 'filter_tasks', { due: 'tomorrow' }],
    ['ls labels', 'list_tags', {}],
    ['ls completed', 'list_tasks', { status: 'completed' }],
    ['ls p1 today', 'filter_tasks', { priority: ['high'], due: 'today' }],
    ['show p2 this week', 'filter_tasks', { priority: ['medium'], due: 'this_week' }],
    ['show today p1', 'filter_tasks', { priority: ['high'], due: 'today' }],
  ],
  'key:value fields (Taskwarrior, todo.txt)': [
    ["add 'call bob' due:tmr", 'add_task', { title: 'call bob', due_date: '2026-01-23' }],
    ['+ renew domain due:eow', 'add_task', { title: 'renew domain', due_date: '2026-01-23' }],
    ['ls due:tmr', 'filter_tasks', { due: 'tomorrow' }],
    ["add 'call bob' pri:H", 'add_task', { title: 'call bob', priority: 'high' }],
    ['task 9 modify priority:M', 'set_priority', { priority: 'medium' }, id(9)],
    ['task 7 modify due:2026-03-01', 'set_due_date', { date: '2026-03-01' }, id(7)],
    ['add fix the gate project:"Home Projects"', 'add_task', { title: 'fix the gate', project: 'Home Projects' }],
    ['edit 22 title="Q1 taxes"', 'update_task', { title: 'Q1 taxes' }, id(22)],
    ['title 14: submit expenses', 'update_task', { title: 'submit expenses' }, id(14)],
    ['desc 9: door code 4471, 2nd floor', 'update_task', { description: 'door code 4471, 2nd floor' }, id(9)],
    ['note dentist: bring insurance card', 'update_task', { description: 'bring insurance card' }, t('dentist')],
    ['add order printer paper due:fri pri:L', 'add_task', { title: 'order printer paper', due_date: '2026-01-23', priority: 'low' }],
    ['task 3 modify recur:weekly', 'update_task', { recurring: 'weekly' }, id(3)],
    ['5 pri:H', 'set_priority', { priority: 'high' }, id(5)],
    ['add buy tiles project:Work', 'add_task', { title: 'buy tiles', project: 'Work' }],
    ['desc 4: gate code 1234', 'update_task', { description: 'gate code 1234' }, id(4)],
    ['note boiler: engineer comes at 8', 'update_task', { description: 'engineer comes at 8' }, t('boiler')],
    ['edit 6 title=Pay the nursery', 'update_task', { title: 'Pay the nursery' }, id(6)],
    ['task 3 annotate call first', 'update_task', { description: 'call first' }, id(3)],
    ['pri 14 H', 'set_priority', { priority: 'high' }, id(14)],
    ['rec 12 weekly', 'update_task', { recurring: 'weekly' }, id(12)],
    ['remind 9 @ 8am', 'set_reminder', { at: '2026-01-23 08:00' }, id(9)],
    ['mv 4 tmr', 'set_due_date', { date: '2026-01-23' }, id(4)],
  ],
  '"+tag" and "-tag"': [
    ['tag budget +finance', 'add_tag', { tag: 'finance' }, t('budget')],
    ['14 +urgent', 'add_tag', { tag: 'urgent' }, id(14)],
    ['task 12 modify -home', 'remove_tag', { tag: 'home' }, id(12)],
    ['3 -errands', 'remove_tag', { tag: 'errands' }, id(3)],
    ['tag 3 -work', 'remove_tag', { tag: 'work' }, id(3)],
    ['tag the dentist one +health', 'add_tag', { tag: 'health' }, t('dentist')],
    ['#8 +work', 'add_tag', { tag: 'work' }, id(8)],
  ],
  'a priority code before the task': [
    ['p1 on tax return', 'set_priority', { priority: 'high' }, t('tax return')],
    ['p3 the gym one', 'set_priority', { priority: 'low' }, t('gym')],
    ['p2 for the invoice', 'set_priority', { priority: 'medium' }, t('invoice')],
    ['p1 12', 'set_priority', { priority: 'high' }, id(12)],
    ['!1 on the newsletter', 'set_priority', { priority: 'high' }, t('newsletter')],
    ['!3 for 7', 'set_priority', { priority: 'low' }, id(7)],
  ],
  'a length of time run together': [
    ['remind -30m before dentist', 'set_reminder', { before: '30m' }, t('dentist')],
    ['/remind me to stretch in 20m', 'add_task', { title: 'stretch', due_date: '2026-01-22 12:20', remind_before: '0m' }],
    ['snooze gym +2d', 'postpone_task', { by: 'P2D' }, t('gym')],
    ['snooze 14 1w', 'postpone_task', { by: 'P1W' }, id(14)],
    ['remind 14 -1h', 'set_reminder', { before: '1h' }, id(14)],
    ['remind me re: dentist -1d', 'set_reminder', { before: '1d' }, t('dentist')],
    ['remind me -15m before the standup', 'set_reminder', { before: '15m' }, t('standup')],
    ['snooze the report +3d', 'postpone_task', { by: 'P3D' }, t('report')],
    ['mv 4 +1d', 'postpone_task', { by: 'P1D' }, id(4)],
    ['postpone 6 2w', 'postpone_task', { by: 'P2W' }, id(6)],
    ['remind me to call bob in 2h', 'add_task', { title: 'call bob', due_date: '2026-01-22 14:00', remind_before: '0m' }],
  ],
  'a field removed, never the task': [
    ['rm due from 9', 'set_due_date', { date: null }, id(9)],
    ['clear due on the gym one', 'set_due_date', { date: null }, t('gym')],
    ['rm due date from 4', 'set_due_date', { date: null }, id(4)],
    ['rm reminder 12', 'set_reminder', { clear: true }, id(12)],
    ['no remind 12', 'set_reminder', { clear: true }, id(12)],
    ['remind the dentist one off', 'set_reminder', { clear: true }, t('dentist')],
  ],
  '"->" for "to", "/" and "#" for a project': [
    ['mv 14 -> work', 'move_task', { project: 'Work' }, id(14)],
    ['+ eggs /groceries', 'add_task', { title: 'eggs', project: 'Groceries' }],
    ['ls #groceries', 'list_tasks', { project: 'Groceries' }],
    ["what's in /garden club", 'list_tasks', { project: 'Garden Club' }],
    ["what's @work", 'filter_tasks', { tags: ['work'] }],
    ['mv the dentist -> fri', 'set_due_date', { date: '2026-01-23' }, t('dentist')],
    ['move 3 => home projects', 'move_task', { project: 'Home Projects' }, id(3)],
    ['14 due fri', 'set_due_date', { date: '2026-01-23' }, id(14)],
    ['due 8 mon 9a', 'set_due_date', { date: '2026-01-26 09:00' }, id(8)],
    ['3: due fri', 'set_due_date', { date: '2026-01-23' }, id(3)],
    ['move 3 to eow', 'set_due_date', { date: '2026-01-23' }, id(3)],
    ['set 3 due eom', 'set_due_date', { date: '2026-01-31' }, id(3)],
    ['add pay rent eom', 'add_task', { title: 'pay rent', due_date: '2026-01-31' }],
    ['ls /work', 'list_tasks', { project: 'Work' }],
    ["what's #errands", 'filter_tasks', { tags: ['errands'] }],
    ['share #work w/ dana@example.com', 'share_project', { project: 'Work', email: 'dana@example.com' }],
    ['mv 14 /groceries', 'move_task', { project: 'Groceries' }, id(14)],
    ['mv 14 #work', 'move_task', { project: 'Work' }, id(14)],
  ],
  'rules typed short': [
    [
      'rec: standup every wkday 9:15',
      'create_recurring',
      { title: 'standup', pattern: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', due_date: '2026-01-23 09:15' },
    ],
    [
      'rec: timesheet every fri 4p',
      'create_recurring',
      { title: 'timesheet', pattern: 'FREQ=WEEKLY;BYDAY=FR', due_date: '2026-01-23 16:00' },
    ],
    ['stop recurring 12', 'update_task', { recurring: null }, id(12)],
    [
      '1:1 w/ manager biweekly tue 14:00',
      'create_recurring',
      { title: '1:1 w/ manager', pattern: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU', due_date: '2026-01-27 14:00' },
    ],
    ['rec: water the plants every 3 days', 'create_recurring', { title: 'water the plants', pattern: 'FREQ=DAILY;INTERVAL=3' }],
    ['stop recurring the gym one', 'update_task', { recurring: null }, t('gym')],
    [
      'sync w/ design biweekly on mon 10:00',
      'create_recurring',
      { title: 'sync w/ design', pattern: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO', due_date: '2026-01-26 10:00' },
    ],
  ],
  'many tasks or two commands at once: asked': [
    ['rm #errands', ASK],
    ['rm 14 && add call bob', ASK],
    ['done *', ASK],
    ['rm *', ASK],
    ['done 3 && rm 4', ASK],
    ['done 3; rm 4', ASK],
    ['rm 14 15', ASK],
    ['done 12 13 14', ASK],
    ['delete @home', ASK],
  ],
};

describe('a line typed like a command line', () => {
  for (const [cause, rows] of Object.entries(CAUSES)) {
    describe(cause, () => {
      it.each(rows)('reads %j', (phrase, tool, args = {}, target) => {
        expect(meaning(asCall(read(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
      });
    });
  }
});

describe('what the command-line shapes leave alone', () => {
  it.each([
    ['remove #27', 'delete_task', {}, id(27)],
    ['move 9 back a week', 'postpone_task', { by: 'P1W' }, id(9)],
    ['mv 4 work', ASK],
    ['remove the reminder task about the bins', 'delete_task', {}, t('reminder task about the bins')],
    ['new project: Camping', 'create_project', { name: 'Camping' }],
    ['note to self: renew the passport', 'add_task', { title: 'renew the passport' }],
    ['note on the insurance task: policy number is AB-123', 'update_task', { description: 'policy number is AB-123' }, t('insurance')],
    [
      'add dinner with Jo saturday 8pm; remind me 90 minutes before',
      'add_task',
      { title: 'dinner with Jo', due_date: '2026-01-24 20:00', remind_before: '1h30m' },
    ],
    ['rename it: call bob back', 'update_task', { title: 'call bob back' }, last],
  ] as Row[])('reads %j', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(read(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });

  it('says nothing new of a sentence in plain words', () => {
    expect(inCommandLine('please move the dentist to friday at 3pm')).toBe('please move the dentist to friday at 3pm');
  });
});

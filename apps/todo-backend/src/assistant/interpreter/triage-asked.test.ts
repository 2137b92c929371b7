import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, type Said, t } from './said-rows.ts';
import { triageAsked } from './triage-asked.ts';

const known = { projects: ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'] };
const read = (phrase: string) => interpret(phrase, known);

describe('questions in the words of sorting out what matters', () => {
  it.each<Said>([
    ['anything critical?', 'filter_tasks', { priority: ['high'] }],
    ['list everything critical in Home Projects', 'filter_tasks', { priority: ['high'], project: 'Home Projects' }],
    ['any critical stuff due today?', 'filter_tasks', { priority: ['high'], due: 'today' }],
    ["what's on fire", 'filter_tasks', { priority: ['high'] }],
    ['anything on fire in Work?', 'filter_tasks', { priority: ['high'], project: 'Work' }],
    ['which ones did I flag?', 'filter_tasks', { priority: ['high'] }],
    ['what have I starred', 'filter_tasks', { priority: ['high'] }],
    ['show me the flagged ones', 'filter_tasks', { priority: ['high'] }],
    ["what's slipping?", 'filter_tasks', { due: 'overdue' }],
    ["what's slipping in Garden Club", 'filter_tasks', { due: 'overdue', project: 'Garden Club' }],
    ['what slipped this week', 'filter_tasks', { due: 'overdue' }],
    ['show the non-urgent stuff', 'filter_tasks', { priority: ['low'] }],
    ['what are the least important things on my list?', 'filter_tasks', { priority: ['low'] }],
    ['anything less urgent?', 'filter_tasks', { priority: ['low'] }],
    ["what's the most important thing", 'filter_tasks', { priority: ['high'] }],
    ["what's high or medium in Work", 'filter_tasks', { priority: ['high', 'medium'], project: 'Work' }],
    ['anything low?', 'filter_tasks', { priority: ['low'] }],
    ["what's the lowest priority stuff", 'filter_tasks', { priority: ['low'] }],
    ['top 3 for today', 'filter_tasks', { due: 'today', limit: 3 }],
    ['top five for tomorrow', 'filter_tasks', { due: 'tomorrow', limit: 5 }],
    ["what's tagged client and due soon", 'filter_tasks', { tags: ['client'], due: 'this_week' }],
    // What is left undone past its date, said as stuck or put off; after a sigh or a greeting too.
    ["what's stuck", 'filter_tasks', { due: 'overdue' }],
    ['ugh. ok. whats stuck', 'filter_tasks', { due: 'overdue' }],
    ['what have I been putting off', 'filter_tasks', { due: 'overdue' }],
    ['what have I put off in Home Projects', 'filter_tasks', { due: 'overdue', project: 'Home Projects' }],
    ['anything I keep avoiding?', 'filter_tasks', { due: 'overdue' }],
    ['hiya, what is slipping?', 'filter_tasks', { due: 'overdue' }],
    ['top 5 for tmrw', 'filter_tasks', { due: 'tomorrow', limit: 5 }],
  ])('%s', (phrase, tool, args) => {
    expect(read(phrase)).toEqual(call(tool as string, args ?? {}));
  });

  it('leaves an order asked for to the sort rules', () => {
    expect(read('show the lowest priority tasks first')).toEqual(call('sort_tasks', { field: 'priority', order: 'asc' }));
    expect(triageAsked('top 5 in Work by priority')).toBeUndefined();
  });

  it('leaves the same words in a title or a change alone', () => {
    expect(triageAsked('add Critical Role episode')).toBeUndefined();
    expect(read('add Critical Role episode')).toEqual(call('add_task', { title: 'Critical Role episode' }));
    expect(read('the critical path review can wait')).toEqual(call('set_priority', { priority: 'low' }, t('critical path review')));
    expect(read('tag the budget as critical')).toEqual(call('add_tag', { tag: 'critical' }, t('budget')));
    expect(read('flag the invoice')).toEqual(call('set_priority', { priority: 'high' }, t('invoice')));
    expect(read('is there a task about urgent care?')).toMatchObject({ tool: 'search_tasks' });
  });
});

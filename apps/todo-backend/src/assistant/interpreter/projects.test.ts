import { describe, expect, it } from 'vitest';
import { type Interpretation, interpret, type TaskRef } from './offline-interpreter.ts';
import { id } from './said-rows.ts';

type Row = [phrase: string, tool: string, args: Record<string, unknown>, target?: TaskRef];

const title = (words: string): TaskRef => ({ title: words });

/** The caller's projects in these cases. */
const KNOWN = { projects: ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'] };

/** Phrasing → tool call, for a caller with the projects above. */
const PROJECT_PHRASINGS: Row[] = [
  // add_task into a project
  ['add milk to Groceries', 'add_task', { title: 'milk', project: 'Groceries' }],
  ['add milk to groceries', 'add_task', { title: 'milk', project: 'Groceries' }],
  ['add eggs to my Groceries list', 'add_task', { title: 'eggs', project: 'Groceries' }],
  ['add bread to the groceries project tomorrow', 'add_task', { title: 'bread', project: 'Groceries', due_date: 'tomorrow' }],
  ['add prune the roses to Garden Club, high priority', 'add_task', { title: 'prune the roses', project: 'Garden Club', priority: 'high' }],
  ['put apples in groceries', 'add_task', { title: 'apples', project: 'Groceries' }],
  ['add write the report to work by friday', 'add_task', { title: 'write the report', project: 'Work', due_date: 'friday' }],
  ['i need to call the bank in work', 'add_task', { title: 'call the bank', project: 'Work' }],
  ['add tidy desk to inbox', 'add_task', { title: 'tidy desk', project: 'Inbox' }],
  [
    'every monday at 9am standup in Work',
    'create_recurring',
    { title: 'standup', pattern: 'FREQ=WEEKLY;BYDAY=MO', due_date: 'monday at 9am', project: 'Work' },
  ],
  [
    'add water the roses to Garden Club every week',
    'create_recurring',
    { title: 'water the roses', pattern: 'weekly', project: 'Garden Club' },
  ],
  // "to <word>" that is not a project stays in the title
  ['add talk to mom', 'add_task', { title: 'talk to mom' }],
  ['add send the invoice to accounting', 'add_task', { title: 'send the invoice to accounting' }],
  ['add drive to the station tomorrow', 'add_task', { title: 'drive to the station', due_date: 'tomorrow' }],
  // list_tasks / filter_tasks in a project
  ["what's in the Work project?", 'list_tasks', { project: 'Work' }],
  ['whats in the work project', 'list_tasks', { project: 'Work' }],
  ["what's in groceries", 'list_tasks', { project: 'Groceries' }],
  ['show my Work list', 'list_tasks', { project: 'Work' }],
  ['show the Groceries project', 'list_tasks', { project: 'Groceries' }],
  ['show groceries', 'list_tasks', { project: 'Groceries' }],
  ['list tasks in Garden Club', 'list_tasks', { project: 'Garden Club' }],
  ['show my work tasks', 'list_tasks', { project: 'Work' }],
  ['show pending tasks in the work project', 'list_tasks', { project: 'Work', status: 'pending' }],
  ['show high priority tasks in Work', 'filter_tasks', { project: 'Work', priority: ['high'] }],
  ["what's overdue in groceries", 'filter_tasks', { project: 'Groceries', due: 'overdue' }],
  ['Groceries?', 'list_tasks', { project: 'Groceries' }],
  // search_tasks in a project
  ['search milk in groceries', 'search_tasks', { query: 'milk', project: 'Groceries' }],
  ['find report in the work project', 'search_tasks', { query: 'report', project: 'Work' }],
  // list_projects
  ['list my projects', 'list_projects', {}],
  ['show projects', 'list_projects', {}],
  ['what projects do i have', 'list_projects', {}],
  ['projects', 'list_projects', {}],
  ['show my lists', 'list_projects', {}],
  // create_project
  ['create a project called Garden', 'create_project', { name: 'Garden' }],
  ['new project Garden', 'create_project', { name: 'Garden' }],
  ['make a new list named Book Club', 'create_project', { name: 'Book Club' }],
  ['add a project "Home Renovation"', 'create_project', { name: 'Home Renovation' }],
  ['start a project called Trip to Rome', 'create_project', { name: 'Trip to Rome' }],
  // share_project by email
  ['share Groceries with sam@example.com', 'share_project', { project: 'Groceries', email: 'sam@example.com' }],
  [
    'share the Work project with Ada@Example.com as a viewer',
    'share_project',
    { project: 'Work', email: 'ada@example.com', role: 'viewer' },
  ],
  ['share groceries with sam@example.com read-only', 'share_project', { project: 'Groceries', email: 'sam@example.com', role: 'viewer' }],
  ['invite sam@example.com to Groceries', 'share_project', { project: 'Groceries', email: 'sam@example.com' }],
  ['invite sam@example.com to the Work project as editor', 'share_project', { project: 'Work', email: 'sam@example.com', role: 'editor' }],
  // share_project by link
  ['make an invite link for Groceries', 'share_project', { project: 'Groceries', link: true }],
  ['create an invitation link for the Work project', 'share_project', { project: 'Work', link: true }],
  ['give me a share link to Garden Club as viewer', 'share_project', { project: 'Garden Club', link: true, role: 'viewer' }],
  ['share Groceries with a link', 'share_project', { project: 'Groceries', link: true }],
  // assign_task
  ['assign the report to Sam', 'assign_task', { assignee: 'Sam' }, title('report')],
  ['assign 12 to sam@example.com', 'assign_task', { assignee: 'sam@example.com' }, id(12)],
  ['assign buy milk to me', 'assign_task', { assignee: 'me' }, title('buy milk')],
  ['reassign the slides task to Ada Lovelace', 'assign_task', { assignee: 'Ada Lovelace' }, title('slides')],
  ['unassign the report', 'assign_task', { assignee: null }, title('report')],
  ['assign 7 to nobody', 'assign_task', { assignee: null }, id(7)],
  ['asign the report to Sam', 'assign_task', { assignee: 'Sam' }, title('report')],
  // move_task to a project
  ['move the report to Work', 'move_task', { project: 'Work' }, title('report')],
  ['move 12 to groceries', 'move_task', { project: 'Groceries' }, id(12)],
  ['move buy milk into the Groceries list', 'move_task', { project: 'Groceries' }, title('buy milk')],
  ['move the report to my inbox', 'move_task', { project: 'Inbox' }, title('report')],
  ['transfer 3 to garden club', 'move_task', { project: 'Garden Club' }, id(3)],
  // "#name" is a project the caller has, however it is spelled together; other "#" words stay tags
  ['add repot the ferns #gardenclub', 'add_task', { title: 'repot the ferns', project: 'Garden Club' }],
  ['add pay the invoice #Work tomorrow', 'add_task', { title: 'pay the invoice', project: 'Work', due_date: 'tomorrow' }],
  ['add call mum #family', 'add_task', { title: 'call mum', tags: ['family'] }],
  [
    'every friday water the beds #garden-club',
    'create_recurring',
    { title: 'water the beds', pattern: 'FREQ=WEEKLY;BYDAY=FR', due_date: 'friday', project: 'Garden Club' },
  ],
  // an emoji said with the project goes with it
  ['add oat milk to groceries 🥛', 'add_task', { title: 'oat milk', project: 'Groceries' }],
  // the project said first, as a label or after "a task in"
  ["Work: what's overdue?", 'filter_tasks', { project: 'Work', due: 'overdue' }],
  ['garden club: add order compost', 'add_task', { title: 'order compost', project: 'Garden Club' }],
  ['to groceries: add pears', 'add_task', { title: 'pears', project: 'Groceries' }],
  ['add a task to Work called update the roadmap', 'add_task', { title: 'update the roadmap', project: 'Work' }],
  ['new item for groceries: lemons', 'add_task', { title: 'lemons', project: 'Groceries' }],
  // searching a project, whichever comes first
  ['look through work for invoices', 'search_tasks', { query: 'invoices', project: 'Work' }],
  ['find the boiler task in garden club', 'search_tasks', { query: 'boiler', project: 'Garden Club' }],
  // everyday verbs that put a thing into a project
  ['pop eggs in groceries', 'add_task', { title: 'eggs', project: 'Groceries' }],
  ['chuck batteries on the work list', 'add_task', { title: 'batteries', project: 'Work' }],
  ['stick 14 in garden club', 'move_task', { project: 'Garden Club' }, id(14)],
  // verbs that open a project
  ['pull up garden club', 'list_tasks', { project: 'Garden Club' }],
  ['go to the work project', 'list_tasks', { project: 'Work' }],
  // what a project is for names it; what a link is for says it is a share
  ['create a list for the camping trip', 'create_project', { name: 'camping trip' }],
  ['I need a link for sharing groceries', 'share_project', { project: 'Groceries', link: true }],
  ['make a share link for garden club so the neighbours can join', 'share_project', { project: 'Garden Club', link: true }],
  // another form of a project's name, said as a list or project
  ['add kiwis to the grocery list', 'add_task', { title: 'kiwis', project: 'Groceries' }],
  ['move 4 to the grocery list', 'move_task', { project: 'Groceries' }, id(4)],
  // more ways to ask what a project holds, to move, to list projects
  ['what is inside the work project', 'list_tasks', { project: 'Work' }],
  ['anything within garden club?', 'list_tasks', { project: 'Garden Club' }],
  ['mv 3 to groceries', 'move_task', { project: 'Groceries' }, id(3)],
  ['list projs', 'list_projects', {}],
  // a share asked for after some chatter
  [
    'we need more hands on this, could you share garden club with lee@example.com',
    'share_project',
    { project: 'Garden Club', email: 'lee@example.com' },
  ],
  // a task said to be one, handed to a person
  ['give the fence job to Priya', 'assign_task', { assignee: 'Priya' }, title('fence job')],
  ['hand the gutter chore to me', 'assign_task', { assignee: 'me' }, title('gutter chore')],
  // a project the words of a question start with, the rest read as filters
  ['anything in garden club due this week?', 'filter_tasks', { project: 'Garden Club', due: 'this_week' }],
  ["what's in groceries for tomorrow", 'filter_tasks', { project: 'Groceries', due: 'tomorrow' }],
  // out of a project, with nowhere else said: back to the Inbox
  ['take the report out of work', 'move_task', { project: 'Inbox' }, title('report')],
  // "<name> project" where the project's name ends in "projects"
  ['add fix the gate to home project', 'add_task', { title: 'fix the gate', project: 'Home Projects' }],
  // more verbs and separators for the same sentences
  ['relocate the boiler task to home projects', 'move_task', { project: 'Home Projects' }, title('boiler')],
  ['put task 8 in groceries', 'move_task', { project: 'Groceries' }, id(8)],
  ['Work - add prepare slides', 'add_task', { title: 'prepare slides', project: 'Work' }],
  ['set up a new project for the Move', 'create_project', { name: 'Move' }],
  ['send lee@example.com an invite to groceries', 'share_project', { project: 'Groceries', email: 'lee@example.com' }],
  // a long project name one slip of the keys away; "add to <project>:"; "in <project>," before a question
  ['add coffee to grocceries', 'add_task', { title: 'coffee', project: 'Groceries' }],
  ['add to groceries: milk', 'add_task', { title: 'milk', project: 'Groceries' }],
  ['in work, what is overdue', 'filter_tasks', { project: 'Work', due: 'overdue' }],
  // "move … to <a date>" stays a due date
  ['move the report to next friday', 'set_due_date', { date: 'next friday' }, title('report')],
  ['move 12 to tomorrow', 'set_due_date', { date: 'tomorrow' }, id(12)],
];

function normalise(value: Interpretation): unknown {
  if (value.kind !== 'call') return value;
  const sorted = Object.fromEntries(Object.entries(value.args).sort(([a], [b]) => a.localeCompare(b)));
  return { tool: value.tool, args: sorted, target: value.target ?? null };
}

describe('offline interpreter on projects', () => {
  it.each(PROJECT_PHRASINGS)('reads %j as a call to %s', (phrase, tool, args, target) => {
    expect(normalise(interpret(phrase, KNOWN))).toEqual(
      normalise({ kind: 'call', tool, args, ...(target ? { target } : {}) } as Interpretation),
    );
  });

  it('reads "to <word>" as a project only when the caller has that project', () => {
    expect(interpret('add milk to Groceries')).toEqual({ kind: 'call', tool: 'add_task', args: { title: 'milk to Groceries' } });
    expect(interpret('add talk to mom', { projects: ['Mom'] })).toEqual({
      kind: 'call',
      tool: 'add_task',
      args: { title: 'talk', project: 'Mom' },
    });
    // Without a project "Work", "Work" is no date either: asked back, nothing called.
    expect(interpret('move the report to Work')).toMatchObject({ kind: 'help' });
    expect(interpret('show my work tasks')).toEqual({ kind: 'call', tool: 'filter_tasks', args: { tags: ['work'] } });
  });

  it('covers every project tool', () => {
    const tools = new Set(PROJECT_PHRASINGS.map((row) => row[1]));
    for (const tool of ['list_projects', 'create_project', 'share_project', 'assign_task', 'move_task'])
      expect(tools.has(tool), tool).toBe(true);
  });

  it('asks about a project the sentence names but the caller does not have, and passes it on when their projects are unknown', () => {
    for (const phrase of [
      'add plant tulips to the Allotment project',
      'move the report to the Allotment project',
      'put seed potatoes in project Allotment',
    ])
      expect(interpret(phrase, KNOWN), phrase).toMatchObject({ kind: 'help', reason: expect.stringContaining('Allotment') });
    // A question about it goes to the tool, whose answer lists the caller's projects.
    expect(interpret("what's in the Allotment project", KNOWN)).toEqual({
      kind: 'call',
      tool: 'list_tasks',
      args: { project: 'allotment' },
    });
    expect(interpret('add plant tulips to the Allotment project')).toEqual({
      kind: 'call',
      tool: 'add_task',
      args: { title: 'plant tulips', project: 'Allotment' },
    });
    // "the project manager" is a person, not a project.
    expect(interpret('add send the slides to the project manager', KNOWN)).toMatchObject({ kind: 'call', tool: 'add_task' });
    // Where a task goes says a project; what it is about or for is words of its title.
    expect(interpret('add work on my side project', KNOWN)).toEqual({
      kind: 'call',
      tool: 'add_task',
      args: { title: 'work on my side project' },
    });
    expect(interpret('add buy glue for the school project', KNOWN)).toEqual({
      kind: 'call',
      tool: 'add_task',
      args: { title: 'buy glue for the school project' },
    });
  });

  it('reads "<name> list" as a project only when the caller has one so named', () => {
    expect(normalise(interpret('show my reading list', KNOWN))).not.toMatchObject({ args: { project: expect.anything() } });
    expect(interpret('reset my list', KNOWN)).toMatchObject({ kind: 'help' });
    expect(normalise(interpret('show my groceries list', KNOWN))).toMatchObject({ tool: 'list_tasks', args: { project: 'Groceries' } });
  });

  it('asks about two requests at once instead of doing one of them', () => {
    for (const phrase of [
      'add bin bags to groceries and share it with sam@example.com',
      'add pay the rent, then assign it to Sam',
      'move the report to work tomorrow',
    ])
      expect(interpret(phrase, KNOWN), phrase).toMatchObject({ kind: 'help' });
  });

  it('keeps a thing given to someone, and a verb form of a project name, out of the project sentences', () => {
    expect(interpret('give the book to Mum', KNOWN)).not.toMatchObject({ tool: 'assign_task' });
    expect(interpret('move 4 to working', KNOWN)).not.toMatchObject({ tool: 'move_task' });
    // A short name is not guessed from a slip: "to wok" is no project "Work".
    expect(interpret('add stir fry to wok', KNOWN)).toEqual({ kind: 'call', tool: 'add_task', args: { title: 'stir fry to wok' } });
  });

  it('does not read "my task list" as a project', () => {
    expect(normalise(interpret('show my task list', KNOWN))).toMatchObject({ tool: 'list_tasks', args: {} });
    expect(interpret('add buy stamps to my list', KNOWN)).toEqual({ kind: 'call', tool: 'add_task', args: { title: 'buy stamps' } });
  });
});

describe('moves said with a remark or a contrast', () => {
  const known = { projects: ['Inbox', 'Work', 'Garden Club', 'Home Projects'] };
  it.each([
    ['shove #9 into Garden Club', 'Garden Club', { id: 9 }],
    ['put 11 back in Inbox, wrong project', 'Inbox', { id: 11 }],
    ['the fence panel job should be under home projects not work', 'Home Projects', { title: 'fence panel job' }],
    ['the Smith thing is a Work job, move it over', 'Work', { title: 'Smith' }],
  ])('"%s"', (sentence, project, target) => {
    expect(interpret(sentence, known)).toEqual({ kind: 'call', tool: 'move_task', args: { project }, target });
  });
});

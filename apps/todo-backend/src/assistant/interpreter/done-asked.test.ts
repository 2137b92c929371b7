import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call } from './said-rows.ts';

const read = (sentence: string) => interpret(sentence, { projects: ['Inbox', 'Work', 'Groceries'] });

// A question about what was done, or a thing described by what the user did to it, never completes a task.
describe('what was done, asked', () => {
  it.each([
    ['what got done?', {}],
    ["what's been done", {}],
    ['yesterday - what got done?', { completed: 'yesterday' }],
    ['yesterday - what got done', { completed: 'yesterday' }],
    ['yesterday, what did I finish?', { completed: 'yesterday' }],
    ['last week: what got finished?', { completed: 'last_week' }],
    ['what was done today', { completed: 'today' }],
  ])('"%s" lists the completed tasks', (sentence, window) => {
    const reading = read(sentence);
    expect(reading).toMatchObject({ kind: 'call', args: { status: 'completed', ...window } });
  });

  it('reads a day said first as the day asked about', () => {
    expect(read("tomorrow - what's on?")).toEqual(call('filter_tasks', { due: 'tomorrow' }));
  });

  it.each([
    ["remind me what lists I've made", 'list_projects'],
    ["show me the lists I've made", 'list_projects'],
    ['show me the projects we have', 'list_projects'],
  ])('"%s" shows the lists', (sentence, tool) => {
    expect(read(sentence)).toEqual(call(tool, {}));
  });

  it.each(['the report got done', 'gas bill paid', 'done with the slides'])('still completes "%s"', (sentence) => {
    expect(read(sentence)).toMatchObject({ kind: 'call', tool: 'complete_task' });
  });

  it.each(["show me the cakes I've made", 'what got done', 'show me what we wrote'])('completes nothing: "%s"', (sentence) => {
    expect(read(sentence)).not.toMatchObject({ tool: 'complete_task' });
  });
});

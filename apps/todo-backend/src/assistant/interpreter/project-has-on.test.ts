import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { projectHasOn } from './project-has-on.ts';
import { call } from './said-rows.ts';

const known = { projects: ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'] };
const read = (sentence: string) => interpret(sentence, known);

describe('what a project "has on"', () => {
  it.each([
    ['what does the garden club have on', 'Garden Club'],
    ['what has Work got going on?', 'Work'],
    ['what does Home Projects have coming up', 'Home Projects'],
    ['what does the work project have lined up', 'Work'],
    ["what's groceries got on", 'Groceries'],
  ])('"%s"', (sentence, project) => {
    expect(read(sentence)).toEqual(call('list_tasks', { project }));
  });

  it('is no listing when what is named is no project', () => {
    expect(projectHasOn('what does Sam have on', known)).toBeUndefined();
  });
});

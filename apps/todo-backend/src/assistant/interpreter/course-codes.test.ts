import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call } from './said-rows.ts';

// A course code asked about ("anything for CS101?") searches the titles that carry it; other words stay a tag or a
// project, as before.

const projects = { projects: ['Inbox', 'Work'] };

describe('a course code asked about', () => {
  it.each([
    ['anything for CS101?', 'CS101'],
    ["what's due for MATH2040", 'MATH2040'],
    ['whats on for econ 101', 'econ 101'],
    ['what do i have for PSYC1001', 'PSYC1001'],
    ['any tasks for HIST2001?', 'HIST2001'],
  ])('searches on "%s"', (sentence, query) => {
    expect(interpret(sentence, projects)).toEqual(call('search_tasks', { query }));
  });

  it('keeps a word without digits a tag, and a project a project', () => {
    expect(interpret('anything for garden?', projects)).toEqual(call('filter_tasks', { tags: ['garden'] }));
    expect(interpret('anything for work?', projects)).toEqual(call('list_tasks', { project: 'Work' }));
  });
});

import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, t } from './said-rows.ts';

const read = (sentence: string) => interpret(sentence, { projects: ['Inbox', 'Work'] });

describe('a rename of a task titled with "notes" changes its title', () => {
  it.each([
    ['rename the standup notes to Daily standup notes', 'Daily standup notes', 'standup notes'],
    ['rename the meeting notes to Board minutes', 'Board minutes', 'meeting notes'],
    ['retitle the release notes task as Release notes v2', 'Release notes v2', 'release notes'],
    ['rename the lecture notes to: Biology lecture notes', 'Biology lecture notes', 'lecture notes'],
    ['rename the details for the trip to Trip plan', 'Trip plan', 'details for the trip'],
  ])('"%s"', (sentence, title, task) => {
    expect(read(sentence)).toEqual(call('update_task', { title }, t(task)));
  });

  it('never puts the new title in the notes', () => {
    expect(read('rename the standup notes to Daily standup notes')).not.toMatchObject({ args: { description: expect.anything() } });
  });
});

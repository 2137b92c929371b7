import type { Task } from '@doable/contracts';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { aTask as aTaskOf } from '../vtodo-test-tasks.ts';
import { feedCalendar } from './feed-calendar.ts';
import { feedEtag, matchesIfNoneMatch } from './feed-etag.ts';

// A feed lists tasks with a due date.
const aTask = (overrides: Partial<Task> = {}): Task =>
  aTaskOf({ id: 7, title: 'Pay rent', due_date: '2031-05-01T09:00:00.000Z', ...overrides });

const read = (text: string) => new ICAL.Component(ICAL.parse(text));

describe('a feed as iCalendar', () => {
  it('names itself and asks for hourly refreshes', () => {
    const calendar = read(feedCalendar({ name: 'Doable: Home', tasks: [], view: 'todos', origin: 'https://todo.example.com' }));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Doable: Home');
    expect(String(calendar.getFirstPropertyValue('refresh-interval'))).toBe('PT1H');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
  });

  it('links a subtask to its parent and each VTODO back to its task', () => {
    const text = feedCalendar({ name: 'x', tasks: [aTask({ id: 8, parent_id: 7 })], view: 'todos', origin: 'https://todo.example.com/' });
    const todo = read(text).getFirstSubcomponent('vtodo');
    expect(todo?.getFirstPropertyValue('related-to')).toBe('doable-task-7@doable');
    expect(todo?.getFirstPropertyValue('url')).toBe('https://todo.example.com/?task=8');
  });

  it('keeps each tag whole in the events view, a tag ending in a backslash too', () => {
    const text = feedCalendar({ name: 'x', tasks: [aTask({ tags: ['a\\', 'b,c'] })], view: 'events', origin: 'https://t' });
    const event = read(text).getFirstSubcomponent('vevent');
    expect(event?.getAllProperties('categories').map((p) => p.getFirstValue())).toEqual(['a\\', 'b,c']);
    expect(event?.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
  });

  it('is the same text for the same tasks, so its ETag only moves when a task does', () => {
    const feed = (tasks: Task[]) => feedCalendar({ name: 'x', tasks, view: 'events', origin: 'https://t' });
    expect(feedEtag(feed([aTask()]))).toBe(feedEtag(feed([aTask()])));
    expect(feedEtag(feed([aTask({ updated_at: '2031-04-03T08:00:00.000Z' })]))).not.toBe(feedEtag(feed([aTask()])));
  });
});

describe('If-None-Match', () => {
  it('matches the tag, weak or not, in a list, and *', () => {
    expect(matchesIfNoneMatch('"a"', '"a"')).toBe(true);
    expect(matchesIfNoneMatch('W/"a"', '"a"')).toBe(true);
    expect(matchesIfNoneMatch('"b", "a"', '"a"')).toBe(true);
    expect(matchesIfNoneMatch('*', '"a"')).toBe(true);
  });
  it('does not match another tag or no header', () => {
    expect(matchesIfNoneMatch('"b"', '"a"')).toBe(false);
    expect(matchesIfNoneMatch(undefined, '"a"')).toBe(false);
    expect(matchesIfNoneMatch('', '"a"')).toBe(false);
  });
});

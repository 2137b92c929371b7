import type { Task } from '@doable/contracts';
import ICAL from 'ical.js';
import { toUtcTime } from '../ical-time.ts';
import { PRODID, taskUid } from '../vtodo-shape.ts';
import { taskToVcalendar } from '../vtodo-write.ts';

export type FeedView = 'todos' | 'events';

export interface FeedContent {
  /** X-WR-CALNAME: what a calendar app names the subscription. */
  name: string;
  tasks: Task[];
  view: FeedView;
  /** The web app's origin, for each item's URL back to its task. */
  origin: string;
}

/** Calendar apps that honour it refresh hourly; most pick their own schedule whatever the feed says. */
const REFRESH = 'PT1H';

const taskLink = (origin: string, taskId: number) => `${origin.replace(/\/$/, '')}/?task=${taskId}`;

/**
 * One VCALENDAR with the tasks as VTODOs (the same mapping CalDAV serves) or, for calendar apps that ignore VTODO,
 * as VEVENTs at their due time. Deterministic for the same tasks, so its hash is the feed's ETag.
 */
export function feedCalendar(content: FeedContent): string {
  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('prodid', PRODID);
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('method', 'PUBLISH');
  calendar.addPropertyWithValue('x-wr-calname', content.name);
  calendar.addPropertyWithValue('refresh-interval', ICAL.Duration.fromString(REFRESH)).setParameter('value', 'DURATION');
  calendar.addPropertyWithValue('x-published-ttl', REFRESH);
  for (const task of content.tasks) {
    calendar.addSubcomponent(content.view === 'events' ? taskEvent(task, content.origin) : taskTodo(task, content.origin));
  }
  return calendar.toString();
}

function taskTodo(task: Task, origin: string) {
  const parentUid = task.parent_id === null ? null : taskUid(task.parent_id);
  const todo = new ICAL.Component(ICAL.parse(taskToVcalendar(task, { parentUid }))).getFirstSubcomponent('vtodo');
  if (!todo) throw new Error('taskToVcalendar wrote no VTODO');
  todo.addPropertyWithValue('url', taskLink(origin, task.id));
  return todo;
}

/**
 * A VEVENT that starts and ends at the due time (RFC 5545 §3.6.1: a DATE-TIME start and no end is an instant).
 * Doable keeps no all-day flag yet, so every event is timed; a completed task's title starts with a check mark,
 * since VEVENT has no completed status.
 */
function taskEvent(task: Task, origin: string) {
  const event = new ICAL.Component('vevent');
  event.addPropertyWithValue('uid', taskUid(task.id));
  event.addPropertyWithValue('dtstamp', toUtcTime(new Date(task.updated_at)));
  event.addPropertyWithValue('last-modified', toUtcTime(new Date(task.updated_at)));
  if (task.due_date) event.addPropertyWithValue('dtstart', toUtcTime(new Date(task.due_date)));
  event.addPropertyWithValue('summary', task.completed ? `✓ ${task.title}` : task.title);
  if (task.description !== '') event.addPropertyWithValue('description', task.description.replace(/\r\n?/g, '\n'));
  // One CATEGORIES per tag: a tag ending in a backslash would otherwise run into the next (see vtodo-write.ts).
  for (const tag of task.tags) event.addPropertyWithValue('categories', tag);
  event.addPropertyWithValue('transp', 'TRANSPARENT');
  event.addPropertyWithValue('url', taskLink(origin, task.id));
  return event;
}

import type { ListTasksQuery, Priority, TaskSortField } from '@doable/contracts';

/** What the list shows; kept in the page URL so a view can be bookmarked and shared. */
export interface ViewState {
  search: string;
  status: ListTasksQuery['status'];
  priorities: Priority[];
  tags: string[];
  tagsMatch: ListTasksQuery['tags_match'];
  overdue: boolean;
  dueThisWeek: boolean;
  /** Only tasks without a due date (`?nodate=1`). */
  noDueDate: boolean;
  /** Only repeating tasks, only one-off tasks, or both (`?repeats=yes|no`). */
  repeats: 'yes' | 'no' | '';
  /** When the completed tasks shown were completed (`?done=today|…`); only with a status that shows completed ones. */
  completedWithin: CompletionWindow | '';
  sort: TaskSortField | '';
  order: 'asc' | 'desc' | '';
  /** The project shown (`?project=<id>`), or null for every project the user belongs to. */
  project: number | null;
  /** A smart view across projects (`?view=today|upcoming|assigned`), or '' for none. */
  smart: SmartView | '';
}

export const SMART_VIEWS = [
  { value: 'today', label: 'Today' },
  { value: 'upcoming', label: 'Upcoming' },
  { value: 'assigned', label: 'Assigned to me' },
] as const;
export type SmartView = (typeof SMART_VIEWS)[number]['value'];
/** How far ahead "Upcoming" looks. */
const UPCOMING_DAYS = 7;
/** One page of the list; "Load more" asks for the next one with the cursor. */
export const PAGE_SIZE = 200;

export const PRIORITIES: Priority[] = ['high', 'medium', 'low'];
export const SORT_FIELDS: { value: TaskSortField; label: string }[] = [
  { value: 'due_date', label: 'Due date' },
  { value: 'priority', label: 'Priority' },
  { value: 'title', label: 'Title' },
  { value: 'created_at', label: 'Created' },
  { value: 'updated_at', label: 'Updated' },
];
const STATUSES = ['all', 'pending', 'completed'] as const;

/** Windows of days, local time, weeks from Monday (as "Due this week" and the chat's "what did I finish this week"). */
export const COMPLETION_WINDOWS = [
  { value: 'today', label: 'Today' },
  { value: 'yesterday', label: 'Yesterday' },
  { value: 'this_week', label: 'This week' },
  { value: 'last_week', label: 'Last week' },
] as const;
export type CompletionWindow = (typeof COMPLETION_WINDOWS)[number]['value'];

/** The API's default direction per sort field (docs/api.md). */
export const DEFAULT_ORDER: Record<TaskSortField, 'asc' | 'desc'> = {
  due_date: 'asc',
  priority: 'desc',
  title: 'asc',
  created_at: 'desc',
  updated_at: 'desc',
  position: 'asc',
};

function positiveId(value: string | null): number | null {
  const id = Number(value);
  return value && Number.isSafeInteger(id) && id > 0 ? id : null;
}

const list = (value: string | null) => (value ? value.split(',').filter((part) => part !== '') : []);

export function fromSearchParams(params: URLSearchParams): ViewState {
  const status = params.get('status');
  const sort = params.get('sort');
  const order = params.get('order');
  const shownStatus = STATUSES.find((value) => value === status) ?? 'pending';
  const repeats = params.get('repeats');
  return {
    search: params.get('q') ?? '',
    status: shownStatus,
    priorities: list(params.get('priority')).filter((value): value is Priority => PRIORITIES.includes(value as Priority)),
    tags: list(params.get('tags')),
    tagsMatch: params.get('match') === 'any' ? 'any' : 'all',
    overdue: params.get('overdue') === '1',
    dueThisWeek: params.get('week') === '1',
    noDueDate: params.get('nodate') === '1',
    repeats: repeats === 'yes' || repeats === 'no' ? repeats : '',
    completedWithin: shownStatus === 'pending' ? '' : (COMPLETION_WINDOWS.find((entry) => entry.value === params.get('done'))?.value ?? ''),
    sort: SORT_FIELDS.find((field) => field.value === sort)?.value ?? '',
    order: order === 'asc' || order === 'desc' ? order : '',
    project: positiveId(params.get('project')),
    smart: SMART_VIEWS.find((entry) => entry.value === params.get('view'))?.value ?? '',
  };
}

/** Only what differs from the defaults goes into the URL, so the plain address means "pending, newest first". */
export function toSearchParams(view: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  if (view.search.trim()) params.set('q', view.search);
  if (view.status !== 'pending') params.set('status', view.status);
  if (view.priorities.length) params.set('priority', view.priorities.join(','));
  if (view.tags.length) params.set('tags', view.tags.join(','));
  if (view.tags.length > 1 && view.tagsMatch === 'any') params.set('match', 'any');
  if (view.overdue) params.set('overdue', '1');
  if (view.dueThisWeek) params.set('week', '1');
  if (view.noDueDate) params.set('nodate', '1');
  if (view.repeats) params.set('repeats', view.repeats);
  if (view.completedWithin && view.status !== 'pending') params.set('done', view.completedWithin);
  if (view.sort) params.set('sort', view.sort);
  if (view.sort && view.order) params.set('order', view.order);
  if (view.project !== null) params.set('project', String(view.project));
  if (view.smart) params.set('view', view.smart);
  return params;
}

/** The start of the day `days` days after the one `now` falls in (local time; negative for days before). */
function startOfDay(now: Date, days = 0): Date {
  const start = new Date(now);
  start.setHours(0, 0, 0, 0);
  start.setDate(start.getDate() + days);
  return start;
}

/** Days since this week's Monday (weeks start on Monday, as in the chat's "this week"). */
const daysSinceMonday = (now: Date) => (now.getDay() + 6) % 7;

/** The end of the current week (next Monday 00:00, local time). */
export function endOfWeek(now: Date): Date {
  return startOfDay(now, 7 - daysSinceMonday(now));
}

/** The instants a completion window spans: from its first day's midnight to the midnight after its last day. */
export function completionRange(window: CompletionWindow, now: Date): { after: Date; before: Date } {
  const monday = -daysSinceMonday(now);
  switch (window) {
    case 'today':
      return { after: startOfDay(now), before: startOfDay(now, 1) };
    case 'yesterday':
      return { after: startOfDay(now, -1), before: startOfDay(now) };
    case 'this_week':
      return { after: startOfDay(now, monday), before: startOfDay(now, monday + 7) };
    case 'last_week':
      return { after: startOfDay(now, monday - 7), before: startOfDay(now, monday) };
  }
}

/** The `GET /api/v1/tasks` query for a view (the first page; `cursor` for the next ones). */
export function toApiQuery(view: ViewState, now = new Date(), cursor?: string): URLSearchParams {
  const query = new URLSearchParams();
  if (view.search.trim()) query.set('search', view.search.trim());
  query.set('status', view.status);
  if (view.priorities.length) query.set('priority', view.priorities.join(','));
  if (view.tags.length) {
    query.set('tags', view.tags.join(','));
    query.set('tags_match', view.tagsMatch);
  }
  if (view.overdue) query.set('overdue', 'true');
  if (view.noDueDate) query.set('has_due_date', 'false');
  if (view.repeats) query.set('recurring', view.repeats === 'yes' ? 'true' : 'false');
  if (view.completedWithin && view.status !== 'pending') {
    const { after, before } = completionRange(view.completedWithin, now);
    query.set('completed_after', after.toISOString());
    query.set('completed_before', before.toISOString());
  }
  if (view.project !== null) query.set('project', String(view.project));
  // Today includes what is overdue; Upcoming is what falls due from now on over the next week.
  if (view.smart === 'today') query.set('due_before', startOfDay(now, 1).toISOString());
  else if (view.smart === 'upcoming') {
    query.set('due_after', now.toISOString());
    query.set('due_before', startOfDay(now, UPCOMING_DAYS).toISOString());
  } else if (view.dueThisWeek) query.set('due_before', endOfWeek(now).toISOString());
  if (view.smart === 'assigned') query.set('assignee', 'me');
  const sort = view.sort || (view.smart === 'today' || view.smart === 'upcoming' ? 'due_date' : isTreeView(view) ? 'position' : '');
  if (sort === 'position') {
    // The project's manual order: the list is drawn as a tree of subtasks (task-tree.ts).
    query.set('sort', 'position');
    query.set('order', 'asc');
  } else if (sort) {
    query.set('sort', sort);
    query.set('order', view.order || DEFAULT_ORDER[sort]);
  }
  query.set('limit', String(PAGE_SIZE));
  if (cursor) query.set('cursor', cursor);
  return query;
}

/**
 * Whether the list is a project's tree in its manual order, with subtasks under their parents and the move controls:
 * a project shown without a chosen sort and without a search (whose order is relevance).
 */
export function isTreeView(view: ViewState): boolean {
  return view.project !== null && !view.sort && !view.search.trim();
}

export function isFiltered(view: ViewState): boolean {
  return Boolean(
    view.search.trim() ||
      view.priorities.length ||
      view.tags.length ||
      view.overdue ||
      view.dueThisWeek ||
      view.noDueDate ||
      view.repeats ||
      view.completedWithin,
  );
}

import { describe, expect, it } from 'vitest';
import {
  completionRange,
  endOfWeek,
  fromSearchParams,
  isFiltered,
  isTreeView,
  toApiQuery,
  toSearchParams,
  type ViewState,
} from './view-state.ts';

const aView = (overrides: Partial<ViewState> = {}): ViewState => ({ ...fromSearchParams(new URLSearchParams()), ...overrides });

// Local wall-clock dates built with the local constructor: endOfWeek works in the browser's zone, so the expectations
// do too, and hold in any zone the tests run in (January: no daylight-saving change nearby).
const localDate = (day: number, hour = 0, minute = 0) => new Date(2025, 0, day, hour, minute);

describe('the view in the URL', () => {
  it('reads the plain address as pending tasks, unfiltered, in the default order', () => {
    expect(fromSearchParams(new URLSearchParams())).toEqual({
      search: '',
      status: 'pending',
      priorities: [],
      tags: [],
      tagsMatch: 'all',
      overdue: false,
      dueThisWeek: false,
      noDueDate: false,
      repeats: '',
      completedWithin: '',
      sort: '',
      order: '',
      project: null,
      smart: '',
    });
    expect(toSearchParams(aView()).toString()).toBe('');
  });

  it('reads every part of a view from the address', () => {
    const params = new URLSearchParams(
      'q=milk&status=all&priority=high,low&tags=home,work&match=any&overdue=1&week=1&nodate=1&repeats=no&done=last_week&sort=title&order=desc',
    );
    expect(fromSearchParams(params)).toEqual({
      search: 'milk',
      status: 'all',
      priorities: ['high', 'low'],
      tags: ['home', 'work'],
      tagsMatch: 'any',
      overdue: true,
      dueThisWeek: true,
      noDueDate: true,
      repeats: 'no',
      completedWithin: 'last_week',
      sort: 'title',
      order: 'desc',
      project: null,
      smart: '',
    });
  });

  it('ignores values it does not know instead of passing them on', () => {
    const params = new URLSearchParams(
      'status=deleted&priority=urgent,high,,&tags=,home,&match=some&overdue=yes&week=true&nodate=true&repeats=1&done=ever&sort=colour&order=up',
    );
    expect(fromSearchParams(params)).toEqual(aView({ priorities: ['high'], tags: ['home'] }));
  });

  it('writes a view to the address and reads the same view back', () => {
    const view = aView({
      search: 'call mum',
      status: 'completed',
      priorities: ['medium'],
      tags: ['family', 'phone'],
      tagsMatch: 'any',
      overdue: true,
      dueThisWeek: true,
      repeats: 'yes',
      completedWithin: 'yesterday',
      sort: 'due_date',
      order: 'desc',
    });
    expect(fromSearchParams(toSearchParams(view))).toEqual(view);
    expect(fromSearchParams(toSearchParams(aView({ noDueDate: true })))).toEqual(aView({ noDueDate: true }));
  });

  it('drops a completion window from a view of pending tasks, which have no completion time', () => {
    expect(fromSearchParams(new URLSearchParams('done=today')).completedWithin).toBe('');
    expect(toSearchParams(aView({ completedWithin: 'today' })).toString()).toBe('');
    expect(toApiQuery(aView({ completedWithin: 'today' }), new Date(2025, 0, 15)).has('completed_after')).toBe(false);
  });

  it('leaves out of the address what would change nothing', () => {
    // A blank search, "any" with a single tag, and an order without a sort field mean the defaults.
    expect(toSearchParams(aView({ search: '   ', tags: ['home'], tagsMatch: 'any', order: 'asc' })).toString()).toBe('tags=home');
  });
});

describe('the end of the week', () => {
  it('is the next Monday at midnight, local time', () => {
    expect(endOfWeek(localDate(15, 10, 30))).toEqual(localDate(20)); // Wednesday
    expect(endOfWeek(localDate(19, 23, 59))).toEqual(localDate(20)); // Sunday night
  });

  it('on a Monday is the Monday after, not that same day', () => {
    expect(endOfWeek(localDate(13))).toEqual(localDate(20));
    expect(endOfWeek(localDate(13, 9))).toEqual(localDate(20));
  });
});

describe('a completion window', () => {
  // Wednesday 15 January 2025, 10:30: the week runs from Monday the 13th to Monday the 20th.
  const wednesday = localDate(15, 10, 30);

  it('spans whole local days, weeks from Monday', () => {
    expect(completionRange('today', wednesday)).toEqual({ after: localDate(15), before: localDate(16) });
    expect(completionRange('yesterday', wednesday)).toEqual({ after: localDate(14), before: localDate(15) });
    expect(completionRange('this_week', wednesday)).toEqual({ after: localDate(13), before: localDate(20) });
    expect(completionRange('last_week', wednesday)).toEqual({ after: localDate(6), before: localDate(13) });
  });

  it('on a Sunday counts the week that began six days before, and on a Monday the one that began that day', () => {
    expect(completionRange('this_week', localDate(19, 23, 59))).toEqual({ after: localDate(13), before: localDate(20) });
    expect(completionRange('this_week', localDate(13, 0, 0))).toEqual({ after: localDate(13), before: localDate(20) });
    expect(completionRange('last_week', localDate(13, 8))).toEqual({ after: localDate(6), before: localDate(13) });
    expect(completionRange('yesterday', localDate(1, 9))).toEqual({ after: new Date(2024, 11, 31), before: localDate(1) });
  });
});

describe('the API query for a view', () => {
  const now = localDate(15, 10, 30);

  it('asks for the status and at most 200 tasks, and nothing else, for the plain view', () => {
    expect(Object.fromEntries(toApiQuery(aView(), now))).toEqual({ status: 'pending', limit: '200' });
  });

  it('turns every filter into its API parameter', () => {
    const view = aView({
      search: '  milk ',
      status: 'all',
      priorities: ['high', 'low'],
      tags: ['home', 'errands'],
      tagsMatch: 'any',
      overdue: true,
      dueThisWeek: true,
    });
    expect(Object.fromEntries(toApiQuery(view, now))).toEqual({
      search: 'milk',
      status: 'all',
      priority: 'high,low',
      tags: 'home,errands',
      tags_match: 'any',
      overdue: 'true',
      due_before: localDate(20).toISOString(),
      limit: '200',
    });
  });

  it('asks for tasks without a due date, repeating or one-off tasks, and completions in a window', () => {
    const view = aView({ status: 'completed', noDueDate: true, repeats: 'no', completedWithin: 'this_week' });
    expect(Object.fromEntries(toApiQuery(view, now))).toEqual({
      status: 'completed',
      has_due_date: 'false',
      recurring: 'false',
      completed_after: localDate(13).toISOString(),
      completed_before: localDate(20).toISOString(),
      limit: '200',
    });
    expect(toApiQuery(aView({ repeats: 'yes' }), now).get('recurring')).toBe('true');
  });

  it('sends tags_match only with tags', () => {
    expect(toApiQuery(aView({ tagsMatch: 'any' }), now).has('tags_match')).toBe(false);
    expect(toApiQuery(aView({ tags: ['home'] }), now).get('tags_match')).toBe('all');
  });

  it("sorts in the API's default direction for the field unless the view says otherwise", () => {
    const order = (view: Partial<ViewState>) => toApiQuery(aView(view), now).get('order');
    expect(order({ sort: 'due_date' })).toBe('asc');
    expect(order({ sort: 'priority' })).toBe('desc');
    expect(order({ sort: 'title' })).toBe('asc');
    expect(order({ sort: 'created_at' })).toBe('desc');
    expect(order({ sort: 'updated_at' })).toBe('desc');
    expect(order({ sort: 'priority', order: 'asc' })).toBe('asc');
    expect(toApiQuery(aView({ order: 'asc' }), now).has('sort')).toBe(false);
    expect(order({ order: 'asc' })).toBeNull();
  });
});

describe('projects and smart views', () => {
  const now = localDate(15, 10, 30);

  it('keeps the project and the smart view in the address, and ignores ids that are not ids', () => {
    const view = aView({ project: 42, smart: 'assigned' });
    expect(toSearchParams(view).toString()).toBe('project=42&view=assigned');
    expect(fromSearchParams(toSearchParams(view))).toEqual(view);
    expect(fromSearchParams(new URLSearchParams('project=abc&view=someday'))).toEqual(aView());
    expect(fromSearchParams(new URLSearchParams('project=0'))).toEqual(aView());
    expect(fromSearchParams(new URLSearchParams('project=-3'))).toEqual(aView());
  });

  it('narrows the API query to the project shown, in its manual order', () => {
    expect(Object.fromEntries(toApiQuery(aView({ project: 7 }), now))).toEqual({
      status: 'pending',
      project: '7',
      sort: 'position',
      order: 'asc',
      limit: '200',
    });
  });

  it('draws a project as a tree only in its manual order: not with a chosen sort, a search, or across projects', () => {
    expect(isTreeView(aView({ project: 7 }))).toBe(true);
    expect(isTreeView(aView({ project: 7, priorities: ['high'] }))).toBe(true);
    expect(isTreeView(aView({ project: 7, sort: 'title' }))).toBe(false);
    expect(isTreeView(aView({ project: 7, search: 'milk' }))).toBe(false);
    expect(isTreeView(aView())).toBe(false);
    expect(toApiQuery(aView({ project: 7, sort: 'title' }), now).get('sort')).toBe('title');
    expect(toApiQuery(aView({ project: 7, search: 'milk' }), now).has('sort')).toBe(false);
  });

  it('asks for what is due by the end of today, overdue included, for Today', () => {
    expect(Object.fromEntries(toApiQuery(aView({ smart: 'today' }), now))).toEqual({
      status: 'pending',
      due_before: localDate(16).toISOString(),
      sort: 'due_date',
      order: 'asc',
      limit: '200',
    });
  });

  it('asks for what falls due from now over the next seven days for Upcoming', () => {
    expect(Object.fromEntries(toApiQuery(aView({ smart: 'upcoming' }), now))).toEqual({
      status: 'pending',
      due_after: now.toISOString(),
      due_before: localDate(22).toISOString(),
      sort: 'due_date',
      order: 'asc',
      limit: '200',
    });
  });

  it("asks for the caller's own tasks for Assigned to me", () => {
    expect(toApiQuery(aView({ smart: 'assigned' }), now).get('assignee')).toBe('me');
  });

  it('asks for the next page with the cursor of the last one', () => {
    expect(toApiQuery(aView(), now, 'abc').get('cursor')).toBe('abc');
  });
});

describe('whether a view is filtered', () => {
  it('is not for a status, a sort, or a blank search alone', () => {
    expect(isFiltered(aView())).toBe(false);
    expect(isFiltered(aView({ status: 'completed', sort: 'title', order: 'asc', search: '  ', tagsMatch: 'any' }))).toBe(false);
  });

  it.each<[string, Partial<ViewState>]>([
    ['a search', { search: 'milk' }],
    ['a priority', { priorities: ['low'] }],
    ['a tag', { tags: ['home'] }],
    ['overdue', { overdue: true }],
    ['due this week', { dueThisWeek: true }],
    ['no due date', { noDueDate: true }],
    ['one-off tasks', { repeats: 'no' }],
    ['a completion window', { status: 'completed', completedWithin: 'today' }],
  ])('is for %s', (_name, filter) => {
    expect(isFiltered(aView(filter))).toBe(true);
  });
});

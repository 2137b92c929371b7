import { describe, expect, it } from 'vitest';
import { endOfWeek, fromSearchParams, isFiltered, isTreeView, toApiQuery, toSearchParams, type ViewState } from './view-state.ts';

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
      sort: '',
      order: '',
      project: null,
      smart: '',
    });
    expect(toSearchParams(aView()).toString()).toBe('');
  });

  it('reads every part of a view from the address', () => {
    const params = new URLSearchParams(
      'q=milk&status=all&priority=high,low&tags=home,work&match=any&overdue=1&week=1&sort=title&order=desc',
    );
    expect(fromSearchParams(params)).toEqual({
      search: 'milk',
      status: 'all',
      priorities: ['high', 'low'],
      tags: ['home', 'work'],
      tagsMatch: 'any',
      overdue: true,
      dueThisWeek: true,
      sort: 'title',
      order: 'desc',
      project: null,
      smart: '',
    });
  });

  it('ignores values it does not know instead of passing them on', () => {
    const params = new URLSearchParams(
      'status=deleted&priority=urgent,high,,&tags=,home,&match=some&overdue=yes&week=true&sort=colour&order=up',
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
      sort: 'due_date',
      order: 'desc',
    });
    expect(fromSearchParams(toSearchParams(view))).toEqual(view);
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
  ])('is for %s', (_name, filter) => {
    expect(isFiltered(aView(filter))).toBe(true);
  });
});

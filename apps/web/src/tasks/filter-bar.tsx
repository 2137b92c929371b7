import { useEffect, useState } from 'react';
import { PriorityIcon } from './task-form.tsx';
import { COMPLETION_WINDOWS, DEFAULT_ORDER, PRIORITIES, SORT_FIELDS, type ViewState } from './view-state.ts';

interface FilterBarProps {
  view: ViewState;
  knownTags: { tag: string; count: number }[];
  onChange: (patch: Partial<ViewState>) => void;
}

/** Search (debounced), status, priority, tags, due filters and sort; every change goes to the URL. */
export function FilterBar({ view, knownTags, onChange }: FilterBarProps) {
  const [search, setSearch] = useState(view.search);
  useEffect(() => setSearch(view.search), [view.search]);
  useEffect(() => {
    if (search === view.search) return;
    const timer = setTimeout(() => onChange({ search }), 300);
    return () => clearTimeout(timer);
  }, [search, view.search, onChange]);

  const toggle = <T,>(list: T[], item: T) => (list.includes(item) ? list.filter((other) => other !== item) : [...list, item]);
  const tagOptions = [...new Set([...view.tags, ...knownTags.map((entry) => entry.tag)])];
  const active =
    (view.status !== 'pending' ? 1 : 0) +
    view.priorities.length +
    view.tags.length +
    (view.overdue ? 1 : 0) +
    (view.dueThisWeek ? 1 : 0) +
    (view.noDueDate ? 1 : 0) +
    (view.repeats ? 1 : 0) +
    (view.completedWithin ? 1 : 0) +
    (view.sort ? 1 : 0);
  // On a phone the filters fold away behind one button; wider screens always show them (see styles.css).
  const [expanded, setExpanded] = useState(false);

  return (
    <section className="filters" aria-label="Search, filter and sort">
      <div className="search">
        <label htmlFor="search" className="visually-hidden">
          Search tasks
        </label>
        <input
          id="search"
          type="search"
          placeholder="Search tasks  (press /)"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') onChange({ search });
          }}
        />
      </div>
      <button
        type="button"
        className="filters-toggle"
        aria-expanded={expanded}
        aria-controls="filter-panel"
        onClick={() => setExpanded(!expanded)}
      >
        Filters and sort{active ? ` (${active} on)` : ''} {expanded ? '▴' : '▾'}
      </button>
      <div id="filter-panel" className={`filter-panel${expanded ? ' expanded' : ''}`}>
        <div className="filter-row">
          <div className="field">
            <label htmlFor="filter-status" className="filter-label">
              Status
            </label>
            <select
              id="filter-status"
              value={view.status}
              onChange={(event) => {
                const status = event.target.value as ViewState['status'];
                // Pending tasks have no completion time: the window would empty the list.
                onChange(status === 'pending' ? { status, completedWithin: '' } : { status });
              }}
            >
              <option value="pending">Pending</option>
              <option value="completed">Completed</option>
              <option value="all">All</option>
            </select>
          </div>
          {view.status !== 'pending' && (
            <div className="field">
              <label htmlFor="filter-completed" className="filter-label">
                Completed
              </label>
              <select
                id="filter-completed"
                value={view.completedWithin}
                onChange={(event) => onChange({ completedWithin: event.target.value as ViewState['completedWithin'] })}
              >
                <option value="">Any time</option>
                {COMPLETION_WINDOWS.map((entry) => (
                  <option key={entry.value} value={entry.value}>
                    {entry.label}
                  </option>
                ))}
              </select>
            </div>
          )}
          <fieldset className="toggles">
            <legend className="filter-label">Priority</legend>
            {PRIORITIES.map((priority) => (
              <button
                key={priority}
                type="button"
                className={`toggle-button priority-${priority}`}
                aria-pressed={view.priorities.includes(priority)}
                onClick={() => onChange({ priorities: toggle(view.priorities, priority) })}
              >
                <PriorityIcon priority={priority} /> {priority[0]?.toUpperCase() + priority.slice(1)}
              </button>
            ))}
          </fieldset>
          <label className="check">
            <input
              type="checkbox"
              checked={view.overdue}
              onChange={(event) => onChange({ overdue: event.target.checked, noDueDate: false })}
            />{' '}
            Overdue
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={view.dueThisWeek}
              onChange={(event) => onChange({ dueThisWeek: event.target.checked, noDueDate: false })}
            />{' '}
            Due this week
          </label>
          <label className="check">
            {/* A task with no date is never overdue nor due this week: choosing one clears the others. */}
            <input
              type="checkbox"
              checked={view.noDueDate}
              onChange={(event) => onChange({ noDueDate: event.target.checked, overdue: false, dueThisWeek: false })}
            />{' '}
            No due date
          </label>
          <div className="field">
            <label htmlFor="filter-repeats" className="filter-label">
              Repeats
            </label>
            <select
              id="filter-repeats"
              value={view.repeats}
              onChange={(event) => onChange({ repeats: event.target.value as ViewState['repeats'] })}
            >
              <option value="">Repeating or not</option>
              <option value="yes">Repeating only</option>
              <option value="no">One-off only</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-sort" className="filter-label">
              Sort by
            </label>
            <select
              id="filter-sort"
              value={view.sort}
              onChange={(event) => {
                const sort = event.target.value as ViewState['sort'];
                onChange({ sort, order: sort ? DEFAULT_ORDER[sort] : '' });
              }}
            >
              <option value="">{view.search.trim() ? 'Relevance' : view.project !== null ? 'Manual order' : 'Newest'}</option>
              {SORT_FIELDS.map((field) => (
                <option key={field.value} value={field.value}>
                  {field.label}
                </option>
              ))}
            </select>
          </div>
          {view.sort && (
            <button
              type="button"
              className="order"
              onClick={() =>
                onChange({ order: (view.order || DEFAULT_ORDER[view.sort as keyof typeof DEFAULT_ORDER]) === 'asc' ? 'desc' : 'asc' })
              }
            >
              {(view.order || DEFAULT_ORDER[view.sort]) === 'asc' ? '↑ Ascending' : '↓ Descending'}
            </button>
          )}
        </div>
        {tagOptions.length > 0 && (
          <fieldset className="toggles tag-filter">
            <legend className="filter-label">Tags</legend>
            {tagOptions.map((tag) => (
              <button
                key={tag}
                type="button"
                className="chip toggle-chip"
                aria-pressed={view.tags.includes(tag)}
                onClick={() => onChange({ tags: toggle(view.tags, tag) })}
              >
                #{tag}
              </button>
            ))}
            {view.tags.length > 1 && (
              <>
                <label htmlFor="filter-tags-match" className="visually-hidden">
                  Tag match
                </label>
                <select
                  id="filter-tags-match"
                  value={view.tagsMatch}
                  onChange={(event) => onChange({ tagsMatch: event.target.value as ViewState['tagsMatch'] })}
                >
                  <option value="all">has all of them</option>
                  <option value="any">has any of them</option>
                </select>
              </>
            )}
          </fieldset>
        )}
      </div>
    </section>
  );
}

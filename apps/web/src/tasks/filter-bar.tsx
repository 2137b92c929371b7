import { useEffect, useState } from 'react';
import { PriorityIcon } from './task-form.tsx';
import { COMPLETION_WINDOWS, DEFAULT_ORDER, PRIORITIES, SORT_FIELDS, type ViewState } from './view-state.ts';

const STATUSES: Choice<ViewState['status']>[] = [
  { value: 'pending', label: 'Pending' },
  { value: 'completed', label: 'Completed' },
  { value: 'all', label: 'All' },
];

const REPEAT_CHOICES: Choice<ViewState['repeats']>[] = [
  { value: '', label: 'Repeating or not' },
  { value: 'yes', label: 'Repeating only' },
  { value: 'no', label: 'One-off only' },
];

interface Choice<T extends string> {
  value: T;
  label: string;
}

/** A labelled select over a fixed set of choices, handing back the chosen value with its type. */
function SelectField<T extends string>({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: T;
  options: readonly Choice<T>[];
  onChange: (value: T) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id} className="filter-label">
        {label}
      </label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as T)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

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
          <SelectField
            id="filter-status"
            label="Status"
            value={view.status}
            options={STATUSES}
            onChange={(status) =>
              // Pending tasks have no completion time: the window would empty the list.
              onChange(status === 'pending' ? { status, completedWithin: '' } : { status })
            }
          />
          {view.status !== 'pending' && (
            <SelectField
              id="filter-completed"
              label="Completed"
              value={view.completedWithin}
              options={[{ value: '', label: 'Any time' }, ...COMPLETION_WINDOWS]}
              onChange={(completedWithin) => onChange({ completedWithin })}
            />
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
          <SelectField
            id="filter-repeats"
            label="Repeats"
            value={view.repeats}
            options={REPEAT_CHOICES}
            onChange={(repeats) => onChange({ repeats })}
          />
          <SelectField
            id="filter-sort"
            label="Sort by"
            value={view.sort}
            options={[
              { value: '', label: view.search.trim() ? 'Relevance' : view.project !== null ? 'Manual order' : 'Newest' },
              ...SORT_FIELDS,
            ]}
            onChange={(sort) => onChange({ sort, order: sort ? DEFAULT_ORDER[sort] : '' })}
          />
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

import type { CalendarFeedList } from '@doable/contracts';
import { useCallback, useEffect, useId, useState } from 'react';
import { ApiError, apiRequest } from '../api/api-client.ts';
import { CopyField } from './copy-field.tsx';

const failure = (caught: unknown) => (caught instanceof ApiError ? caught.message : 'Could not reach Doable. Try again.');

/** Read-only subscription URLs for calendar apps, with the choice of tasks (VTODO) or events, and rotating the secret. */
export function CalendarFeedsSection() {
  const ids = useId();
  const [feeds, setFeeds] = useState<CalendarFeedList>();
  const [view, setView] = useState<'todos' | 'events'>('events');
  const [confirmRotate, setConfirmRotate] = useState(false);
  const [error, setError] = useState<string>();
  const [rotated, setRotated] = useState(false);

  const load = useCallback(async (method: 'GET' | 'POST' = 'GET') => {
    setError(undefined);
    try {
      setFeeds(await apiRequest<CalendarFeedList>(method, method === 'GET' ? '/api/v1/calendar-feeds' : '/api/v1/calendar-feeds/rotate'));
    } catch (caught) {
      setError(failure(caught));
    }
  }, []);
  useEffect(() => void load(), [load]);

  return (
    <section aria-labelledby={`${ids}-heading`} className="settings-section stack">
      <h3 id={`${ids}-heading`}>Calendar subscriptions</h3>
      <p className="muted">
        Read-only links for Google Calendar, Apple Calendar or Outlook. They refresh on the calendar app's own schedule (from minutes to a
        day). Anyone with a link can read those tasks: keep it to yourself.
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <fieldset className="row feed-view">
        <legend>Show tasks as</legend>
        <label className="feed-view-option">
          <input
            type="radio"
            className="feed-view-radio"
            name={`${ids}-view`}
            checked={view === 'events'}
            onChange={() => setView('events')}
          />{' '}
          Events at their due time (calendar apps)
        </label>
        <label className="feed-view-option">
          <input
            type="radio"
            className="feed-view-radio"
            name={`${ids}-view`}
            checked={view === 'todos'}
            onChange={() => setView('todos')}
          />{' '}
          Tasks (VTODO: Thunderbird, task apps)
        </label>
      </fieldset>
      <ul className="feed-list" aria-label="Feed links">
        {feeds?.items.map((feed) => (
          <li key={feed.project_id ?? 'all'}>
            <CopyField
              label={feed.project_id === null ? 'All tasks with due dates' : `Project ${feed.name}`}
              value={view === 'events' ? feed.events_url : feed.url}
            />
          </li>
        ))}
      </ul>
      {rotated && <p role="status">New links made: the old ones no longer work. Subscribe again with a new link.</p>}
      {confirmRotate ? (
        <div className="row">
          <p>Every link above stops working, in every app subscribed to it.</p>
          <button
            type="button"
            className="danger"
            onClick={() => {
              setConfirmRotate(false);
              setRotated(true);
              void load('POST');
            }}
          >
            Make new links
          </button>
          <button type="button" onClick={() => setConfirmRotate(false)}>
            Keep these
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirmRotate(true)}>
          Make new links…
        </button>
      )}
    </section>
  );
}

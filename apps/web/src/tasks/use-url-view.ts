import { useCallback, useEffect, useState } from 'react';
import { fromSearchParams, toSearchParams, type ViewState } from './view-state.ts';

export interface UrlView {
  view: ViewState;
  /** Changes part of the view, as a new history entry (so Back returns to the previous view). */
  updateView: (patch: Partial<ViewState>) => void;
  /** Back to the plain address: pending, no search, no filters. */
  resetView: () => void;
}

/** The view the list shows, kept in the page URL so it can be bookmarked, shared, and gone back to. */
export function useUrlView(): UrlView {
  const [view, setView] = useState(() => fromSearchParams(new URLSearchParams(location.search)));
  useEffect(() => {
    const onPop = () => setView(fromSearchParams(new URLSearchParams(location.search)));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const updateView = useCallback((patch: Partial<ViewState>) => {
    setView((current) => {
      const next = { ...current, ...patch };
      const query = toSearchParams(next).toString();
      const url = `${location.pathname}${query ? `?${query}` : ''}`;
      if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
      return next;
    });
  }, []);
  const resetView = useCallback(() => {
    history.pushState(null, '', location.pathname);
    setView(fromSearchParams(new URLSearchParams()));
  }, []);
  return { view, updateView, resetView };
}

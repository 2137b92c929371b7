import { useCallback, useEffect, useState } from 'react';
import { fromSearchParams, toSearchParams, type ViewState } from './view-state.ts';

export interface UrlView {
  view: ViewState;
  /** Changes part of the view, as a new history entry (so Back returns to the previous view). */
  updateView: (patch: Partial<ViewState>) => void;
  /** Back to the plain view of the place shown: pending, no search, no filters. */
  resetView: () => void;
  /** Shows a project or smart view (from the sidebar), with its plain view. */
  showPlace: (place: Pick<ViewState, 'project' | 'smart'>) => void;
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
  const showPlace = useCallback((place: Pick<ViewState, 'project' | 'smart'>) => {
    const next = { ...fromSearchParams(new URLSearchParams()), ...place };
    const query = toSearchParams(next).toString();
    history.pushState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
    setView(next);
  }, []);
  const resetView = useCallback(
    () =>
      setView((current) => {
        const next = { ...fromSearchParams(new URLSearchParams()), project: current.project, smart: current.smart };
        const query = toSearchParams(next).toString();
        const url = `${location.pathname}${query ? `?${query}` : ''}`;
        if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
        return next;
      }),
    [],
  );
  return { view, updateView, resetView, showPlace };
}

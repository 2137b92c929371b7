import type { Invitation, Project, ProjectMember } from '@doable/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, apiRequest, isDatabaseUnavailable } from '../api/api-client.ts';
import { dropProject, inOrder, moveProject } from './project-order.ts';

export interface Projects {
  /** Every project of the user, archived ones included, in their sidebar order; undefined until loaded. */
  all: Project[] | undefined;
  /** Invitations waiting for the user's answer. */
  invitations: Invitation[];
  error: string | undefined;
  /** Grows with each list received: tells a list fetched after some moment from one fetched before it. */
  version: number;
  reload: () => Promise<void>;
  byId: (id: number | null | undefined) => Project | undefined;
  /** Moves a project one place up or down in the sidebar, at once, then tells the server. */
  move: (id: number, delta: -1 | 1) => Promise<void>;
  /** Puts a project (dragged) right before or after another, at once, then tells the server. */
  drop: (id: number, targetId: number, at: 'before' | 'after') => Promise<void>;
  /** The members of a project, fetched once and kept until the projects are reloaded. */
  members: (projectId: number) => Promise<ProjectMember[]>;
}

/** Changes come in bursts (a parent completed with its subtasks, a chat command): one refetch for each burst. */
const SIGNAL_DEBOUNCE_MS = 150;

/**
 * The sidebar's projects and the invitations to the user, fetched while `enabled`, again on each `signal` (a change
 * to projects or memberships, or to a task that changes the counts; debounced).
 */
export function useProjects(enabled: boolean, signal: number): Projects {
  const [all, setAll] = useState<Project[]>();
  const [invitations, setInvitations] = useState<Invitation[]>([]);
  const [error, setError] = useState<string>();
  const [version, setVersion] = useState(0);
  const seq = useRef(0);
  // Order saves waiting or on their way: one after the other, so the server ends with the last order shown.
  const savingOrder = useRef({ pending: 0, chain: Promise.resolve() });
  const memberCache = useRef(new Map<number, Promise<ProjectMember[]>>());

  const reload = useCallback(async () => {
    const mine = ++seq.current;
    try {
      const [projects, invited] = await Promise.all([
        apiRequest<{ items: Project[] }>('GET', '/api/v1/projects?archived=all'),
        apiRequest<{ items: Invitation[] }>('GET', '/api/v1/invitations'),
      ]);
      // A list read while an order is being saved may have the old order: the reload after the save shows the list.
      if (mine !== seq.current || savingOrder.current.pending > 0) return;
      memberCache.current.clear();
      setAll(projects.items);
      setInvitations(invited.items);
      setVersion((n) => n + 1);
      setError(undefined);
    } catch (caught) {
      if (mine !== seq.current || isDatabaseUnavailable(caught)) return;
      setError(caught instanceof ApiError ? caught.message : 'Could not load your projects.');
    }
  }, []);

  useEffect(() => {
    if (enabled) void reload();
  }, [reload, enabled]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new signal is a trigger.
  useEffect(() => {
    if (!enabled || signal === 0) return;
    const timer = setTimeout(() => void reload(), SIGNAL_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [signal]);

  const latest = useRef(all);
  latest.current = all;
  const byId = useCallback((id: number | null | undefined) => latest.current?.find((project) => project.id === id), []);

  /**
   * Shows the new order of the projects shown (archived ones are not) at once, then saves it after any save still on
   * its way, and reads the list again once none is left. Meanwhile no list read before the save replaces it, so a
   * second move starts from the order the first one made.
   */
  const reorder = useCallback(
    (next: (shown: Project[]) => number[]) => {
      const order = next((latest.current ?? []).filter((project) => !project.archived));
      latest.current = latest.current && inOrder(latest.current, order);
      setAll((current) => current && inOrder(current, order));
      const saving = savingOrder.current;
      saving.pending += 1;
      seq.current += 1;
      const save = saving.chain.then(async () => {
        try {
          await apiRequest('PUT', '/api/v1/projects/order', { project_ids: order });
        } catch (caught) {
          setError(caught instanceof ApiError ? caught.message : 'Could not save the order.');
        } finally {
          saving.pending -= 1;
        }
        if (saving.pending === 0) await reload();
      });
      saving.chain = save;
      return save;
    },
    [reload],
  );
  const move = useCallback((id: number, delta: -1 | 1) => reorder((shown) => moveProject(shown, id, delta)), [reorder]);
  const drop = useCallback(
    (id: number, targetId: number, at: 'before' | 'after') => reorder((shown) => dropProject(shown, id, targetId, at)),
    [reorder],
  );

  const members = useCallback((projectId: number) => {
    let cached = memberCache.current.get(projectId);
    if (!cached) {
      cached = apiRequest<{ items: ProjectMember[] }>('GET', `/api/v1/projects/${projectId}/members`).then((answer) => answer.items);
      // A failed fetch is not kept: the next ask tries again.
      cached.catch(() => memberCache.current.delete(projectId));
      memberCache.current.set(projectId, cached);
    }
    return cached;
  }, []);

  return { all, invitations, error, version, reload, byId, move, drop, members };
}

/** Whether the user may create and change tasks in the project (owner or editor); the server decides when unknown. */
export const canWrite = (project: Pick<Project, 'role'> | undefined) => project?.role !== 'viewer';

export const VIEWER_HINT = 'You can view this project; ask the owner for edit access.';

import type { Project } from '@doable/contracts';

/**
 * The sidebar order after moving one project up (-1) or down (+1) among the others shown; the Inbox stays first
 * and is not part of the order sent to `PUT /projects/order`. Unchanged when the move would go past an end.
 */
export function moveProject(projects: Pick<Project, 'id' | 'is_inbox'>[], id: number, delta: -1 | 1): number[] {
  const ids = projects.filter((project) => !project.is_inbox).map((project) => project.id);
  const from = ids.indexOf(id);
  const to = from + delta;
  if (from === -1 || to < 0 || to >= ids.length) return ids;
  [ids[from], ids[to]] = [ids[to] as number, ids[from] as number];
  return ids;
}

/** The projects in the given order (the Inbox first, any not named after, as they were). */
export function inOrder<T extends Pick<Project, 'id' | 'is_inbox'>>(projects: T[], ids: number[]): T[] {
  const rank = new Map(ids.map((id, index) => [id, index]));
  const position = (project: T) => (project.is_inbox ? -1 : (rank.get(project.id) ?? ids.length));
  return projects
    .map((project, index) => ({ project, index }))
    .sort((a, b) => position(a.project) - position(b.project) || a.index - b.index)
    .map(({ project }) => project);
}

/**
 * The sidebar order after dropping a project right before or after another (dragged there); unchanged when either is
 * not among those shown, or is the Inbox, which stays first.
 */
export function dropProject(projects: Pick<Project, 'id' | 'is_inbox'>[], id: number, targetId: number, at: 'before' | 'after'): number[] {
  const ids = projects.filter((project) => !project.is_inbox).map((project) => project.id);
  if (id === targetId || !ids.includes(id) || !ids.includes(targetId)) return ids;
  const rest = ids.filter((other) => other !== id);
  rest.splice(rest.indexOf(targetId) + (at === 'after' ? 1 : 0), 0, id);
  return rest;
}

import type { Project } from '@doable/contracts';
import { type ToolContext, ToolError } from './tool-definition.ts';

/** A project reference as the tools take it: an id, or a name among the caller's projects. */
export type ProjectRef = number | string;

const listed = (projects: Project[]) => projects.map((project) => `"${project.name}" (#${project.id})`).join(', ');

/** Every project the caller belongs to, archived ones too, in their sidebar order (the Inbox first). */
export async function callerProjects(ctx: ToolContext): Promise<Project[]> {
  return (await ctx.projects.listProjects(ctx.userId, { archived: 'all' })).items;
}

/**
 * The caller's project a reference names. Names match case-insensitively among the caller's projects only, so a
 * project the caller does not belong to is never found, whether or not it exists: the same answer as an unknown one.
 * An unknown or ambiguous name is a tool error listing the candidates, so the assistant can ask or pick by id.
 */
export function findProject(projects: Project[], ref: ProjectRef): Project {
  const text = typeof ref === 'string' ? ref.trim() : undefined;
  if (text !== undefined) {
    const key = text.toLowerCase();
    const named = projects.filter((project) => project.name.toLowerCase() === key);
    // Several of the caller's projects may share a name (their own "Work" and one shared with them); active ones first.
    const active = named.filter((project) => !project.archived);
    const candidates = active.length > 0 ? active : named;
    if (candidates.length === 1 && candidates[0]) return candidates[0];
    if (candidates.length > 1) {
      throw new ToolError(`Several of your projects are called "${text}": ${listed(candidates)}. Give the project's id instead.`);
    }
    if (!/^#?\d{1,15}$/.test(text)) {
      const yours = projects.filter((project) => !project.archived);
      throw new ToolError(`You have no project called "${text}". Your projects: ${listed(yours)}.`);
    }
  }
  const id = typeof ref === 'number' ? ref : Number((text ?? '').replace('#', ''));
  const project = projects.find((candidate) => candidate.id === id);
  if (!project) throw new ToolError(`There is no project #${id}.`);
  return project;
}

export async function resolveProject(ctx: ToolContext, ref: ProjectRef): Promise<Project> {
  return findProject(await callerProjects(ctx), ref);
}

/** The names of the caller's projects other than their Inbox, by id: what task summaries mention. */
export const labelsOf = (projects: Project[]): Map<number, string> =>
  new Map(projects.filter((project) => !project.is_inbox).map((project) => [project.id, project.name]));

export async function projectLabels(ctx: ToolContext): Promise<Map<number, string>> {
  return labelsOf(await callerProjects(ctx));
}

import type { Project } from '@doable/contracts';

/** The project's colour dot and emoji, before its name. */
export function ProjectMark({ project }: { project: Pick<Project, 'color' | 'emoji'> }) {
  return (
    <span className="project-mark" aria-hidden="true">
      <span className="project-dot" style={{ background: project.color }} />
      {project.emoji && <span className="project-emoji">{project.emoji}</span>}
    </span>
  );
}

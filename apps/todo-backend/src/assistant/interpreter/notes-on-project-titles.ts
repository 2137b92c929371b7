import { readNotesSaid } from './notes-said.ts';
import { type KnownNames, knownProject } from './project-names.ts';

// A note on a task whose title ends in "project" ("note on the group project: Priya does the slides", "add a note to
// the science project: buy glue"): when the caller has no project so called, it is that task's note, read before the
// project rules answer that there is no project "group".

export function noteOnTaskCalledProject(text: string, known: KnownNames): { ref: string; description: string } | undefined {
  const notes = readNotesSaid(text);
  if (!notes || 'ask' in notes || known.projects === undefined) return undefined;
  const name = /^(?:the\s+|my\s+|our\s+)?(.+?)\s+project$/i.exec(notes.ref.trim())?.[1];
  return name && !knownProject(name, known) ? { ref: notes.ref, description: notes.args.description } : undefined;
}

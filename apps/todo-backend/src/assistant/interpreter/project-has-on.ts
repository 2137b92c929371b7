import { type KnownNames, knownProject } from './project-names.ts';

// What a project of the caller's has going, asked of it as of a person: "what does the garden club have on", "what's
// Work got on this week" is read as "what's in Garden Club". Only a project the caller has: "what does Sam have on"
// is no listing of ours.

const HAS_ON =
  /^what(?:'s|s|\s+(?:does|do|has|have|is))\s+(?:the\s+)?(.+?)\s+(?:have|got|had)\s+(?:on|going(?:\s+on)?|coming\s+up|lined\s+up|planned)$/i;

/** "what's in <project>" when the sentence asks what a project of the caller's has on, or undefined. */
export function projectHasOn(text: string, known: KnownNames): string | undefined {
  const asked = HAS_ON.exec(text.trim().replace(/[?!.\s]+$/, ''));
  const project = asked?.[1] ? knownProject(asked[1].replace(/\s+(?:project|list)$/i, ''), known) : undefined;
  return project ? `what's in ${project}` : undefined;
}

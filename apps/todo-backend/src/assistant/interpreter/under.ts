import { NOTE_THEN_COLON } from './notes-said.ts';
import { clean, extractDate } from './phrases.ts';
import { type KnownNames, knownProject } from './projects.ts';

// "under X" names a tag ("file receipts under taxes", "add renew the visa under travel") or a parent task ("add buy
// nails under fix the shed"). The titles of the caller's open tasks decide when the chat passes them; without them a
// single bare word is a tag, one after "the" or "my" a place ("under the sink") and several words a task. A new task
// under the whole title of one open task is its subtask ("add buy nails under pharmacy" when "Pharmacy" is open); a
// single word that is only a word of an open task's title is asked about.

export type UnderReading =
  | { kind: 'tag'; text: string }
  | { kind: 'project'; text: string }
  /** "under the wedding task add order the flowers": said again with "under" after the new task. */
  | { kind: 'said-again'; text: string }
  | { kind: 'help'; reason: string }
  | { kind: 'tag-existing'; ref: string; tag: string }
  | { kind: 'move-existing'; ref: string; project: string };

const UNDER = /^(add|create|new|put|file|stick|place)\s+(.+?)\s+under\s+(the\s+|my\s+)?(.+?)(?:\s+(tag|label|category|project))?$/i;
const WORD = /^[\p{L}\p{N}_-]+$/u;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function titlesWith(word: string, titles: readonly string[]): string[] {
  const pattern = new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(word)}(?:$|[^\\p{L}\\p{N}])`, 'iu');
  return titles.filter((title) => pattern.test(title));
}

/** "under the wedding task, add order the flowers": where first, then the request. */
const UNDER_FIRST = /^under\s+(.+?)\s*[,:]?\s+(add|create|new|put)\s+(.+)$/i;

/** How "under X" reads, or undefined when it is a subtask's parent (or no "under" at all) and the subtask rules decide. */
export function readUnder(text: string, known: KnownNames): UnderReading | undefined {
  const first = UNDER_FIRST.exec(text);
  if (first?.[1] && first[2] && first[3]) return { kind: 'said-again', text: `${first[2]} ${first[3]} under ${first[1]}` };
  const match = UNDER.exec(text);
  if (!match?.[1] || !match[2] || !match[4]) return undefined;
  const verb = match[1].toLowerCase();
  const what = match[2];
  const article = match[3] ?? '';
  // "put the plumber under home projects, its for the bathroom": where, then why.
  const where = clean(match[4]).replace(/\s*,\s*(?:it'?s|its|it\s+is|because|since|as|cos|bc)\s.*$/i, '');
  const kindWord = match[5]?.toLowerCase();
  const creating = verb === 'add' || verb === 'create' || verb === 'new';
  if (/^(?:a\s+)?(?:subtask|sub-task|step)s?\b/i.test(what) || NOTE_THEN_COLON.test(what)) return undefined;
  if (/^(?:task\s*)?#?\d+$/i.test(where)) return undefined; // "under 12": a task's number
  // A project only when the sentence says so ("under the Work project"): "file the invoice under work" is a tag.
  if (kindWord === 'project') {
    const name = knownProject(where, known) ?? where;
    return creating ? { kind: 'project', text: `add ${what} to the ${name} project` } : { kind: 'move-existing', ref: what, project: name };
  }
  const saysTag = kindWord === 'tag' || kindWord === 'label' || kindWord === 'category';
  // "put 'fix gate' under Home Projects": several words that name one of the caller's projects are that project (a tag
  // is one word).
  const project = !WORD.test(where) && !saysTag ? knownProject(where, known) : undefined;
  if (project)
    return creating ? { kind: 'project', text: `add ${what} to the ${project} project` } : { kind: 'move-existing', ref: what, project };
  if (!WORD.test(where)) {
    if (saysTag)
      return { kind: 'help', reason: `A tag is one word; "${where}" is several. Say for example "tag it ${where.replace(/\s+/g, '-')}".` };
    // "file the invoice under tax stuff": several words that are no task's title are no tag either.
    return verb === 'file' ? { kind: 'help', reason: `Under which tag? A tag is one word.` } : undefined;
  }
  const tag = where.toLowerCase();
  const tasks = saysTag || known.tasks === undefined ? [] : titlesWith(where, known.tasks);
  if (
    creating &&
    tasks.filter(
      (title) =>
        clean(title)
          .replace(/^(?:the|my)\s+/i, '')
          .toLowerCase() === tag,
    ).length === 1
  )
    return undefined;
  if (tasks.length > 0 && verb !== 'file') {
    const shown = tasks
      .slice(0, 3)
      .map((title) => `"${title}"`)
      .join(', ');
    return {
      kind: 'help',
      reason: `"${where}" could be a tag or the task ${shown}. Say "${creating ? 'add' : 'tag'} … @${tag}" for the tag, or "add a subtask to ${tasks[0]}: …" for a subtask.`,
    };
  }
  // "add fix the shelf under the stairs": a place said with "the" or "my", naming no open task, is the title's (a tag is
  // said bare: "under diy").
  if (creating && article && !saysTag && tasks.length === 0 && !extractDate(what).date)
    return { kind: 'said-again', text: `add "${what} under ${article}${where}"` };
  // "@": a tag even when a project has the name.
  return creating ? { kind: 'tag', text: `add ${what} @${tag}` } : { kind: 'tag-existing', ref: what, tag };
}

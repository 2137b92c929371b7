import { clean } from './phrases.ts';
import { distance, englishTerms } from './word-roots.ts';

// Finding a project's name in a sentence: the caller's projects by their spelling, their "#" form or their words'
// roots, a name said to be a project ("the Camping project"), and the "to Groceries" / "in the Work project" phrases
// that name one inside a task to add or a list to show.

/** What the interpreter knows of the caller: their project names, so "to <word>" is a project only when one exists. */
export interface KnownNames {
  projects?: readonly string[];
  /** Titles of the caller's open tasks, when the sentence needs them ("under X": a tag or a parent task). */
  tasks?: readonly string[];
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A name as "#" spells it: "Garden Club", "garden-club" and "#gardenclub" are one. */
const squashed = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, '');

/** The caller's project a phrase names, in the project's own spelling; the Inbox is always known. */
export function knownProject(name: string, known: KnownNames): string | undefined {
  const key = name.trim().toLowerCase();
  const found = known.projects?.find((project) => project.toLowerCase() === key);
  if (found || key === 'inbox') return found ?? 'Inbox';
  // "the grocery list" names "Groceries": the same words by their roots.
  const roots = nameRoots(key);
  return roots ? known.projects?.find((project) => nameRoots(project) === roots) : undefined;
}

/** A short name's words by their roots ("grocery", "garden clubs" → "garden club"); a verb's form names no project. */
function nameRoots(name: string): string | undefined {
  if (!/^[\p{L}' -]+$/u.test(name) || name.split(/\s+/).length > 3) return undefined;
  const terms = englishTerms(name);
  if (terms.length === 0 || terms.some((term) => term.tags.includes('Verb'))) return undefined;
  return terms.map((term) => (term.root ?? term.normal ?? term.text).toLowerCase()).join(' ');
}

// "my task list", "the whole list": words before "list" that are not a project's name unless the caller has one.
const NOT_PROJECT_NAMES = /^(?:tasks?|todos?|to-?dos?|to do|whole|full|entire|complete|all|this|that|same|other|a|an)$/i;

/**
 * "the Work project", "my Groceries list", "Work": the bare name, and whether the word "project" said it is one. "my
 * shopping list" or "reset my list" name no project unless the caller has one so called.
 */
function projectName(phrase: string): { name: string; explicit: boolean } {
  const text = clean(phrase).replace(/^(?:the|my|our)\s+/i, '');
  const before = /^(project|list)\s+(.+)$/i.exec(text);
  const after = /^(.+?)\s+(project|list)$/i.exec(text);
  const said = before ? before[2] : after?.[1];
  const word = (before?.[1] ?? after?.[2])?.toLowerCase();
  const name = said ? clean(said).replace(/^["']|["']$/g, '') : undefined;
  if (!name || NOT_PROJECT_NAMES.test(name)) return { name: name ?? text, explicit: false };
  return { name, explicit: word === 'project' };
}

/** The caller's project a phrase starts with ("groceries that anyone can use"): the words after it say something else. */
export function leadingProject(phrase: string, known: KnownNames): string | undefined {
  const text = clean(phrase).replace(/^(?:the|my|our)\s+/i, '');
  const names = [...(known.projects ?? []), 'Inbox'].sort((a, b) => b.length - a.length);
  const name = names.find((project) => new RegExp(`^${escapeRegExp(project)}(?:$|\\s)`, 'i').test(text));
  return name ? knownProject(name, known) : undefined;
}

/** A project named where only a project can be meant ("share X with …"): the caller's spelling when they have it. */
export function spelled(phrase: string, known: KnownNames): string | undefined {
  const { name } = projectName(phrase);
  if (/^(?:it|them|that|this)$/i.test(name)) return undefined;
  return knownProject(name, known) ?? leadingProject(phrase, known) ?? (name || undefined);
}

/** A project phrase as a tool argument: a known project by its own name, an explicit one as said, else nothing. */
export function projectArgument(phrase: string, known: KnownNames): string | undefined {
  const { name, explicit } = projectName(phrase);
  if (!name) return undefined;
  return knownProject(name, known) ?? (explicit ? name : undefined);
}

/**
 * "hand in my art project", "turn in the science project": "in" after "hand" or "turn" is the verb's, and the project
 * is the task's coursework, never a list to put it in.
 */
const NOT_A_PARTICLE = String.raw`(?<!\b(?:hand|hands|handed|handing|turn|turns|turned|turning)\s+)`;

/**
 * Takes a "to/in <project>" clause out of the words of a task to add: a project the caller has, by name, or any name
 * followed by "project" ("to the Garden project"). "talk to mom" keeps its words unless the caller has a project "mom".
 */
export function extractProject(text: string, known: KnownNames): { text: string; project?: string } {
  const names = [...(known.projects ?? []), 'inbox'].sort((a, b) => b.length - a.length);
  // "add finish the deck #work": Todoist's "#" names a project the caller has ("#gardenclub" too), else it is a tag.
  const hashed = /(?:^|\s)#([\p{L}\p{N}_-]+)(?=$|[\s,.;])/gu;
  for (const match of text.matchAll(hashed)) {
    const project = names.find((name) => squashed(name) === squashed(match[1] ?? ''));
    if (project)
      return {
        text: text.slice(0, match.index) + text.slice(match.index + match[0].length),
        project: knownProject(project, known) ?? project,
      };
  }
  // An emoji said with the project ("to Groceries 🛒") goes with it, not into the title. Where one goes is no project
  // ("walk to work", "cycle to work", "on the way to work").
  const said = (name: string) =>
    new RegExp(
      `(?<!\\b(?:walk|cycle|bike|drive|ride|commute|way)(?:s|ing)?)(?:,\\s*|\\s+)(?:to|in|into|on|onto|for)\\s+(?:the\\s+|my\\s+|our\\s+)?${escapeRegExp(name)}(?:\\s+(?:project|list))?(?:\\s*\\p{Extended_Pictographic}\\uFE0F?)*(?=$|[\\s,.;])`,
      'iu',
    );
  // "prune the roses in late february, Garden Club", "fix the tap, Home Projects, medium priority", "paint the bedroom
  // (Home Projects)", "set up a 1:1 monday 10am, work list": the caller's project named as a field of its own.
  const field = (name: string) =>
    new RegExp(
      `(?:,\\s*|\\s*\\(\\s*)(?:the\\s+|my\\s+)?${escapeRegExp(name)}(?:\\s+(?:project|list))?(?:\\s*\\)|(?=\\s*(?:$|[,;.])))`,
      'iu',
    );
  for (const shape of [said, field]) {
    for (const name of names) {
      const match = shape(name).exec(text);
      if (match)
        return { text: text.slice(0, match.index) + text.slice(match.index + match[0].length), project: knownProject(name, known) ?? name };
    }
  }
  // "add avocados to grocery list": a list or project named by another form of the caller's project's name.
  // "to home project" names "Home Projects" as well.
  const formed = /(?:,\s*|\s+)(?:to|in|into|on|onto)\s+(?:the\s+|my\s+|our\s+)?(\p{L}+(?:\s+\p{L}+)?)\s+(list|project)(?=$|[\s,.;])/iu.exec(
    text,
  );
  const formedProject = formed?.[1] ? (knownProject(formed[1], known) ?? knownProject(`${formed[1]} ${formed[2]}`, known)) : undefined;
  if (formed && formedProject)
    return { text: text.slice(0, formed.index) + text.slice(formed.index + formed[0].length), project: formedProject };
  // "add coffee to grocceries": a long name one slip of the keys away, said last, is the caller's project.
  const slipped = /(?:,\s*|\s+)(?:to|in|into|onto)\s+(?:the\s+|my\s+|our\s+)?(\p{L}{6,})(?:\s+(?:project|list))?$/iu.exec(text);
  const near = slipped?.[1]
    ? names.find(
        (name) =>
          name.length >= 6 &&
          name[0]?.toLowerCase() === slipped[1]?.[0]?.toLowerCase() &&
          distance(name.toLowerCase(), slipped[1]?.toLowerCase() ?? '') <= 1,
      )
    : undefined;
  if (slipped && near) return { text: text.slice(0, slipped.index), project: knownProject(near, known) ?? near };
  const explicit = new RegExp(
    String.raw`(?:,\s*|\s+)${NOT_A_PARTICLE}(?:to|in|into)\s+(?:the\s+|my\s+|our\s+)?(?:project\s+(\S+)|(\S+(?:\s+\S+)?)\s+project)(?=$|[\s,.;])`,
    'i',
  ).exec(text);
  const name = explicit?.[1] ?? explicit?.[2];
  if (!explicit || !name) return { text };
  return { text: text.slice(0, explicit.index) + text.slice(explicit.index + explicit[0].length), project: name };
}

/**
 * A project the sentence says is one ("to the Camping project", "in project Apollo") that the caller does not have,
 * when their projects are known: asked about before a task is added to it or moved there. Only where a task goes
 * (to, in, into): "work on my side project" and "glue for the school project" are titles.
 */
export function unknownProject(text: string, known: KnownNames): string | undefined {
  if (!known.projects) return undefined;
  if (known.projects.some((project) => new RegExp(`(?:^|\\s)${escapeRegExp(project)}\\s+project\\b`, 'i').test(text))) return undefined;
  const said =
    new RegExp(
      String.raw`${NOT_A_PARTICLE}\b(?:to|in|into)\s+(?:the\s+|my\s+|our\s+)?([\p{L}\p{N}&'-]+(?:\s+[\p{L}\p{N}&'-]+)?)\s+project\b`,
      'iu',
    ).exec(text) ?? /\b(?:to|in|into)\s+project\s+([\p{L}\p{N}&'-]+)/iu.exec(text);
  const name = said?.[1]?.replace(/^(?:the|my|our)\s+/i, '');
  if (!name || NOT_PROJECT_NAMES.test(name) || /^(?:the|my|our|new)$/i.test(name)) return undefined;
  return knownProject(name, known) || knownProject(`${name} project`, known) ? undefined : name;
}

/** "what do I have to do at work", "what's left at work": a place after what there is to do there. */
const AT_PROJECT = /\b(?:to\s+do|doing|on|due|left|open|pending|outstanding|have|got)\s+at\s+((?:the\s+|my\s+|our\s+)?.+?)$/i;
/** "what's due by the end of the month in work": the last "in", "for", … when an earlier one names no project. */
const LAST_PLACE = /^.*\b(?:in|from|of|on|for)\s+((?:the\s+|my\s+|our\s+)?[^,;]+?)$/i;
const NO_PROJECT = /\s*\b(?:without\s+(?:a\s+|any\s+)?|with\s+no\s+|not\s+in\s+(?:a\s+|any\s+)?)projects?\b/i;

/**
 * A list question that names a project ("what's in the Work project?", "show my Work list", "high priority tasks in
 * Work"): the project, and the text without that phrase for the other filters. Only the caller's projects, or a name
 * said to be a project, count: "tasks in work" stays the tag "work" when the caller has no project of that name.
 */
export function extractListProject(said: string, known: KnownNames): { text: string; project?: string } {
  // "tasks without a project", "anything not in a project": what is in no other project is in the Inbox.
  const noProject = NO_PROJECT.exec(said);
  if (noProject)
    return { text: clean(said.slice(0, noProject.index) + said.slice(noProject.index + noProject[0].length)), project: 'Inbox' };
  // "open the Garden Club list", "pull up work", "go to groceries": said of a project, each shows it.
  const text = said.replace(
    /^(?:show\s+)?(?:open(?:\s+up)?|pull\s+up|bring\s+up|go\s+to|switch\s+to|take\s+me\s+to|jump\s+to)\s+/i,
    'show ',
  );
  const patterns = [
    /\b(?:in|from|of|on|for)\s+((?:the\s+|my\s+|our\s+)?(?:project\s+\S+|.+?\s+(?:project|list)))(?=$|\s)/i,
    // "what's in work, that's overdue": the project ends at the comma, and what follows filters it.
    /^(?:what's|whats|what is|what are|anything)\s+(?:in|on|inside|within)\s+([^,;]+)/i,
    /^(?:show|list|display|view|open|see|get)\s+(?:me\s+)?((?:the\s+|my\s+|our\s+)?.+?\s+(?:project|list))$/i,
    /^(?:show|list|display|view|open|see|get)\s+(?:me\s+)?((?:the\s+|my\s+|our\s+)?.+?)$/i,
    /\b(?:in|from|of|on|for)\s+((?:the\s+|my\s+|our\s+)?.+?)$/i,
    LAST_PLACE,
    // "what do I have to do at work": where the caller has a project of that name, said last.
    AT_PROJECT,
    /^(?:show|list|display|view|see|get)?\s*(?:me\s+)?(?:all\s+)?(?:my\s+|the\s+)?(.+?)\s+(?:tasks|todos|items)\b/i,
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (!match?.[1]) continue;
    // "anything in garden club due this week": the caller's project the words start with, the rest other filters.
    // Only the whole place after "at" is a project: "long day at work lol, anyway …" names none.
    const lead = projectArgument(match[1], known) || pattern === AT_PROJECT ? undefined : leadingProject(match[1], known);
    const said = lead ? (new RegExp(`^(?:(?:the|my|our)\\s+)?${escapeRegExp(lead)}`, 'i').exec(match[1])?.[0] ?? match[1]) : match[1];
    const project = lead ?? projectArgument(match[1], known);
    // "what's on my list for tomorrow": a day is no project's name.
    if (!project || (!knownProject(project, known) && /^(?:for|on|in|by|due|this|next|today|tomorrow|tonight)\b/i.test(project))) continue;
    const start = match.index + (pattern === LAST_PLACE ? match[0].lastIndexOf(said) : match[0].indexOf(said));
    const rest = `${text.slice(0, start)} ${text.slice(start + said.length)}`
      .replace(/\s+(?:in|from|of|on|for)\s*$/i, '')
      .replace(/\s+/g, ' ')
      .trim();
    return { text: rest, project };
  }
  // "overdue work tasks", "high priority garden club stuff": the caller's project named just before "tasks".
  const kind = /((?:[\p{L}'-]+\s+){0,2}[\p{L}'-]+)\s+(?:tasks|todos|items|stuff)\b/iu.exec(text);
  const before = kind?.[1] ?? '';
  const words = before ? before.split(/\s+/) : [];
  for (let count = words.length; kind && count > 0; count--) {
    const name = words.slice(-count).join(' ');
    const project = known.projects?.find((known) => known.toLowerCase() === name.toLowerCase());
    if (!project) continue;
    const start = kind.index + before.length - name.length;
    return { text: `${text.slice(0, start)}${text.slice(start + name.length)}`.replace(/\s+/g, ' ').trim(), project };
  }
  return { text: said };
}

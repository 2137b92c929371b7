import { clean, parseTaskRef } from './interpreter-phrases.ts';
import { MANY_TASKS } from './interpreter-vocabulary.ts';
import type { Interpretation } from './offline-interpreter.ts';
import { englishTerms } from './word-roots.ts';

// The sentences about projects: listing, creating and sharing them, assigning tasks and moving them between projects,
// and the "to Groceries" / "in the Work project" phrases that name a project inside other sentences.

/** What the interpreter knows of the caller: their project names, so "to <word>" is a project only when one exists. */
export interface KnownNames {
  projects?: readonly string[];
  /** Titles of the caller's open tasks, when the sentence needs them ("under X": a tag or a parent task). */
  tasks?: readonly string[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
function leadingProject(phrase: string, known: KnownNames): string | undefined {
  const text = clean(phrase).replace(/^(?:the|my|our)\s+/i, '');
  const names = [...(known.projects ?? []), 'Inbox'].sort((a, b) => b.length - a.length);
  const name = names.find((project) => new RegExp(`^${escapeRegExp(project)}(?:$|\\s)`, 'i').test(text));
  return name ? knownProject(name, known) : undefined;
}

/** A project named where only a project can be meant ("share X with …"): the caller's spelling when they have it. */
function spelled(phrase: string, known: KnownNames): string | undefined {
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
  for (const name of names) {
    // An emoji said with the project ("to Groceries 🛒") goes with it, not into the title.
    const clause = new RegExp(
      `(?:,\\s*|\\s+)(?:to|in|into|on|onto|for)\\s+(?:the\\s+|my\\s+|our\\s+)?${escapeRegExp(name)}(?:\\s+(?:project|list))?(?:\\s*\\p{Extended_Pictographic}\\uFE0F?)*(?=$|[\\s,.;])`,
      'iu',
    ).exec(text);
    if (clause) {
      return {
        text: text.slice(0, clause.index) + text.slice(clause.index + clause[0].length),
        project: knownProject(name, known) ?? name,
      };
    }
  }
  // "add avocados to grocery list": a list or project named by another form of the caller's project's name.
  const formed =
    /(?:,\s*|\s+)(?:to|in|into|on|onto)\s+(?:the\s+|my\s+|our\s+)?(\p{L}+(?:\s+\p{L}+)?)\s+(?:list|project)(?=$|[\s,.;])/iu.exec(text);
  const formedProject = formed?.[1] ? knownProject(formed[1], known) : undefined;
  if (formed && formedProject)
    return { text: text.slice(0, formed.index) + text.slice(formed.index + formed[0].length), project: formedProject };
  const explicit = /(?:,\s*|\s+)(?:to|in|into)\s+(?:the\s+|my\s+|our\s+)?(?:project\s+(\S+)|(\S+(?:\s+\S+)?)\s+project)(?=$|[\s,.;])/i.exec(
    text,
  );
  const name = explicit?.[1] ?? explicit?.[2];
  if (!explicit || !name) return { text };
  return { text: text.slice(0, explicit.index) + text.slice(explicit.index + explicit[0].length), project: name };
}

const ROLE =
  /(?:\s*,?\s*(?:as\s+(?:an?\s+)?(editor|viewer)s?|(read[\s-]?only|view[\s-]?only|who can view|who can only view|can view)|(who can edit|can edit)))$/i;

function roleOf(text: string): { text: string; role?: 'editor' | 'viewer' } {
  const match = ROLE.exec(text);
  if (!match) return { text };
  const role = match[1] ? (match[1].toLowerCase() as 'editor' | 'viewer') : match[2] ? 'viewer' : 'editor';
  return { text: text.slice(0, match.index), role };
}

const EMAIL = '([^\\s@,]+@[^\\s@,]+\\.[^\\s@,]+)';

/**
 * A project the sentence says is one ("to the Camping project", "in project Apollo") that the caller does not have,
 * when their projects are known: asked about before a task is added to it or moved there. Only where a task goes
 * (to, in, into): "work on my side project" and "glue for the school project" are titles.
 */
function unknownProject(text: string, known: KnownNames): string | undefined {
  if (!known.projects) return undefined;
  if (known.projects.some((project) => new RegExp(`(?:^|\\s)${escapeRegExp(project)}\\s+project\\b`, 'i').test(text))) return undefined;
  const said =
    /\b(?:to|in|into)\s+(?:the\s+|my\s+|our\s+)?([\p{L}\p{N}&'-]+(?:\s+[\p{L}\p{N}&'-]+)?)\s+project\b/iu.exec(text) ??
    /\b(?:to|in|into)\s+project\s+([\p{L}\p{N}&'-]+)/iu.exec(text);
  const name = said?.[1]?.replace(/^(?:the|my|our)\s+/i, '');
  if (!name || NOT_PROJECT_NAMES.test(name) || /^(?:the|my|our|new)$/i.test(name)) return undefined;
  return knownProject(name, known) ? undefined : name;
}

/** The sentences that are about projects themselves, or undefined when the message is about something else. */
export function interpretProjectPhrase(text: string, known: KnownNames): Interpretation | undefined {
  const lower = text.toLowerCase();
  if (
    /^(?:(?:list|show|display|see|view|get)\s+)?(?:me\s+)?(?:all\s+)?(?:of\s+)?(?:my\s+)?(?:projects|projs|lists)$/i.test(lower) ||
    /^(?:what|which)\s+(?:projects|projs|lists)\b/i.test(lower) ||
    /^(?:what are|which are)\s+(?:all\s+)?(?:of\s+)?my\s+(?:projects|projs|lists)$/i.test(lower)
  ) {
    return { kind: 'call', tool: 'list_projects', args: {} };
  }

  const create =
    /^(?:create|make|add|start|new)\s+(?:me\s+)?(?:a\s+|an\s+)?(?:new\s+)?(?:project|list)\s*(?:called|named|titled|:)?\s+(.+)$/i.exec(
      text,
    ) ?? /^(?:new)\s+(?:project|list)\s*:?\s*(.+)$/i.exec(text);
  if (create?.[1]) {
    // "a project for the Wedding Planning" is named by what it is for; "a list of things to pack" is no name.
    const name = clean(create[1].replace(/^for\s+(?:the\s+|my\s+|our\s+)?/i, '')).replace(/^["'“](.*)["'”]$/, '$1');
    if (name && !/^of\b/i.test(name)) return { kind: 'call', tool: 'create_project', args: { name } };
  }

  // "add bin bags to groceries and share it with sam@…": two requests, one of them about a project; asked, not half done.
  if (
    /^(?:add|create|new|put|make)\b.*\s(?:and|then|,)\s+(?:then\s+|also\s+)?(?:share|invite|assign|move)\s+(?:it|that|them|the|my|\S+@)/i.test(
      text,
    )
  )
    return { kind: 'help', reason: 'One thing at a time, please: say the first, then the second.' };

  const unknown = unknownProject(text, known);
  if (unknown) {
    return {
      kind: 'help',
      reason: `You have no project called "${unknown}". Say "create a project called ${unknown}" first, or name one of yours.`,
    };
  }

  const link =
    /^(?:make|create|get|generate|give\s+me|send\s+me|i\s+(?:need|want))\s+(?:me\s+)?(?:an?\s+)?(?:new\s+)?(?:(?:invite|invitation|share|sharing|join)\s+)?link\s+(?:for(?:\s+(?:sharing|joining))?|to(?:\s+(?:share|join))?)\s+(.+?)(?:\s+(?:that|which)\s+(?:anyone|everyone|people)\s+can\s+use)?$/i.exec(
      text,
    ) ??
    /^share\s+(.+?)\s+(?:with|by|via|using)\s+(?:an?\s+)?(?:invite\s+|invitation\s+|share\s+)?link(?=$|\s*,|\s+as\b|\s+read|\s+view|\s+who|\s+can)(.*)$/i.exec(
      text,
    );
  if (link?.[1]) {
    const { text: rest, role } = roleOf(`${link[1]}${link[2] ?? ''}`);
    const project = spelled(rest, known);
    if (project) return { kind: 'call', tool: 'share_project', args: { project, link: true, ...(role ? { role } : {}) } };
  }

  // "so Ana helps with the deck now, can you share the Work project with ana@example.com": the request after the chatter.
  const asked =
    /(?:^|[,;]\s*|\s+(?:so|and)\s+)(?:(?:can|could|would|will)\s+you\s+|please\s+|pls\s+)?((?:share|invite)\s.+)$/i.exec(text)?.[1] ?? text;
  const share =
    new RegExp(`^share\\s+(.+?)\\s+with\\s+${EMAIL}(.*)$`, 'i').exec(asked) ??
    new RegExp(`^(?:invite|add)\\s+${EMAIL}\\s+(?:to|into|on)\\s+(.+?)$`, 'i').exec(asked);
  if (share?.[1] && share[2]) {
    const emailFirst = !/^share/i.test(asked);
    const { text: rest, role } = roleOf(emailFirst ? share[2] : `${share[1]}${share[3] ?? ''}`);
    const projectPart = emailFirst ? rest : share[1];
    const email = emailFirst ? share[1] : share[2];
    const project = spelled(roleOf(projectPart).text, known);
    if (project) return { kind: 'call', tool: 'share_project', args: { project, email: email.toLowerCase(), ...(role ? { role } : {}) } };
  }

  // "let sam@example.com edit Home Projects": a share with the role said by the verb.
  const letEdit = new RegExp(`^let\\s+${EMAIL}\\s+(edit|view|see)\\s+(.+)$`, 'i').exec(text);
  const letProject = letEdit?.[3] ? spelled(letEdit[3], known) : undefined;
  if (letEdit?.[1] && letProject) {
    const role = letEdit[2]?.toLowerCase() === 'edit' ? 'editor' : 'viewer';
    return { kind: 'call', tool: 'share_project', args: { project: letProject, email: letEdit[1].toLowerCase(), role } };
  }

  const unassign =
    /^(?:unassign|un-assign|deassign)\s+(.+?)(?:\s+from\s+\S+)?$/i.exec(text) ??
    /^(?:remove|clear|drop|delete)\s+(?:the\s+)?(?:assignee|owner)\s+(?:from|of|on|for)\s+(.+)$/i.exec(text);
  if (unassign?.[1]) return withRef('assign_task', unassign[1], { assignee: null });
  // "give/hand the hedge task to tom@example.com", "delegate the report to Sam": an assignment. "give X to Y" is one
  // only with an address, since "give the book to mum" is as likely a task to add.
  const assign =
    /^(?:assign|reassign|delegate|hand\s+off|hand\s+over)\s+(.+?)\s+to\s+(.+)$/i.exec(text) ??
    new RegExp(`^(?:give|hand|pass)\\s+(.+?)\\s+(?:over\\s+)?to\\s+${EMAIL}$`, 'i').exec(text) ??
    // "give the hedge job to Sam": a task said to be one is handed over, where "give the book to mum" is a thing to do.
    /^(?:give|hand|pass)\s+((?:the|my|that|this)\s+.+?\s+(?:task|job|chore|todo|item|one))\s+(?:over\s+)?to\s+(\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)?|me)$/u.exec(
      text,
    );
  // "make me responsible for the memo", "I'll take the memo": the caller takes it.
  const takeIt =
    /^(?:make\s+me\s+(?:responsible|the\s+owner|the\s+assignee)\s+(?:for|of)|assign\s+me(?:\s+to)?|i'?ll\s+take(?:\s+care\s+of)?)\s+(.+)$/i.exec(
      text,
    );
  if (takeIt?.[1]) return withRef('assign_task', takeIt[1], { assignee: 'me' });
  if (assign?.[1] && assign[2]) {
    const who = clean(assign[2]);
    return withRef('assign_task', assign[1], { assignee: /^(?:nobody|no one|none)$/i.test(who) ? null : who });
  }

  // "put 12 in the Work project", "send the hedge task over to Garden Club", "move the budget task out of Work into my
  // inbox", "move it back to the inbox": where it goes is the project; where it was and "back" are not the task.
  const move = /^(?:move|mv|transfer|put|send|shift|stick|pop|throw|chuck|toss)\s+(.+?)\s+(?:over\s+)?(?:to|into|in|under)\s+(.+)$/i.exec(
    text,
  );
  if (move?.[1] && move[2]) {
    const project = projectArgument(move[2], known);
    const ref = move[1].replace(/\s+(?:out\s+of|from)\s+.+$/i, '').replace(/\s+back$/i, '');
    // "put apples in groceries" adds; "put 12 in …", "send the hedge task over to …" name a task that exists.
    const namesTask =
      /^(?:move|transfer)\b/i.test(text) || /^(?:#?\d+|it|that|this|that one|this one)$|\b(?:task|todo|one)$/i.test(ref.trim());
    if (project && namesTask) return withRef('move_task', ref, { project });
  }
  return undefined;
}

const ADD_VERB = /^(?:add|create|new|put|todo|to-do)\b/i;
const ASK_VERB = /^(?:what|what's|whats|which|show|list|any|anything|how\s+many|search|find)\b/i;

/**
 * A sentence about a project said in another order, rewritten in the order the task rules read: the project said
 * first ("Groceries: add tomatoes", "in work: what's overdue", "create a task in Work: review the contract", "search
 * groceries for cheese") or added to with an everyday verb ("stick pasta on the groceries list"). Undefined otherwise.
 */
export function projectSaidFirst(text: string, known: KnownNames): string | undefined {
  const names = [...(known.projects ?? []), 'Inbox']
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  const PROJECT = `(?:the\\s+|my\\s+|our\\s+)?(${names})(?:\\s+(?:project|list))?`;
  const labelled = new RegExp(`^(?:(?:in|to|for|on|into)\\s+)?${PROJECT}\\s*:\\s*(.+)$`, 'i').exec(text);
  if (labelled?.[1] && labelled[2]) {
    const project = knownProject(labelled[1], known) ?? labelled[1];
    if (ADD_VERB.test(labelled[2])) return `${labelled[2]} to ${project}`;
    if (ASK_VERB.test(labelled[2])) return `${labelled[2]} in ${project}`;
  }
  const taskIn = new RegExp(
    `^(?:add|create|make|new|put)\\s+(?:a\\s+|an\\s+)?(?:new\\s+)?(?:task|todo|to-do|item)\\s+(?:in|to|for|on|into)\\s+${PROJECT}\\s*(?::|\\s+(?:called|named|titled|to)\\s)\\s*(.+)$`,
    'i',
  ).exec(text);
  if (taskIn?.[1] && taskIn[2]) return `add ${taskIn[2]} to ${knownProject(taskIn[1], known) ?? taskIn[1]}`;
  const searchIn = new RegExp(
    `^(?:search|look\\s+through|go\\s+through|check)\\s+(?:in\\s+|through\\s+)?${PROJECT}\\s+for\\s+(.+)$`,
    'i',
  ).exec(text);
  if (searchIn?.[1] && searchIn[2]) return `search ${searchIn[2]} in ${knownProject(searchIn[1], known) ?? searchIn[1]}`;
  const informal = /^(?:stick|pop|throw|chuck|toss|slap|bung|jot\s+down|write\s+down)\s+(.+)$/i.exec(text);
  if (informal?.[1] && !/^(?:out|away)\b/i.test(informal[1]) && extractProject(informal[1], known).project) return `add ${informal[1]}`;
  return undefined;
}

function withRef(tool: 'assign_task' | 'move_task', refText: string, args: Record<string, unknown>): Interpretation {
  if (MANY_TASKS.test(refText.trim()))
    return { kind: 'help', reason: 'Which task? I change one task at a time: give its number or words of its title.' };
  const target = parseTaskRef(refText);
  if (!target) return { kind: 'help', reason: 'Which task? Give its number or words of its title.' };
  return { kind: 'call', tool, args, target };
}

/**
 * A list question that names a project ("what's in the Work project?", "show my Work list", "high priority tasks in
 * Work"): the project, and the text without that phrase for the other filters. Only the caller's projects, or a name
 * said to be a project, count: "tasks in work" stays the tag "work" when the caller has no project of that name.
 */
export function extractListProject(said: string, known: KnownNames): { text: string; project?: string } {
  // "open the Garden Club list", "pull up work", "go to groceries": said of a project, each shows it.
  const text = said.replace(
    /^(?:show\s+)?(?:open(?:\s+up)?|pull\s+up|bring\s+up|go\s+to|switch\s+to|take\s+me\s+to|jump\s+to)\s+/i,
    'show ',
  );
  const patterns = [
    /\b(?:in|from|of|on|for)\s+((?:the\s+|my\s+|our\s+)?(?:project\s+\S+|.+?\s+(?:project|list)))(?=$|\s)/i,
    /^(?:what's|whats|what is|what are|anything)\s+(?:in|on|inside|within)\s+(.+)$/i,
    /^(?:show|list|display|view|open|see|get)\s+(?:me\s+)?((?:the\s+|my\s+|our\s+)?.+?\s+(?:project|list))$/i,
    /^(?:show|list|display|view|open|see|get)\s+(?:me\s+)?((?:the\s+|my\s+|our\s+)?.+?)$/i,
    /\b(?:in|from|of|on|for)\s+((?:the\s+|my\s+|our\s+)?.+?)$/i,
    /^(?:show|list|display|view|see|get)?\s*(?:me\s+)?(?:all\s+)?(?:my\s+|the\s+)?(.+?)\s+(?:tasks|todos|items)\b/i,
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (!match?.[1]) continue;
    const project = projectArgument(match[1], known);
    // "what's on my list for tomorrow": a day is no project's name.
    if (!project || (!knownProject(project, known) && /^(?:for|on|in|by|due|this|next|today|tomorrow|tonight)\b/i.test(project))) continue;
    const start = match.index + match[0].indexOf(match[1]);
    const rest = `${text.slice(0, start)} ${text.slice(start + match[1].length)}`
      .replace(/\s+(?:in|from|of|on|for)\s*$/i, '')
      .replace(/\s+/g, ' ')
      .trim();
    return { text: rest, project };
  }
  return { text: said };
}

import { clean, parseTaskRef } from './interpreter-phrases.ts';
import { MANY_TASKS } from './interpreter-vocabulary.ts';
import type { Interpretation } from './offline-interpreter.ts';

// The sentences about projects: listing, creating and sharing them, assigning tasks and moving them between projects,
// and the "to Groceries" / "in the Work project" phrases that name a project inside other sentences.

/** What the interpreter knows of the caller: their project names, so "to <word>" is a project only when one exists. */
export interface KnownNames {
  projects?: readonly string[];
  /** Titles of the caller's open tasks, when the sentence needs them ("under X": a tag or a parent task). */
  tasks?: readonly string[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The caller's project a phrase names, in the project's own spelling; the Inbox is always known. */
export function knownProject(name: string, known: KnownNames): string | undefined {
  const key = name.trim().toLowerCase();
  const found = known.projects?.find((project) => project.toLowerCase() === key);
  return found ?? (key === 'inbox' ? 'Inbox' : undefined);
}

// "my task list", "the whole list": words before "list" that are not a project's name unless the caller has one.
const NOT_PROJECT_NAMES = /^(?:tasks?|todos?|to-?dos?|to do|whole|full|entire|complete|all|this|that|same|other|a|an)$/i;

/** "the Work project", "my Groceries list", "Work": the bare name, and whether a word said it is a project. */
function projectName(phrase: string): { name: string; explicit: boolean } {
  const text = clean(phrase).replace(/^(?:the|my|our)\s+/i, '');
  const named = /^(?:project|list)\s+(.+)$/i.exec(text) ?? /^(.+?)\s+(?:project|list)$/i.exec(text);
  const name = named?.[1] ? clean(named[1]).replace(/^["']|["']$/g, '') : undefined;
  return name && !NOT_PROJECT_NAMES.test(name) ? { name, explicit: true } : { name: name ?? text, explicit: false };
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
  for (const name of names) {
    const clause = new RegExp(
      `(?:,\\s*|\\s+)(?:to|in|into|on|for)\\s+(?:the\\s+|my\\s+|our\\s+)?${escapeRegExp(name)}(?:\\s+(?:project|list))?(?=$|[\\s,.;])`,
      'i',
    ).exec(text);
    if (clause) {
      return {
        text: text.slice(0, clause.index) + text.slice(clause.index + clause[0].length),
        project: knownProject(name, known) ?? name,
      };
    }
  }
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

/** A project named where only a project can be meant ("share X with …"): the caller's spelling when they have it. */
const spelled = (name: string, known: KnownNames) => (name ? (knownProject(name, known) ?? name) : undefined);

const EMAIL = '([^\\s@,]+@[^\\s@,]+\\.[^\\s@,]+)';

/** The sentences that are about projects themselves, or undefined when the message is about something else. */
export function interpretProjectPhrase(text: string, known: KnownNames): Interpretation | undefined {
  const lower = text.toLowerCase();
  if (
    /^(?:(?:list|show|display|see|view|get)\s+)?(?:me\s+)?(?:all\s+)?(?:of\s+)?(?:my\s+)?(?:projects|lists)$/i.test(lower) ||
    /^(?:what|which)\s+(?:projects|lists)\b/i.test(lower) ||
    /^(?:what are|which are)\s+(?:all\s+)?(?:of\s+)?my\s+(?:projects|lists)$/i.test(lower)
  ) {
    return { kind: 'call', tool: 'list_projects', args: {} };
  }

  const create =
    /^(?:create|make|add|start|new)\s+(?:me\s+)?(?:a\s+|an\s+)?(?:new\s+)?(?:project|list)\s*(?:called|named|titled|:)?\s+(.+)$/i.exec(
      text,
    ) ?? /^(?:new)\s+(?:project|list)\s*:?\s*(.+)$/i.exec(text);
  if (create?.[1]) {
    const name = clean(create[1]).replace(/^["'“](.*)["'”]$/, '$1');
    if (name && !/^(?:of|for)\b/i.test(name)) return { kind: 'call', tool: 'create_project', args: { name } };
  }

  const link =
    /^(?:make|create|get|generate|give\s+me|send\s+me|i\s+(?:need|want))\s+(?:me\s+)?(?:an?\s+)?(?:new\s+)?(?:(?:invite|invitation|share|sharing|join)\s+)?link\s+(?:for|to(?:\s+(?:share|join))?)\s+(.+?)(?:\s+(?:that|which)\s+(?:anyone|everyone|people)\s+can\s+use)?$/i.exec(
      text,
    ) ??
    /^share\s+(.+?)\s+(?:with|by|via|using)\s+(?:an?\s+)?(?:invite\s+|invitation\s+|share\s+)?link(?=$|\s*,|\s+as\b|\s+read|\s+view|\s+who|\s+can)(.*)$/i.exec(
      text,
    );
  if (link?.[1]) {
    const { text: rest, role } = roleOf(`${link[1]}${link[2] ?? ''}`);
    const project = spelled(projectName(rest).name, known);
    if (project) return { kind: 'call', tool: 'share_project', args: { project, link: true, ...(role ? { role } : {}) } };
  }

  const share =
    new RegExp(`^share\\s+(.+?)\\s+with\\s+${EMAIL}(.*)$`, 'i').exec(text) ??
    new RegExp(`^(?:invite|add)\\s+${EMAIL}\\s+(?:to|into|on)\\s+(.+?)$`, 'i').exec(text);
  if (share?.[1] && share[2]) {
    const emailFirst = !/^share/i.test(text);
    const { text: rest, role } = roleOf(emailFirst ? share[2] : `${share[1]}${share[3] ?? ''}`);
    const projectPart = emailFirst ? rest : share[1];
    const email = emailFirst ? share[1] : share[2];
    const project = spelled(projectName(roleOf(projectPart).text).name, known);
    if (project) return { kind: 'call', tool: 'share_project', args: { project, email: email.toLowerCase(), ...(role ? { role } : {}) } };
  }

  // "let sam@example.com edit Home Projects": a share with the role said by the verb.
  const letEdit = new RegExp(`^let\\s+${EMAIL}\\s+(edit|view|see)\\s+(.+)$`, 'i').exec(text);
  const letProject = letEdit?.[3] ? spelled(projectName(letEdit[3]).name, known) : undefined;
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
    new RegExp(`^(?:give|hand|pass)\\s+(.+?)\\s+(?:over\\s+)?to\\s+${EMAIL}$`, 'i').exec(text);
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
  const move = /^(?:move|transfer|put|send|shift)\s+(.+?)\s+(?:over\s+)?(?:to|into|in|under)\s+(.+)$/i.exec(text);
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
export function extractListProject(text: string, known: KnownNames): { text: string; project?: string } {
  const patterns = [
    /\b(?:in|from|of|on|for)\s+((?:the\s+|my\s+|our\s+)?(?:project\s+\S+|.+?\s+(?:project|list)))(?=$|\s)/i,
    /^(?:what's|whats|what is|what are|anything)\s+(?:in|on)\s+(.+)$/i,
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
  return { text };
}

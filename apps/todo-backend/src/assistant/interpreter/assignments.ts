import type { Interpretation } from './offline-interpreter.ts';
import { notOneTask, stuffAboutAThing } from './one-task.ts';
import { clean, parseTaskRef } from './phrases.ts';
import { escapeRegExp, type KnownNames } from './project-names.ts';
import { MANY_TASKS } from './vocabulary.ts';

// Who does a task: "assign the report to Sam", "assign Ana to the report", "give the hedge task to tom@example.com",
// "make Ana the owner of the report", "I'll take the memo", and taken off: "unassign 5", "remove Ana from the report".

export const EMAIL = '([^\\s@,]+@[^\\s@,]+\\.[^\\s@,]+)';
/** An address inside a longer choice, captured with it. */
export const AN_EMAIL = EMAIL.replace(/^\(/, '(?:');

/** The assignment a sentence asks for, or undefined. */
export function readAssignment(text: string, known: KnownNames = {}): Interpretation | undefined {
  const unassign =
    // "unassign me from the budget spreadsheet": the person first, then the task.
    new RegExp(`^(?:unassign|un-assign|deassign)\\s+(?:me|myself|\\p{Lu}[\\p{L}'-]+|${AN_EMAIL})\\s+from\\s+(.+)$`, 'u').exec(text) ??
    /^(?:unassign|un-assign|deassign)\s+(.+?)(?:\s+from\s+\S+)?$/i.exec(text) ??
    // "remove Ana from the report", "take me off the report": a person (a name, an address, "me") off a task.
    new RegExp(
      `^(?:remove|take)\\s+(?:\\p{Lu}[\\p{L}'-]+|me|myself|${AN_EMAIL})\\s+(?:from|off)\\s+((?:the|my|task)\\s+.+|#?\\d+|it)$`,
      'u',
    ).exec(text) ??
    // "take me off the report": the caller no longer does it.
    /^(?:take|get)\s+me\s+off\s+(?!(?:my|the)\s+(?:todo\s+|to-do\s+)?list$)(.+)$/i.exec(text) ??
    /^(?:remove|clear|drop|delete)\s+(?:the\s+)?(?:assignee|owner)\s+(?:from|of|on|for)\s+(.+)$/i.exec(text);
  if (unassign?.[1]) return withRef('assign_task', unassign[1], { assignee: null });
  // "give/hand the hedge task to tom@example.com", "delegate the report to Sam": an assignment. "give X to Y" is one
  // only with an address, since "give the book to mum" is as likely a task to add.
  const assign =
    /^(?:assign|reassign|delegate|hand\s+off|hand\s+over)\s+(.+?)\s+to\s+(.+)$/i.exec(text) ??
    new RegExp(`^(?:give|hand|pass)\\s+(.+?)\\s+(?:over\\s+)?to\\s+${EMAIL}$`, 'i').exec(text) ??
    // "give the hedge job to Sam": a task said to be one is handed over, where "give the book to mum" is a thing to do.
    named(
      /^(?:give|hand|pass)\s+((?:the|my|that|this)\s+.+?\s+(?:task|job|chore|todo|item|one))\s+(?:over\s+)?to\s+([\p{L}'-]+(?:\s+[\p{L}'-]+)?)$/iu.exec(
        text,
      ),
    );
  // "assign Ana to the report": the person first, then the task (a name, an address or "me" before "to the …").
  const personFirst = new RegExp(
    `^(?:assign|reassign)\\s+(\\p{Lu}[\\p{L}'-]+|me|myself|${AN_EMAIL})\\s+to\\s+((?:the|my|this|that|task)\\s+.+|#?\\d+|it)$`,
    'u',
  ).exec(text);
  if (personFirst?.[1] && personFirst[2])
    return withRef('assign_task', personFirst[2], { assignee: /^(?:me|myself)$/i.test(personFirst[1]) ? 'me' : personFirst[1] });
  // "make Ana the owner of the report", "let Ana handle the report".
  const ownerSaid =
    new RegExp(`^make\\s+(\\p{Lu}[\\p{L}'-]+|${AN_EMAIL})\\s+(?:the\\s+)?(?:owner|assignee)\\s+(?:of|for|on)\\s+(.+)$`, 'u').exec(text) ??
    new RegExp(`^let\\s+(\\p{Lu}[\\p{L}'-]+|${AN_EMAIL})\\s+(?:handle|do|take(?:\\s+care\\s+of)?|own)\\s+(.+)$`, 'u').exec(text);
  if (ownerSaid?.[1] && ownerSaid[2]) return withRef('assign_task', ownerSaid[2], { assignee: ownerSaid[1] });
  // "I'll do the report myself": the caller takes it.
  const myself = /^i(?:'ll|\s+will)\s+(?:do|handle|take(?:\s+care\s+of)?)\s+(.+?)\s+myself$/i.exec(text);
  if (myself?.[1]) return withRef('assign_task', myself[1], { assignee: 'me' });
  // "make me responsible for the memo", "I'll take the memo": the caller takes it.
  const takeIt =
    /^(?:make\s+me\s+(?:responsible|the\s+owner|the\s+assignee)\s+(?:for|of)|assign\s+me(?:\s+to)?|i'?ll\s+take(?:\s+care\s+of)?)\s+(.+)$/i.exec(
      text,
    );
  if (takeIt?.[1]) return withRef('assign_task', takeIt[1], { assignee: 'me' });
  const said = personSaid(text);
  if (said) return withRef('assign_task', said.ref, { assignee: said.person });
  const handed = handedOver(text, known);
  if (handed) return handed;
  if (assign?.[1] && assign[2]) {
    const who = clean(assign[2]);
    return withRef('assign_task', assign[1], { assignee: /^(?:nobody|no one|none)$/i.test(who) ? null : who });
  }
  return undefined;
}

/** A call on one task: several tasks ("move 3, 4 to work", "everything") are asked about, one at a time. */
export function withRef(tool: 'assign_task' | 'move_task', refText: string, args: Record<string, unknown>): Interpretation {
  // "move 3, 4 to work", "move the dentist and the vet to Home Projects": several tasks, one at a time.
  if (MANY_TASKS.test(refText.trim()))
    return { kind: 'help', reason: 'Which task? I change one task at a time: give its number or words of its title.' };
  const several = notOneTask(refText) ?? stuffAboutAThing(refText);
  if (several) return { kind: 'help', reason: several };
  const target = parseTaskRef(refText);
  if (!target) return { kind: 'help', reason: 'Which task? Give its number or words of its title.' };
  return { kind: 'call', tool, args, target };
}

/** "give the book to Mum": family said with a capital are people to give things to, not people to hand tasks to. */
const FAMILY =
  /^(?:mum|mom|mam|mummy|mommy|dad|daddy|mother|father|gran|granny|grandma|grandpa|grandad|nan|nana|nanny|auntie|aunty|uncle|sis|bro)$/i;

/** A person's name said with a capital ("Sam", "SAM", "Ana Lopez") or "me": "give the book to mum" names no one. */
function named(said: RegExpExecArray | null): RegExpExecArray | null {
  return said?.[2] && ((/^\p{Lu}/u.test(said[2]) && !FAMILY.test(said[2])) || /^me$/i.test(said[2])) ? said : null;
}

/** "give the passport to Sam", "hand my car keys over to Ana Lopez": a thing handed to a person by name. */
const HANDED =
  /^(?:give|hand|pass)\s+((?:the|my|that|this)\s+.+?|(?:task\s+|number\s+|#)?\d+|it)\s+(?:over\s+)?to\s+([\p{L}'-]+(?:\s+[\p{L}'-]+)?)$/iu;

/**
 * "give the passport to Sam" hands over the caller's task about the passport, and is an errand to add when no open
 * task has those words; with the titles not known, it is read as the hand-over (the task is then looked for by name).
 */
function handedOver(text: string, known: KnownNames): Interpretation | undefined {
  const said = named(HANDED.exec(text));
  if (!said?.[1] || !said[2]) return undefined;
  // A number or "it" names a task whatever the titles say.
  const byWords = !/^(?:(?:task\s+|number\s+|#)?\d+|it|(?:that|this)\s+one)$/i.test(said[1]);
  if (known.tasks !== undefined && byWords) {
    const words = said[1].split(/\s+/).filter((word) => !/^(?:the|my|that|this)$/i.test(word));
    const inTitle = (title: string) =>
      words.every((word) => new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(word)}(?:$|[^\\p{L}\\p{N}])`, 'iu').test(title));
    if (!known.tasks.some(inTitle)) return { kind: 'call', tool: 'add_task', args: { title: clean(text) } };
  }
  return withRef('assign_task', said[1], { assignee: /^me$/i.test(said[2]) ? 'me' : said[2] });
}

/** A person by name (a capital, or an address) or "me". */
const PERSON = String.raw`(?<person>\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)?|${AN_EMAIL}|me)`;
/** A task named so that it ends where the rest starts: "the dentist task", "the dentist", "12", "it". */
const A_TASK = String.raw`(?<task>(?:the|my|that|this)\s+[^,;]+?|(?:task\s+|number\s+|#)?\d+|it)`;

/**
 * "Sam will do 12", "can Sam take the dentist?": who does it, said of the task ("the report is for Ana" may say who
 * it is for, and is asked about).
 */
const PERSON_SAID = [
  // "change the dentist task's assignee to Sam", "set the owner of 12 to Ana".
  new RegExp(
    String.raw`^(?:change|set|switch|update|make)\s+(?:the\s+)?(?:assignee|owner)\s+(?:of|for|on)\s+${A_TASK}\s+(?:to|as)\s+${PERSON}$`,
    'iu',
  ),
  new RegExp(String.raw`^(?:change|set|switch|update|make)\s+${A_TASK}(?:'s)?\s+(?:assignee|owner)\s+(?:to|as)\s+${PERSON}$`, 'iu'),
  // "the dentist task should be assigned to Sam".
  new RegExp(
    String.raw`^${A_TASK}\s+(?:should|must|needs\s+to|has\s+to)\s+be\s+(?:assigned|given|handed(?:\s+over)?|delegated)\s+to\s+${PERSON}$`,
    'iu',
  ),
  new RegExp(
    String.raw`^${PERSON}\s+(?:will|'ll|can|should|is\s+going\s+to|is\s+gonna)\s+(?:do|take|handle|own|look\s+after)\s+${A_TASK}$`,
    'iu',
  ),
  new RegExp(String.raw`^(?:can|could)\s+${PERSON}\s+(?:take|do|handle|own|look\s+after)\s+${A_TASK}$`, 'iu'),
];

function personSaid(text: string): { ref: string; person: string } | undefined {
  for (const pattern of PERSON_SAID) {
    const { person, task: ref } = pattern.exec(text)?.groups ?? {};
    // Read without regard to case, a person is still one only by a capital ("Sam"), an address or "me".
    if (!person || !ref || !/^(?:\p{Lu}|me$)|@/u.test(person) || FAMILY.test(person) || /^(?:I|We|You|They|He|She|It)$/i.test(person))
      continue;
    return { ref, person: /^me$/i.test(person) ? 'me' : person };
  }
  return undefined;
}

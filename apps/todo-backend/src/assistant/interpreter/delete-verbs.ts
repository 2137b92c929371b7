import type { Interpretation } from './offline-interpreter.ts';
import { extractRemindBefore } from './phrases.ts';
import { type KnownNames, knownProject } from './project-names.ts';
import { recurrencePattern } from './recurrence.ts';

// Slang for deleting a task ("nix 22", "axe the book club", "lose the yoga one", "wipe out the cinema task", "erase for
// me the task 9"). These verbs say something else before most other words ("lose weight", "axe throwing"), so they are
// read only before a task: a number, or "the/that/my …" (and "lose" only with "task" or "one" after the words).

const SLANG =
  /^(?:nix|axe|zap|junk|wipe\s+out|erase\s+for\s+me|delete\s+for\s+me|remove\s+for\s+me)\s+((?:the|that|this|my)\s+.+|(?:task\s+)?#?\d+)$/i;
const LOSE = /^(?:lose|ditch|dump)\s+((?:the|that|this|my)\s+.+?\s+(?:task|one|todo|thing)|(?:task\s+)#?\d+|#\d+)$/i;

/** The words naming the task to delete, or undefined. */
export function slangDeleteRef(text: string): string | undefined {
  const ref = (SLANG.exec(text) ?? LOSE.exec(text))?.[1];
  // "lose the description on the kettle task": a field taken off the task, which stays.
  return ref && !FIELD_OF_A_TASK.test(ref) ? ref : undefined;
}

/**
 * "cancel netflix wednesday 7pm - ping me 2h before", "cancel the gym trial monthly on the 1st", "drop the car at the
 * garage monday at 8am, remind me the day before": a deletion never carries a reminder or a rule, so a verb that
 * deletes with one is a thing to do (cancelling, dropping off something), not a task to delete.
 */
export function cancelIsAnErrand(text: string): boolean {
  const errand = /^(?:cancel|drop|clear|empty|toss)\s+(.+)$/i.exec(text)?.[1];
  if (!errand) return false;
  return extractRemindBefore(errand).before !== undefined || recurrencePattern(errand) !== undefined;
}

/**
 * "bin bags", "bin collection's gone fortnightly", "bin day is tuesday": "bin" is a thing before most words, and throws
 * a task away only when a task follows it as a task is pointed at ("bin the gym task", "bin it", "bin 12", "bin all",
 * "bin next week's newsletter").
 */
export function binNamesAThing(text: string): boolean {
  return /^bin\s+(?!(?:the|that|this|those|these|my|our|it|them|em|all|every|everything|task|number|no\.?|next|last|tomorrow'?s?|today'?s?|tonight'?s?|(?:mon|tues|wednes|thurs|fri|satur|sun)day'?s?)\b|#|\d|["“'])/i.test(
    text,
  );
}

/** "delete the patio project": a project only when the caller has one so called; else a task whose title ends so. */
const PROJECT_DELETED = /^(?:delete|remove|erase|trash|bin|scrap|drop|get\s+rid\s+of)\s+((?:the|my|our)\s+)?(\S.*?)\s+project$/i;

/** The task a deletion of "the X project" names when the caller has no project X, or undefined. */
export function projectTaskDeleted(text: string, known: KnownNames): string | undefined {
  const said = PROJECT_DELETED.exec(text);
  if (!said?.[2] || knownProject(said[2], known) || known.projects === undefined) return undefined;
  // "delete the whole project", "remove this project": the words name no task either.
  if (/^(?:whole|entire|this|that|current|new|last|other)$/i.test(said[2])) return undefined;
  // "drop the #health label off the patio project": a tag taken off the task, which the tag rules read.
  if (/(?:^|\s)#\S|\b(?:tags?|labels?)\s+(?:off|from)\b/i.test(said[2])) return undefined;
  // "remove the reminder for the group project": a part of the task taken off, never the task deleted.
  if (
    /^(?:reminders?|alerts?|notifications?|alarms?|due\s+dates?|deadlines?|dates?|notes?|description|repeats?|recurrence|(?:tags?|labels?)(?:\s+[\w-]+)?)\s+(?:for|on|from|of|about|off)\b/i.test(
      said[2],
    )
  )
    return undefined;
  return `${said[1] ?? ''}${said[2]} project`;
}

/** "the dentist and the gym tasks", "tasks 4-6": several tasks at once, deleted one at a time. */
const SEVERAL = /\s(?:and|&)\s+(?:the|my|that|this)\s|\btasks\b|^(?:tasks?\s+)?#?\d+\s*(?:-|–|to)\s*#?\d+$/i;

/** Why a deletion of several tasks is asked about, or undefined for one task. */
export function severalDeleted(ref: string): string | undefined {
  return SEVERAL.test(ref.trim()) ? 'One task at a time, please: which one first? Give its number or words of its title.' : undefined;
}

/**
 * "the #waiting tag from the report", "the reminder on 5", "the tags garden and home from the fence": a field of a task,
 * named where a deleted task would be.
 */
export const FIELD_OF_A_TASK =
  /^(?:the\s+|its\s+|my\s+)?(?:(?:#?[\p{L}\p{N}_-]+\s+)?(?:tags?|labels?|reminders?|notes?|description|(?:due\s+)?dates?|deadline)|(?:tags?|labels?)\s+#?[\p{L}\p{N}_-]+(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)#?[\p{L}\p{N}_-]+)*)\s+(?:from|on|off|of|for)\s+\S/iu;

/**
 * "remove the #waiting tag from the report, I heard back": a remark after a field taken off a task. The field goes,
 * read without the remark; the task is never deleted for it. Undefined when the words name no field.
 */
export function fieldRemovedWithRemark(text: string, ref: string, read: (said: string) => Interpretation): Interpretation | undefined {
  if (!FIELD_OF_A_TASK.test(ref.trim())) return undefined;
  const head = text.replace(/\s*[,;]\s+.*$/, '');
  const reading = head === text ? undefined : read(head);
  if (reading?.kind === 'call' && reading.tool !== 'delete_task') return reading;
  return { kind: 'help', reason: 'Which do I take off: the field, or the whole task? Say "remove the … tag from …" or "delete …".' };
}

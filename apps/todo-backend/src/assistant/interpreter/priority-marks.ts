import type { Priority } from '@doable/contracts';
import { errandSaid } from './errands.ts';
import { extractDate } from './phrases.ts';
import { levelOf } from './priority-levels.ts';
import { englishTerms } from './word-roots.ts';

// A level set apart from the words it is said of, as a mark: first as a label ("important: …", "!! …", "p1 …") or
// last after a comma, a dash, a bracket or a space ("… ASAP", "…, no rush", "… (p2)", "…!!!"). Said of an errand with
// no "add" ("organise the garage sale ASAP", "important: cancel netflix"), it is a new task (errands.ts says what an
// errand is); said after a task already there ("the report (urgent)", "task 12!!"), it is that task's level. The
// sentence is said again plainly ("<title>, <level> priority", "make <task> <level> priority"), which the rules for
// those read whole.

/** "!!", "!!!", "!1": Todoist's marks, said alone. */
function marksLevel(said: string): Priority | undefined {
  if (/^p[1-4]$/i.test(said)) return said.endsWith('1') ? 'high' : said.endsWith('3') ? 'low' : 'medium';
  if (/^!{2,3}$/.test(said)) return 'high';
  const code = /^!([1-3])$/.exec(said)?.[1];
  return code === '1' ? 'high' : code === '2' ? 'medium' : code === '3' ? 'low' : undefined;
}

function levelIn(phrase: string): Priority | undefined {
  const said = phrase.trim();
  if (!said) return undefined;
  const marked = marksLevel(said);
  if (marked) return marked;
  // "first thing tomorrow" says when, not how much it matters.
  if (extractDate(` ${said}`).date) return undefined;
  const level = levelOf(said);
  return typeof level === 'string' ? level : undefined;
}

/** "important: …", "!! …", "p1 - …", "hi pri: …": a level as a label before the errand. */
const LABEL_FIRST =
  /^(!{2,3}|![1-3]|p[1-4](?=\s)|urgent(?=\s)|asap(?=\s))\s*[:–—-]?\s*(.+)$|^([^:,–—()]{1,30}?)\s*(?::|\s[-–—]|!+)\s*(.+)$/i;

/** Words that say a level and nothing else, so they need no comma before them: "asap", "no rush", "p1", "top priority". */
const LEVEL_ONLY =
  /\b(?:asap|a\.s\.a\.p|urg(?:e|a)?nt(?:ly)?|important|critical|crucial|priority|prio|pri|p[1-4]|rush|hurry|wait|whenever|some\s*day|some\s*time|eventually)\b|![1-3]/i;

type Levelled = { title: string; level: Priority };

/** A last word that leads on to what follows: the level after it is no level set apart. */
const LEADS_ON =
  /\s(?:off|to|on|at|in|into|from|as|for|up|down|by|with|of|it|this|that|which|is|are|be|and|but|so|or|the|a|an|my|its|very|too)$/i;

/** The words and the level said last, set apart from them: "… ASAP", "…, no rush", "… (p2)", "… - high", "…!!!". */
export function levelSaidLast(text: string): Levelled | undefined {
  const bangs = /^(.+?)\s*(!{2,3})$/.exec(text.trim());
  if (bangs?.[1]) return { title: bangs[1].replace(/[?!.]+$/, '').trim(), level: 'high' };
  const words = text.split(/\s+/);
  // The longest ending that says a level wins: "fix the sink: high priority" is not "fix the sink: high" and "priority".
  for (let i = 1; i < words.length; i++) {
    const ending = words.slice(i).join(' ');
    const bracketed = /^[([](.+)[)\]]$/.exec(ending)?.[1];
    const level = levelIn((bracketed ?? ending).replace(/^[-–—,;]\s*|^[-–—]$/, ''));
    if (!level) continue;
    const before = words.slice(0, i).join(' ');
    const setApart = bracketed !== undefined || /(?:[,;:–—-]|->|→|=>)$/.test(before) || /^[-–—,;]/.test(ending);
    // "climb to the very top", "increase the car wash priority": without a comma or a bracket, only words that can
    // say nothing but a level count, and "priority" alone is the field's name.
    if (!setApart && (!LEVEL_ONLY.test(ending) || /^(?:priority|prio|pri|importance)$/i.test(ending))) return undefined;
    const title = before.replace(/\s*(?:[,;:]|\s[-–—]|[-–—]|->|→|=>)$/, '');
    // "take the MOT off high priority", "…, it can wait": the level belongs to the words before it.
    if (LEADS_ON.test(title)) return undefined;
    return { title, level };
  }
  return undefined;
}

/** The level said first as a label, and the words after it. */
function levelSaidFirst(text: string): Levelled | undefined {
  const first = LABEL_FIRST.exec(text);
  const label = first?.[1] ?? first?.[3];
  const title = (first?.[2] ?? first?.[4])?.trim();
  const level = label && title ? levelIn(label) : undefined;
  return level && title ? { title, level } : undefined;
}

/** "tax payment is critical!!": words that already say a task's level ("tax" read as a verb) are no errand. */
function levelStated(words: string): boolean {
  // "call mum is now low priority": the level read off the end leaves the verb that says it of the task.
  if (/\s(?:is|are|was|were)(?:\s+(?:really|very|now|so|still|also|actually))*$/i.test(words)) return true;
  const stated = /^\S.*?\s+(?:is|are|'s)\s+(?:really\s+|very\s+|now\s+|so\s+)?(.+)$/i.exec(words)?.[1];
  return stated !== undefined && levelIn(stated) !== undefined;
}

/** The errand said again with its level plainly, or undefined when the sentence is not one said so. */
export function errandWithLevel(text: string): string | undefined {
  const first = levelSaidFirst(text);
  if (first && errandSaid(first.title)) return `${first.title}, ${first.level} priority`;
  const last = levelSaidLast(text);
  return last && errandSaid(last.title) && !levelStated(last.title) ? `${last.title}, ${last.level} priority` : undefined;
}

/** A task already there, named so: "the report", "my passport renewal", "task 12", "#12", "it", "that one". */
const TASK_NAMED = /^(?:(?:the|my)\s+\S.*|(?:task\s*)?#?\d+|it|that(?:\s+one)?|this(?:\s+one)?)$/i;

/**
 * "the report (urgent)", "task 12!!", "the report p1": the change said plainly, or undefined. A level said first
 * ("URGENT: the tax return") may be a new task so titled: asked, as before.
 */
export function taskWithLevel(text: string): string | undefined {
  const said = levelSaidLast(text);
  if (!said || !TASK_NAMED.test(said.title) || /\s(?:and|&)\s/i.test(said.title)) return undefined;
  // "the report is hardly urgent", "the gas bill should have high priority": a clause about the task, read by the rules
  // for those.
  const clause = englishTerms(said.title).some((term) =>
    term.tags.some((tag) => tag === 'Verb' || tag === 'Copula' || tag === 'Modal' || tag === 'Auxiliary'),
  );
  return clause ? undefined : `make ${said.title} ${said.level} priority`;
}

/** "call the plumber #home @errands": an errand with tags written as marks and no "add" is a new task. */
export function errandTagged(text: string): string | undefined {
  const said = /^(.+?)((?:\s+[#@]\p{L}[\p{L}\p{N}_-]*)+)$/u.exec(text);
  return said?.[1] && errandSaid(said[1]) ? `add ${text}` : undefined;
}

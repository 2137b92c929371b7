import type { Priority } from '@doable/contracts';
import { extractDate } from './phrases.ts';
import { levelOf } from './priority-levels.ts';
import { ABOUT_A_TASK, EDIT_VERB, ERRAND } from './vocabulary.ts';
import { englishTerms } from './word-roots.ts';

// Something to do said with its level and no "add": "organise the garage sale ASAP", "important: cancel netflix",
// "!! renew the passport", "repaint the shed (no rush)". The level is set apart (first as a label, or last after a
// comma, a dash, a bracket or a space) and what is left must be an errand: it starts with a verb that does something
// in the world. A verb that changes the list ("move", "mark", "make", "cancel the task …") names a task already
// there, so such a sentence is never read as a new one. The sentence is said again as "<title>, <level> priority",
// which the title reader takes whole.

/** Verbs that change a task or the list: with them the words name a task already there. */
const LIST_VERB =
  /^(?:make|mark|set|flag|consider|rate|treat|change|switch|turn|give|put|move|bump|push|raise|lower|drop|knock|bring|kick|escalate|upgrade|downgrade|demote|prioriti[sz]e|deprioriti[sz]e|complete|finish(?:ed)?|done|tick|check|close|reopen|delete|remove|scrap|ditch|forget|show|list|find|search|sort|tag|label|untag|rename|remind|is|are|was|were|can|could|should|would|will|do|does|did)\b/i;

/**
 * Verbs that say only "do it" ("deal with the report asap", "tackle the taxes first") or talk to the chat ("thank you
 * so much!!"): the words after them may name a task already there, and nothing says which is meant.
 */
const NO_ERRAND =
  /^(?:deal\s+with|handle|tackle|do|get\s+(?:to|on|going)|work\s+on|focus\s+on|take\s+care\s+of|see\s+to|attend\s+to|start|begin|look\s+(?:at|into)|thank|thanks|love|hate|like|hope|wish|want|need|help|let|tell|say|ask|guess|think|know|mean|wait|sorry|please)\b/i;

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

/** Whether the words are something to do: a verb first (as English or as an everyday errand), no task named. */
function errand(title: string): boolean {
  if (!title || LIST_VERB.test(title) || NO_ERRAND.test(title) || EDIT_VERB.test(title) || ABOUT_A_TASK.test(title)) return false;
  if (ERRAND.test(title)) return true;
  const [first, second] = englishTerms(title);
  return (
    first !== undefined &&
    second !== undefined &&
    first.tags.includes('Verb') &&
    (first.tags.includes('Infinitive') || first.tags.includes('Imperative')) &&
    !first.tags.includes('Gerund')
  );
}

/** "important: …", "!! …", "p1 - …", "hi pri: …": a level as a label before the errand. */
const LABEL_FIRST = /^(!{2,3}|![1-3]|p[1-4](?=\s)|urgent(?=\s)|asap(?=\s))\s*(.+)$|^([^:,–—()]{1,30}?)\s*(?::|\s[-–—]|!+)\s*(.+)$/i;

/** Words that say a level and nothing else, so they need no comma before them: "asap", "no rush", "p1", "top priority". */
const LEVEL_ONLY = /\b(?:asap|a\.s\.a\.p|urg(?:e|a)?nt(?:ly)?|important|priority|prio|pri|p[1-4]|rush|hurry|wait|whenever|some\s*day|eventually)\b|![1-3]/i;

/** The errand said again with its level plainly, or undefined when the sentence is not one said so. */
export function errandWithLevel(text: string, message: string): string | undefined {
  if (/\?\s*$/.test(message)) return undefined;
  const first = LABEL_FIRST.exec(text);
  const label = first?.[1] ?? first?.[3];
  const afterLabel = (first?.[2] ?? first?.[4])?.trim();
  const labelled = label && afterLabel ? levelIn(label) : undefined;
  if (labelled && afterLabel && errand(afterLabel)) return `${afterLabel}, ${labelled} priority`;
  const bangs = /^(.+?)\s*(!{2,3})$/.exec(message.trim());
  if (bangs?.[1] && errand(bangs[1].trim())) return `${bangs[1].replace(/[?!.]+$/, '').trim()}, high priority`;
  const words = text.split(/\s+/);
  // The longest ending that says a level wins: "fix the sink: high priority" is not "fix the sink: high" and "priority".
  for (let i = 2; i < words.length; i++) {
    const ending = words.slice(i).join(' ');
    const bracketed = /^[([](.+)[)\]]$/.exec(ending)?.[1];
    const level = levelIn((bracketed ?? ending).replace(/^[-–—,;]\s*|^[-–—]$/, ''));
    if (!level) continue;
    const before = words.slice(0, i).join(' ');
    const setApart = bracketed !== undefined || /[,;–—-]$/.test(before) || /^[-–—,;]/.test(ending);
    // "climb to the very top": without a comma or a bracket, only words that can say nothing but a level count.
    if (!setApart && !LEVEL_ONLY.test(ending)) return undefined;
    const title = before.replace(/\s*(?:[,;:]|\s[-–—]|[-–—])$/, '');
    return errand(title) ? `${title}, ${level} priority` : undefined;
  }
  return undefined;
}

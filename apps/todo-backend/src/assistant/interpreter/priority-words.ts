import type { Priority } from '@doable/contracts';

// Priorities said in a sentence: a level as a word ("high", "urgent", "asap"), as Todoist's code ("p1", "!3", "priority
// 2"), or as a task that can wait ("no rush", "not important", "whenever"), and taking one out of a task's words.

export function priorityWord(word: string): Priority | undefined {
  const lower = word.toLowerCase();
  if (['high', 'top', 'urgent', 'urgently', 'important', 'highest', 'hi', 'asap'].includes(lower) || new RegExp(`^${URGENT}$`).test(lower))
    return 'high';
  if (['medium', 'normal', 'mid', 'med', 'middle'].includes(lower)) return 'medium';
  if (['low', 'lowest', 'minor'].includes(lower)) return 'low';
  return undefined;
}

const CODE_PRIORITY: Record<string, Priority> = { '1': 'high', '2': 'medium', '3': 'low', '4': 'medium' };

/** A level said as a word or as Todoist's code: "high", "top", "p1", "!1", "!high". */
export const PRIORITY_VALUE = String.raw`(?:high|top|medium|normal|low|lowest|highest|urgent|p[1-4]|![1-3]|!(?:high|medium|low))`;
export function priorityValue(said: string): Priority | undefined {
  const code = /^(?:p([1-4])|!([1-3]))$/i.exec(said.trim());
  if (code) return CODE_PRIORITY[code[1] ?? code[2] ?? ''];
  return priorityWord(said.trim().replace(/^!/, ''));
}

/** "urgent", typed fast ("urgnt", "urgant"). */
const URGENT = 'urg(?:e|a)?nt(?:ly)?';
/** Words that make "urgent" or "important" stronger: "very important", "super urgent". */
const STRONGER = '(?:(?:very|really|super|so|extremely|most|highly|quite)\\s+)?';
/** One way of saying a task can wait: "not urgent", "no rush at all", "not important", "whenever" (said last). */
const LOW_SAID = `(?:not\\s+(?:(?:very|that|a|really|so|super|too|terribly|particularly|especially|all\\s+that|at\\s+all)\\s+)?(?:${URGENT}|important|high[\\s-]*(?:priority|prio)|priority|a\\s+big\\s+deal)|no\\s+(?:rush|hurry|urgency)|(?:least|less)\\s+(?:${URGENT}|important)|low\\s+importance)(?:\\s+at\\s+all)?|(?:(?:for\\s+)?whenever|some\\s*day|eventually|low[\\s-]key|(?:it\\s+)?can\\s+wait)(?=\\s*(?:[,;.!)]|$))`;
/** Several said together count once: "whenever, not important". */
export const LOW_PRIORITY = `(?:${LOW_SAID})(?:\\s*[,;–—-]?\\s*(?:${LOW_SAID}))*`;
/** "urgent", "very important", "super urgnt": a high priority said in words. */
export const HIGH_WORDS = `${STRONGER}(?:${URGENT}|important)|(?:high|top)\\s+importance`;
/** "priority 1", "prio 3": Todoist's levels said with the word (1 high … 4 the default). */
export const PRIORITY_NUMBER = String.raw`\b(?:priority|prio)\s*(?:#|no\.?\s*|level\s+)?([1-4])\b`;

/** Pulls "high priority" / "priority: low" / "urgent" / "p1" / "!3" / "no rush" out of text. */
export function extractPriority(text: string): { text: string; priority?: Priority } {
  const first = extractOnePriority(text);
  if (!first.priority) return first;
  // "whenever, lowest priority": the same level said twice goes whole; a different second one stays, as title words.
  const second = extractOnePriority(first.text);
  return second.priority === first.priority ? { text: second.text, priority: first.priority } : first;
}

function extractOnePriority(text: string): { text: string; priority?: Priority } {
  // "(important)", "(no rush)": a level in brackets is said as an aside; the brackets go with it.
  text = text.replace(
    /\s*\(\s*((?:not\s+)?(?:urgent|important)|no\s+(?:rush|hurry)|(?:high|low|medium|top|lowest|highest)\s+priority)\s*\)/i,
    ', $1',
  );
  // A negated level first: "not urgent" and "not important" are low, never read as the word they negate.
  const negated = new RegExp(`(?:,\\s*|\\s+|^)(?:${LOW_PRIORITY})\\b`, 'i').exec(text);
  if (negated) return { text: text.slice(0, negated.index) + text.slice(negated.index + negated[0].length), priority: 'low' };
  // Todoist's codes: p1 high … p4 the default; !1 … !3 and !high.
  const code =
    /(?:,\s*|\s+|^)(?:p([1-4])|!([1-3]))(?![\p{L}\p{N}_])|(?:,\s*|\s+|^)!(high|medium|low)\b/iu.exec(text) ??
    new RegExp(`(?:,\\s*|\\s+|^)(?:with\\s+)?${PRIORITY_NUMBER}`, 'i').exec(text);
  const coded = code ? (CODE_PRIORITY[code[1] ?? code[2] ?? ''] ?? priorityWord(code[3] ?? '')) : undefined;
  if (code && coded) return { text: text.slice(0, code.index) + text.slice(code.index + code[0].length), priority: coded };
  const patterns = [
    // "review the high priority bugs": a level after "the" or "my" describes the thing named, in the title.
    /(?<!\b(?:the|my|our|your|all|any|those|these|its|their|some))(?:,\s*|\s+|^)(?:with\s+|at\s+)?(high|top|medium|normal|low|hi|med|mid|lowest|highest)[\s-]*(?:priority|prio|pri)\b/i,
    /(?:,\s*|\s+|^)(?:with\s+|of\s+)?(high|top)\s+importance\b/i,
    /(?:,\s*|\s+|^)(?:with\s+)?(?:priority|prio)\s*(?:is\s+|of\s+|:|=)?\s*(high|medium|low|normal)\b/i,
    new RegExp(`(?:,\\s*|\\s+)(?:!|as\\s+|it\\s+is\\s+|it'?s\\s+)?${STRONGER}(${URGENT}|important)$`, 'i'),
    // "important: send the tax form", "URGENT call the school": a level said first, as a label or shouted.
    /^(urgent|important|asap)\s*[:!–—-]\s*/i,
    /^(URGENT|IMPORTANT|ASAP)\s+/,
    // A bare level as the last comma-separated part: "pay rent on the 1st, high".
    /\s*[,–—-]\s*(high|medium|low)$/i,
    /(?:,\s*|\s+|^)(asap)\b/i,
    /^(urgent)\s*:\s*/i,
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    const priority = match?.[1] ? priorityWord(match[1]) : undefined;
    if (match && priority) return { text: text.slice(0, match.index) + text.slice(match.index + match[0].length), priority };
  }
  return { text };
}

import type { Priority } from '@doable/contracts';
import { COUNT_WORD, numberOf } from '../number-words.ts';
import { priorityWord } from './priority-words.ts';

// Details of a question about the list said in ways the filter's main readers miss: the priority after its name ("the
// tasks with the priority low"), how many to show ("show me the first 5"), and what to search for when the search
// points back ("I forgot something about the insurance, can you look for it").

/** "with the priority low", "priority: high", "prio medium". */
const PRIORITY_NAMED_FIRST = /\b(?:priority|prio)\s*(?::|is|of|=)?\s*(high|medium|normal|low)\b/gi;

export function prioritiesNamedFirst(text: string): Priority[] {
  return [...text.matchAll(PRIORITY_NAMED_FIRST)]
    .map((match) => priorityWord(match[1] ?? ''))
    .filter((p): p is Priority => p !== undefined);
}

/** "show me first 5", "the top 3 tasks", "show me 20 tasks": how many to show. */
export function countToShow(text: string): number | undefined {
  const count =
    new RegExp(String.raw`\b(?:first|top|only|just)\s+(\d{1,3}|${COUNT_WORD})\b(?!(?:st|nd|rd|th)\b|\s*(?:am|pm)\b|\s*:)`, 'i').exec(
      text,
    )?.[1] ??
    new RegExp(
      // "show me 5 overdue tasks": a few words of what kind may come between.
      String.raw`^(?:show|list|display|give|get)\s+(?:me\s+)?(\d{1,3}|${COUNT_WORD})\s+(?:[\p{L}-]+\s+){0,3}?(?:tasks|todos|to-dos|items|things|ones|stuff)\b`,
      'iu',
    ).exec(text)?.[1];
  // "the first five": a number written as a word counts as well ("just a few" does not).
  const value = count === undefined ? undefined : numberOf(count);
  return value !== undefined && value > 1 ? value : undefined;
}

/** A search for "it" or "that": the words it points back to, said after "about" earlier in the sentence, or undefined. */
export function searchedTopic(query: string, sentence: string): string | undefined {
  // "wedding stuff", "the wedding one": the kind of thing is no word to search for.
  if (!/^(?:it|that|this|them|those)$/i.test(query.trim()))
    return (
      query
        .replace(
          /^(?:anything|everything|something|stuff)\s+(?:to\s+do\s+with|related\s+to|regarding|concerning)\s+(?:the\s+|my\s+|our\s+)?/i,
          '',
        )
        // "anything with bank in it", "everything with "tax" in the title", "the word bank", "the one about Mum's birthday".
        .replace(
          /^(?:anything|everything|something|stuff|tasks?|ones?)\s+(?:with|containing)\s+(.+?)(?:\s+in\s+(?:it|them|the\s+(?:title|name)))?$/i,
          '$1',
        )
        .replace(/["”']?\s+in\s+(?:it|them|the\s+(?:title|name|description|notes))$/i, '')
        .replace(/^(?:(?:the|a)\s+)?words?\s+(?=\S)/i, '')
        .replace(/^(?:the\s+)?(?:one|task|todo|thing)\s+(?:about|with|for|mentioning|regarding)\s+(?:the\s+|my\s+|our\s+)?(?=\S)/i, '')
        .replace(/^["“']+|["”']+$/g, '')
        // "search up dentist", "search the dentist in my tasks": neither is what to look for.
        .replace(/^up\s+(?=\S)/i, '')
        .replace(/\s+(?:in|on)\s+(?:my|the)(?:\s+(?:tasks|todos|list|todo\s+list))?$|\s+(?:on|in)\s+(?:here|there)$/i, '')
        // "search the list for insurance", "search my notes for the wifi password": where to look is not what to look for.
        .replace(/^(?:the\s+|my\s+)?(?:(?:todo|to-do)\s+)?(?:list|tasks|todos|notes|descriptions)\s+for\s+(?:the\s+|my\s+)?(?=\S)/i, '')
        .replace(/(\S)\s+(?:stuff|ones?|things?|related)$|(\S)-related$/i, '$1$2')
    );
  return /\babout\s+(?:the\s+|my\s+|our\s+)?([^,.?!;]+?)\s*(?:[,.?!;]|$)/i.exec(sentence)?.[1];
}

/** "there is a task about the visa? find it", "I forgot something about the insurance, can you look for it". */
const ABOUT_THEN_FIND =
  /\babout\s+(?:the\s+|my\s+|our\s+)?([^,.?!;]+?)(?:\s*[,.?!;]+|\s+[-–—])\s*(?:[^,.?!;]*\b)?(?:(?:find|look\s+for|search\s+for|search|look\s+up|dig\s+up|pull\s+up)\s+(?:it|that|this|them)|(?:dig|pull|look)\s+(?:it|that|this|them)\s+up)(?:[,\s]+(?:please|pls|for\s+me|thanks|thank\s+you|thx|ty|cheers))*[!.]*$/i;

/** The words to search for when a sentence names them after "about" and then asks to find "it", or undefined. */
export function readSearchBack(sentence: string): string | undefined {
  return ABOUT_THEN_FIND.exec(sentence)?.[1];
}

/**
 * "everything not tagged work", "what's due today but not the work stuff", "anything that isn't overdue", "untagged
 * tasks": tasks left out by a tag or a date, which a filter cannot say. Asked, never shown the opposite.
 */
const LEFT_OUT =
  /\b(?:not|isn'?t|aren'?t|except(?:\s+for)?|excluding|but\s+not|other\s+than|apart\s+from)\s+(?:the\s+|my\s+|any\s+)?(?:tagged|labell?ed|overdue|late|due\b|#|[\p{L}-]+\s+(?:stuff|tasks|ones|things)\b)|\b(?:untagged|unlabell?ed)\b|\b(?:without|with\s+no)\s+(?:any\s+)?(?:tags?|labels?)\b/iu;

export function leftOutAsked(sentence: string): string | undefined {
  return LEFT_OUT.test(sentence)
    ? 'I can show tasks that have a tag or a date, not the ones without it: say for example "show tasks tagged work" or "what\'s overdue".'
    : undefined;
}

/**
 * "which tasks have reminders set", "show tasks with reminders", "which tasks did I snooze": tasks picked by a reminder
 * or its snoozing, which no filter has. Asked, never answered with every task as if that were them.
 */
const NO_FILTER_FOR =
  /\b(?:tasks?|todos?|ones|things)\s+(?:with|(?:that|which)\s+(?:have|has))\s+(?:a\s+)?reminders?\b|\b(?:have|has)\s+(?:a\s+)?reminders?\s+(?:set|on\s+them)\b|\b(?:did|have)\s+(?:i|we)\s+snooze[d]?\b|\bsnoozed\b/i;

export function notFilterableAsked(sentence: string): string | undefined {
  return NO_FILTER_FOR.test(sentence)
    ? 'I can list tasks by state, priority, tag, due date, repeating or project, not by their reminders: try "show my tasks sorted by due date".'
    : undefined;
}

/** "show me the next 5 tasks", "what are my next three": the open tasks due soonest, that many. */
const NEXT_FEW = new RegExp(
  String.raw`^(?:(?:show|list|give)\s+(?:me\s+)?|what(?:'s|\s+are|\s+is)\s+)?(?:my\s+|the\s+)?next\s+(\d{1,3}|${COUNT_WORD})(?:\s+(?:tasks|todos|to-dos|things|items|ones))?(?:\s+(?:due|coming\s+up|on\s+my\s+list))?$`,
  'i',
);
/** "top 3 priorities", "my top five priorities": the highest priorities first, that many. */
const TOP_PRIORITIES = new RegExp(
  String.raw`^(?:(?:show|list|give)\s+(?:me\s+)?|what(?:'s|\s+are|\s+is)\s+)?(?:my\s+|the\s+)?top\s+(\d{1,3}|${COUNT_WORD})\s+priorit(?:y|ies)$`,
  'i',
);

/** The order and count a question of the next few or the top few asks, or undefined. */
export function fewFirstAsked(sentence: string): Record<string, unknown> | undefined {
  const text = sentence.trim().replace(/[?!.]+$/, '');
  const next = NEXT_FEW.exec(text)?.[1];
  const top = TOP_PRIORITIES.exec(text)?.[1];
  const count = numberOf(next ?? top ?? '');
  if (count === undefined || count < 1) return undefined;
  return next
    ? { field: 'due_date', order: 'asc', status: 'pending', limit: count }
    : { field: 'priority', order: 'desc', status: 'pending', limit: count };
}

import { MONTH_WORD } from '../calendar-words.ts';

// Dates said roughly, read as the day that begins their part, so the task comes up in time: "in early march" is 1
// March, "mid march" the 15th, "late march" the 21st (the month's last third); "early next week" is Monday, "mid next
// week" Wednesday, "late next week" Thursday. A part of a month is a date after a word that leads to one, or last in
// the sentence: "read late may poems" keeps its title. A question keeps its words: a window is not one day. "at 9
// sharp" is at 9.

const PART_DAY: Record<string, { month: string; week: string }> = {
  early: { month: '1', week: 'monday' },
  mid: { month: '15', week: 'wednesday' },
  late: { month: '21', week: 'thursday' },
};

const PART_OF_A_MONTH = new RegExp(
  String.raw`(?:\b(in|by|before|until|till|for|around|during|to|from|due|on)\s+|(?<=^|\s))(?:the\s+)?(early|mid|late)(?:\s+|-)(?:in\s+)?(${MONTH_WORD})\b`,
  'gi',
);
const PART_OF_A_WEEK = /\b(early|mid|late)(?:\s+|-)(next|this)\s+week\b/gi;
const SHARP = /\b(\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|o'?clock)?)\s+sharp\b/gi;
const QUESTION = /^(?:what|which|when|show|list|any|anything|is|are|do|does|how)\b|\?\s*$/i;

export function roughDateSaid(text: string): string {
  if (QUESTION.test(text.trim())) return text;
  return text
    .replace(PART_OF_A_MONTH, (said, lead: string | undefined, part: string, month: string, at: number, whole: string) => {
      if (!lead && !/^\s*(?:[,;.!]|$)/.test(whole.slice(at + said.length))) return said;
      const day = `${month} ${PART_DAY[part.toLowerCase()]?.month}`;
      return lead && !/^in$/i.test(lead) ? `${lead} ${day}` : `on ${day}`;
    })
    .replace(PART_OF_A_WEEK, (_said, part: string, which: string) => `${which.toLowerCase()} ${PART_DAY[part.toLowerCase()]?.week}`)
    .replace(SHARP, '$1');
}

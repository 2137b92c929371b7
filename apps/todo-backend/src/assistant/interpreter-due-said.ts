import * as chrono from 'chrono-node';

// New due dates said in other ways than "move X to friday": with an arrow ("reschedule dentist -> fri"), as news about
// the task ("the dentist is now on friday", "dentist got moved to friday", "the report deadline is friday now") or
// naming the date as a field ("change the report's date to friday"). The date must be all that is left: "the dentist
// is now on the list" names none.

const SAID = [
  /^(?:move|reschedule|postpone|push|shift)\s+(.+?)\s*(?:→|->|=>)\s*(.+)$/i,
  /^(.+?)\s+(?:is|are)\s+now\s+(?:on|for|at)\s+(.+?)$/i,
  /^(.+?)\s+(?:got|has\s+been|was|is|have\s+been)?\s*(?:moved|rescheduled|pushed|postponed|shifted)\s+(?:to|till|until)\s+(.+?)$/i,
  /^(.+?)(?:'s)?\s+(?:due\s+date|deadline|date)\s+is\s+(?:now\s+)?(.+?)(?:\s+now)?$/i,
  /^(?:set|change|update|move)\s+(.+?)(?:'s)\s+(?:date|day)\s+(?:to|as)\s+(.+)$/i,
];

/** Words that ask about the list ("what is now on friday"), never name a task. */
const ASKS = /^(?:what|which|who|anything|everything|something|it|there)\b/i;

/** The task and its new date when the sentence says one these ways, or undefined. */
export function readDueSaid(text: string): { ref: string; date: string } | undefined {
  for (const pattern of SAID) {
    const said = pattern.exec(text);
    const date = said?.[2]?.trim();
    if (!said?.[1] || !date || ASKS.test(said[1].trim())) continue;
    if (chrono.parse(date)[0]?.text.length === date.length) return { ref: said[1], date };
  }
  return undefined;
}

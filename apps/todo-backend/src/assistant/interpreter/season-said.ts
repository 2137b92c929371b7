// A season said as when a new task is due: "clear the leaves out of the pond in the autumn", "paint the fence this
// summer", "by the end of winter". A season names no day (and not the same months everywhere), so the question is
// which day, never a guess and never the season left in the title. Only after a word that makes it a time: "buy a
// winter coat" and "the summer fete" are titles.

const SEASON = String.raw`(?:spring|summer|autumn|fall|winter)(?:\s*time)?`;
const SEASON_AS_TIME = new RegExp(
  String.raw`\b(?:(?:in|during|over|by|before)\s+(?:the\s+)?(?:(?:start|beginning|middle|end)\s+of\s+(?:the\s+)?)?|(?:this|next|early|late)\s+)${SEASON}\b(?!'|’|\s+(?:term|holidays?|fete|fair|sale|show|clothes|coat|tyres?|menu|collection|camp|school|league|clean(?:ing)?))`,
  'i',
);

/** The question to ask when a new task is due in a season, or undefined. */
export function seasonAsked(text: string): string | undefined {
  if (!SEASON_AS_TIME.test(text)) return undefined;
  return 'Which day? A season names none: say for example "by 15 october", or add it without a date.';
}

/**
 * What a series may be kept to that names no dates: a season, the holidays, term time, half term, the season of a
 * sport. "every weekday at 7 in the holidays", "every saturday during term time": which weeks they are is not said.
 */
const PERIOD = String.raw`(?:${SEASON}|(?:(?:school|summer|easter|christmas|xmas|spring|autumn|october|february|may)\s+)?holidays|half[\s-]?terms?|terms?(?:[\s-]?time)?|(?:the\s+)?(?:(?:football|cricket|rugby|netball|hockey|playing)\s+)?season)`;
const SERIES_IN_PERIOD = new RegExp(String.raw`\b(?:in|during|over|through(?:out)?)\s+(?:the\s+)?${PERIOD}\b(?!'|’)`, 'i');

/** The question to ask when a new series is kept to a period that names no dates, or undefined. */
export function seriesPeriodAsked(text: string): string | undefined {
  if (!SERIES_IN_PERIOD.test(text)) return undefined;
  return 'Which weeks are those? Say the months, for example "every weekday in july and august", or add it for all year.';
}

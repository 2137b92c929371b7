// "tomorrow gym 7am", "fri dentist 3pm": a day said first and its time last, the thing between them. The date reader
// joins a day and a time only when they are said together, so the day goes next to its time: "gym tomorrow 7am".
const DAY_FIRST_TIME_LAST =
  /^(today|tonight|tomorrow|tmrw|tmr|2moro|(?:(?:next|this)\s+)?(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?)\s+(?!(?:at|@|and|or|is|are|i|we|you)\b)([\p{L}][^,;:?]*?)\s+((?:at\s+|@\s*)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)|(?:at\s+|@\s*)?\d{1,2}:\d{2})$/iu;

export function daySaidFirst(text: string): string {
  const said = DAY_FIRST_TIME_LAST.exec(text.trim());
  return said?.[1] && said[2] && said[3] ? `${said[2]} ${said[1]} ${said[3]}` : text;
}

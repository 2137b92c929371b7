import { readEditSaid } from './edit-said.ts';
import { isWholeDate } from './whole-dates.ts';

// "call the tiler is actually call the plasterer", "buy paint should really be buy primer": a task's title said to be
// another, which keeps some of its words, is a new title. Said as the change the rules read ("change X to Y"), and only
// when they read it as a new title: "the dentist is actually friday" or "… actually done" are read by their own rules.

const ACTUALLY = /^(.+?)\s+(?:(?:is|was)\s+(?:actually|really|meant\s+to\s+be)|should\s+(?:really|actually)\s+be)\s+(.+)$/i;

/** "the vet appointment is actually at 4:30 tomorrow, not 3": a new time, said as what the task is. */
const ACTUALLY_AT = /\s+(?:is|was)\s+(?:actually|really)\s+(?=(?:at|on)\s)/i;

export function titleActuallySaid(text: string): string {
  const said = ACTUALLY.exec(text.trim().replace(/[.!]+$/, ''));
  const when = said?.[2]?.split(/\s*[,;]\s*/)[0]?.replace(/^(?:at|on)\s+/i, '');
  if (when && ACTUALLY_AT.test(text) && isWholeDate(when)) return text.replace(ACTUALLY_AT, ' is ');
  // "the Henderson visit is actually a boiler service, call it …": a clause after it says the title itself.
  if (!said?.[1] || !said[2] || /[,;]|\s[-–—]\s/.test(said[2])) return text;
  // 'the "call mum" one is actually "call mum and dad"': a quoted title is a title, whatever its words.
  if (/^["“][^"“”]+["”]$/.test(said[2].trim()) && /["“][^"“”]+["”]/.test(said[1])) return `rename ${said[1]} to ${said[2]}`;
  const change = `change ${said[1]} to ${said[2]}`;
  const reading = readEditSaid(change);
  return reading && 'args' in reading && 'title' in reading.args ? change : text;
}

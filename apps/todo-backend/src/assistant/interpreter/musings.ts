// Things said about life that ask nothing of the list: remembering ("remember when we used to have weekends?"), a wish
// shrugged off ("I should really exercise more, but whatever"). Read as chat, never as a task to add or a rule.

const REMINISCING = /^(?:(?:do\s+(?:you|u)\s+)?remember|rmbr)\s+when\b/i;
const SHRUGGED_OFF =
  /,?\s+but\s+(?:whatever|meh|nah|oh\s+well|never\s*mind|who\s+cares)\b(?:[\s.!?]|\p{Extended_Pictographic}|\u200D|\u2640|\u2642|\uFE0F)*$/iu;

export function musingSaid(text: string): boolean {
  const said = text.trim();
  return REMINISCING.test(said) || SHRUGGED_OFF.test(said);
}

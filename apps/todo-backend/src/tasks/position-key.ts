/**
 * Fractional order keys (the scheme of the `fractional-indexing` package, base 62): a key between any two keys
 * always exists, so placing a task writes that task alone. Keys compare byte-wise (`collate "C"` in PostgreSQL),
 * which is also JavaScript's string order for these ASCII digits. A key is a variable-length integer part (its
 * head letter gives its length) and a fraction with no trailing zero.
 */
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const ZERO = '0';
const LAST = 'z';
const SMALLEST_INTEGER = `A${ZERO.repeat(26)}`;

export class PositionKeyError extends Error {}

function midpoint(a: string, b: string | null): string {
  if (b !== null && a >= b) throw new PositionKeyError(`${a} is not before ${b}`);
  if (a.endsWith(ZERO) || b?.endsWith(ZERO)) throw new PositionKeyError('trailing zero');
  if (b !== null) {
    // The common prefix stays; the midpoint is found in what follows it.
    let n = 0;
    while ((a[n] ?? ZERO) === b[n]) n++;
    if (n > 0) return b.slice(0, n) + midpoint(a.slice(n), b.slice(n));
  }
  const digitA = a ? DIGITS.indexOf(a[0] as string) : 0;
  const digitB = b !== null ? DIGITS.indexOf(b[0] as string) : DIGITS.length;
  if (digitB - digitA > 1) return DIGITS[Math.round((digitA + digitB) / 2)] as string;
  if (b !== null && b.length > 1) return b.slice(0, 1);
  return (DIGITS[digitA] as string) + midpoint(a.slice(1), null);
}

function integerLength(head: string): number {
  if (head >= 'a' && head <= 'z') return head.charCodeAt(0) - 'a'.charCodeAt(0) + 2;
  if (head >= 'A' && head <= 'Z') return 'Z'.charCodeAt(0) - head.charCodeAt(0) + 2;
  throw new PositionKeyError(`invalid key head ${head}`);
}

function integerPart(key: string): string {
  const length = integerLength(key[0] ?? '');
  if (length > key.length) throw new PositionKeyError(`invalid key ${key}`);
  return key.slice(0, length);
}

function validate(key: string): void {
  if (key === SMALLEST_INTEGER) throw new PositionKeyError(`invalid key ${key}`);
  const integer = integerPart(key);
  if (key.slice(integer.length).endsWith(ZERO)) throw new PositionKeyError(`invalid key ${key}`);
}

function increment(x: string): string | null {
  const [head = '', ...digits] = x.split('');
  let carry = true;
  for (let i = digits.length - 1; carry && i >= 0; i--) {
    const d = DIGITS.indexOf(digits[i] as string) + 1;
    if (d === DIGITS.length) digits[i] = ZERO;
    else {
      digits[i] = DIGITS[d] as string;
      carry = false;
    }
  }
  if (!carry) return head + digits.join('');
  if (head === 'Z') return `a${ZERO}`;
  if (head === 'z') return null;
  const next = String.fromCharCode(head.charCodeAt(0) + 1);
  if (next > 'a') digits.push(ZERO);
  else digits.pop();
  return next + digits.join('');
}

function decrement(x: string): string | null {
  const [head = '', ...digits] = x.split('');
  let borrow = true;
  for (let i = digits.length - 1; borrow && i >= 0; i--) {
    const d = DIGITS.indexOf(digits[i] as string) - 1;
    if (d === -1) digits[i] = LAST;
    else {
      digits[i] = DIGITS[d] as string;
      borrow = false;
    }
  }
  if (!borrow) return head + digits.join('');
  if (head === 'a') return `Z${LAST}`;
  if (head === 'A') return null;
  const previous = String.fromCharCode(head.charCodeAt(0) - 1);
  if (previous < 'Z') digits.push(LAST);
  else digits.pop();
  return previous + digits.join('');
}

/** A key strictly between `a` and `b` (null: open end). `a` must sort before `b`. */
export function keyBetween(a: string | null, b: string | null): string {
  if (a !== null) validate(a);
  if (b !== null) validate(b);
  if (a !== null && b !== null && a >= b) throw new PositionKeyError(`${a} is not before ${b}`);
  if (a === null) {
    if (b === null) return `a${ZERO}`;
    const ib = integerPart(b);
    const fb = b.slice(ib.length);
    if (ib === SMALLEST_INTEGER) return ib + midpoint('', fb);
    if (ib < b) return ib;
    const previous = decrement(ib);
    if (previous === null) throw new PositionKeyError('no key before the smallest');
    return previous;
  }
  const ia = integerPart(a);
  const fa = a.slice(ia.length);
  if (b === null) {
    const next = increment(ia);
    return next === null ? ia + midpoint(fa, null) : next;
  }
  const ib = integerPart(b);
  if (ia === ib) return ia + midpoint(fa, b.slice(ib.length));
  const next = increment(ia);
  if (next === null) throw new PositionKeyError('no key after the largest');
  return next < b ? next : ia + midpoint(fa, null);
}

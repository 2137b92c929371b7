import { describe, expect, it } from 'vitest';
import { avatarHue, firstName, initials } from './people.ts';

describe('people on screen', () => {
  it('shows the first and last initials of a name, one for a single word, and something for an empty name', () => {
    expect(initials('Ada Lovelace')).toBe('AL');
    expect(initials('Ada King Lovelace')).toBe('AL');
    expect(initials('sam')).toBe('S');
    expect(initials('sam.jones@example.com')).toBe('SJ');
    expect(initials('  ')).toBe('?');
    expect(initials('émile zola')).toBe('ÉZ');
  });

  it('gives each person the same hue every time', () => {
    expect(avatarHue('user-1')).toBe(avatarHue('user-1'));
    expect(avatarHue('user-1')).toBeGreaterThanOrEqual(0);
    expect(avatarHue('user-1')).toBeLessThan(360);
  });

  it('names someone by their first name', () => {
    expect(firstName('Sam Jones')).toBe('Sam');
    expect(firstName('Sam')).toBe('Sam');
  });
});

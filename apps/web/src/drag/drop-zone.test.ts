import { describe, expect, it } from 'vitest';
import { dropZone } from './drop-zone.ts';

describe('dropZone', () => {
  const box = { top: 100, height: 40 };

  it('splits a task row into before, inside and after', () => {
    expect(dropZone(102, box, true)).toBe('before');
    expect(dropZone(120, box, true)).toBe('inside');
    expect(dropZone(138, box, true)).toBe('after');
  });

  it('splits a project row into halves: a project has no inside', () => {
    expect(dropZone(102, box, false)).toBe('before');
    expect(dropZone(119, box, false)).toBe('before');
    expect(dropZone(121, box, false)).toBe('after');
    expect(dropZone(138, box, false)).toBe('after');
  });

  it('reads a row of no height as its top edge', () => {
    expect(dropZone(100, { top: 100, height: 0 }, false)).toBe('before');
  });
});

import { describe, expect, it } from 'vitest';
import { trustedOriginsOf } from './trusted-origins.ts';

describe('trusted origins', () => {
  it('adds the loopback aliases of a loopback public URL, with its port', () => {
    expect(trustedOriginsOf('http://localhost:3000', [])).toEqual(['http://localhost:3000', 'http://127.0.0.1:3000', 'http://[::1]:3000']);
    expect(trustedOriginsOf('http://127.0.0.1:8080', [])).toContain('http://localhost:8080');
    expect(trustedOriginsOf('http://[::1]', [])).toEqual(['http://[::1]', 'http://localhost', 'http://127.0.0.1']);
  });

  it('adds nothing for a public address, and keeps the configured origins', () => {
    expect(trustedOriginsOf('https://todo.example.com', ['https://*.example.com'])).toEqual([
      'https://todo.example.com',
      'https://*.example.com',
    ]);
  });
});

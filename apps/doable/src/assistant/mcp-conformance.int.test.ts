import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { signUp } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.ts';

/** Scenarios that fail for features Doable deliberately lacks, each with why (see the JSON file). */
const EXPECTED_FAILURES: Record<string, string> = JSON.parse(
  readFileSync(fileURLToPath(new URL('./mcp-conformance-expected-failures.json', import.meta.url)), 'utf8'),
);

const SUITE_BIN = fileURLToPath(
  import.meta.resolve('@modelcontextprotocol/conformance/package.json').replace(/package\.json$/, 'dist/index.js'),
);

/** The whole suite runs in well under this; a hung scenario must not hang the test run. */
const SUITE_TIMEOUT_MS = 110_000;

type Check = { id: string; status: string; errorMessage?: string };

/**
 * A loopback proxy to `target` that adds a valid credential to every request, since the suite connects without one.
 * `Host` and `Origin` pass through untouched, so the suite's DNS-rebinding scenario reaches the server's own check.
 */
function credentialProxy(target: URL, apiKey: string): Promise<Server> {
  const server = createServer((incoming, outgoing) => {
    const upstream = httpRequest(
      {
        hostname: target.hostname,
        port: target.port,
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, authorization: `Bearer ${apiKey}` },
      },
      (response) => {
        outgoing.writeHead(response.statusCode ?? 502, response.headers);
        response.pipe(outgoing);
      },
    );
    upstream.on('error', () => outgoing.destroy());
    incoming.pipe(upstream);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Runs the suite's server scenarios against `url`; each scenario's checks land in `outputDir/<scenario…>/checks.json`. */
function runSuite(url: string, outputDir: string): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [SUITE_BIN, 'server', '--url', url, '--output-dir', outputDir],
      { timeout: SUITE_TIMEOUT_MS, killSignal: 'SIGKILL', maxBuffer: 32 * 1024 * 1024 },
      // The suite exits non-zero when any scenario fails: the verdict is read from the checks below.
      (_error, stdout, stderr) => resolve({ stdout, stderr }),
    );
  });
}

/** Each scenario's verdict: failed when any of its checks is a FAILURE (warnings and info do not fail it). */
function scenarioResults(outputDir: string): Map<string, { passed: boolean; failures: string[] }> {
  const results = new Map<string, { passed: boolean; failures: string[] }>();
  for (const entry of readdirSync(outputDir, { recursive: true, encoding: 'utf8' })) {
    if (!entry.endsWith('checks.json')) continue;
    const folder = entry.split(/[\\/]/).at(-2) ?? '';
    const scenario = folder.replace(/^server-/, '').replace(/-\d{4}-\d{2}-\d{2}T.*$/, '');
    const checks = JSON.parse(readFileSync(join(outputDir, entry), 'utf8')) as Check[];
    const failures = checks.filter((check) => check.status === 'FAILURE').map((check) => `${check.id}: ${check.errorMessage ?? ''}`);
    results.set(scenario, { passed: failures.length === 0, failures });
  }
  return results;
}

describe('the official MCP conformance suite against /mcp', () => {
  let t: TestApp;
  let proxy: Server;
  let outputDir: string;

  beforeAll(async () => {
    t = await startTestApp({ kind: 'embedded', postgresUrl: inject('postgresUrl') });
    const alice = await signUp(t.api, 'Alice');
    const key = await t.api.post('/api/auth/api-key/create', { name: 'conformance', scope: 'write' }, alice.token);
    expect(key.status).toBe(200);
    proxy = await credentialProxy(new URL(t.url), key.body.key);
    outputDir = mkdtempSync(join(tmpdir(), 'doable-conformance-'));
  });
  afterAll(async () => {
    await new Promise((resolve) => proxy?.close(resolve));
    await t?.stop();
    if (outputDir) rmSync(outputDir, { recursive: true, force: true });
  });

  it('passes every server scenario but the listed ones, and each listed one still fails', {
    timeout: SUITE_TIMEOUT_MS + 10_000,
  }, async () => {
    const { port } = proxy.address() as AddressInfo;
    const run = await runSuite(`http://127.0.0.1:${port}/mcp`, outputDir);
    const results = scenarioResults(outputDir);
    const summary = [...results].map(
      ([scenario, result]) => `${result.passed ? 'pass' : 'FAIL'} ${scenario}${result.passed ? '' : ` (${result.failures.join('; ')})`}`,
    );
    console.info(
      `MCP conformance: ${[...results.values()].filter((r) => r.passed).length}/${results.size} scenarios pass\n${summary.join('\n')}`,
    );
    expect(results.size, `${run.stdout}\n${run.stderr}`).toBeGreaterThan(0);

    const unexpectedFailures = [...results].filter(([scenario, result]) => !result.passed && !(scenario in EXPECTED_FAILURES));
    expect(unexpectedFailures.map(([scenario, result]) => `${scenario}: ${result.failures.join('; ')}`)).toEqual([]);
    // A listed scenario that now passes, or no longer runs, must leave the list so it stays honest.
    const nowPassing = Object.keys(EXPECTED_FAILURES).filter((scenario) => results.get(scenario)?.passed !== false);
    expect(nowPassing).toEqual([]);
  });
});

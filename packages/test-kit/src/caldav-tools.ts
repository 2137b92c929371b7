import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { runCommand } from './run-command.ts';

/** The reference Python CalDAV client (python-caldav). */
export const CALDAV_VERSION = '3.6.0';
/** python-caldav's server compatibility checker (`caldav-server-tester`). */
export const CALDAV_SERVER_TESTER_VERSION = '1.7.0';
/** Some of the tester's checks read iCalendar through vobject, which caldav 2+ no longer installs. */
const VOBJECT_VERSION = '0.9.9';

export interface CaldavTools {
  /** The virtualenv's python, with `import caldav` available. */
  python: string;
  /** The `caldav-server-tester` command. */
  tester: string;
}

/**
 * The Python CalDAV client and `caldav-server-tester`, pinned, in a virtualenv under the cache folder (created on
 * first use from PyPI; needs python3 with venv). CALDAV_TOOLS_VENV names a ready one instead. Throws with what to
 * install when that is impossible.
 */
export function ensureCaldavTools(): CaldavTools {
  const cacheRoot = process.env.DOABLE_CACHE_DIR ?? join(homedir(), '.cache', 'doable');
  const venv = process.env.CALDAV_TOOLS_VENV ?? join(cacheRoot, `caldav-tools-${CALDAV_VERSION}-${CALDAV_SERVER_TESTER_VERSION}`);
  const tools = { python: join(venv, 'bin', 'python'), tester: join(venv, 'bin', 'caldav-server-tester') };
  if (existsSync(tools.tester)) return tools;
  console.log(`installing caldav ${CALDAV_VERSION} and caldav-server-tester ${CALDAV_SERVER_TESTER_VERSION} into ${venv} (once)…`);
  try {
    execFileSync('python3', ['-m', 'venv', venv], { stdio: 'inherit' });
    execFileSync(
      join(venv, 'bin', 'pip'),
      [
        'install',
        '--quiet',
        `caldav==${CALDAV_VERSION}`,
        `caldav-server-tester==${CALDAV_SERVER_TESTER_VERSION}`,
        `vobject==${VOBJECT_VERSION}`,
      ],
      { stdio: 'inherit' },
    );
  } catch (error) {
    throw new Error(`Could not install the CalDAV tools (needs python3 with venv: apt-get install -y python3-venv): ${String(error)}`);
  }
  return tools;
}

/** One feature as the tester reports it: a support level (full, unsupported, fragile, broken, ungraceful, unknown…). */
export interface TesterFeature {
  support?: string;
  behaviour?: string;
  value?: unknown;
}

export interface TesterReport {
  caldav_version: string;
  url: string;
  /** Only the features that differ from what the tester takes as a standard server's, unless `verbose`. */
  features: Record<string, TesterFeature>;
  /** The tester's log: one `ERROR:root:Server checker found something unexpected for <feature>` line per surprise. */
  log: string;
}

/**
 * Runs `caldav-server-tester` against a CalDAV server (`--format json`) and returns its report. The tester makes and
 * removes its own test calendars (MKCALENDAR), so the account needs write access; `calendar` names an existing one
 * for a server without MKCALENDAR.
 */
export async function runCaldavServerTester(
  tools: CaldavTools,
  options: { url: string; username: string; password: string; calendar?: string; checks?: string[]; verbose?: boolean; timeoutMs?: number },
): Promise<TesterReport> {
  const args = [
    '--caldav-url',
    options.url,
    '--caldav-username',
    options.username,
    '--caldav-password',
    options.password,
    '--format',
    'json',
  ];
  if (options.verbose) args.push('--verbose');
  if (options.calendar) args.push('--caldav-calendar', options.calendar);
  for (const check of options.checks ?? []) args.push('--run-checks', check);
  const result = await runCommand(tools.tester, args, { timeoutMs: options.timeoutMs ?? 600_000 });
  if (result.status !== 0) throw new Error(`caldav-server-tester exited with ${result.status}: ${result.stderr.slice(-2000)}`);
  return { ...(JSON.parse(result.stdout) as Omit<TesterReport, 'log'>), log: result.stderr };
}

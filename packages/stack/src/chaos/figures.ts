import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { TrafficFigures } from './traffic.ts';

/** One episode as it ran: what was killed, and how long until everything was ready and events flowed again. */
export interface EpisodeRecord {
  name: string;
  tests: string;
  kills: string[];
  /** From the last killed part being back until every service answered `/readyz` 200. */
  readyAfterMs: number | undefined;
  /** From the same moment until every outbox row written before it was delivered. */
  flowingAfterMs: number | undefined;
}

export interface SoakFigures {
  seed: number;
  soakSeconds: number;
  traffic: TrafficFigures;
  episodes: EpisodeRecord[];
  liveClients: number;
  reconnections: number;
  /** What the invariants were checked over. */
  checked: {
    taskEvents: number;
    taskEventRecords: number;
    auditEntries: number;
    recurringCompletions: number;
    remindersDue: number;
    pushes: number;
  };
  lost: number;
  duplicated: number;
  /** Events the relay sent twice because a crash cut off the first send's answer (consumers drop them by event id). */
  resentAfterCrash: number;
  wallSeconds: number;
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);

/** Median and maximum, in seconds, of the defined values. */
export function medianMax(values: (number | undefined)[]): string {
  const sorted = values.filter((v): v is number => v !== undefined).sort((a, b) => a - b);
  if (sorted.length === 0) return 'n/a';
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return `${seconds(median)}/${seconds(sorted[sorted.length - 1] as number)}`;
}

/** The episodes grouped by name, in the order they first ran. */
export function byEpisode(episodes: EpisodeRecord[]): Map<string, EpisodeRecord[]> {
  return Map.groupBy(episodes, (e) => e.name);
}

/** The one line printed at the end of a soak. */
export function figuresLine(f: SoakFigures): string {
  const kills = f.episodes.reduce((n, e) => n + e.kills.length, 0);
  const recovery = [...byEpisode(f.episodes)]
    .map(
      ([name, runs]) =>
        `${name} ×${runs.length} ${medianMax(runs.map((r) => r.readyAfterMs))} (events ${medianMax(runs.map((r) => r.flowingAfterMs))})`,
    )
    .join('; ');
  return [
    `chaos soak (seed ${f.seed}): ${f.soakSeconds} s of traffic, ${f.traffic.requests} requests, ${f.traffic.acknowledgedWrites} acknowledged writes`,
    `of ${f.traffic.writes}, ${f.episodes.length} faults injected (${kills} SIGKILLs), ${f.liveClients} WebSocket clients (${f.reconnections}`,
    `reconnections); checked ${f.checked.taskEvents} task events (${f.checked.taskEventRecords} records on Kafka, ${f.checked.auditEntries} audit`,
    `entries), ${f.checked.recurringCompletions} completions of recurring tasks, ${f.checked.remindersDue} reminders due (${f.checked.pushes} pushes);`,
    `ready again after, s median/max: ${recovery}; lost = ${f.lost}, duplicated =`,
    `${f.duplicated} (re-sent after a crash cut off the answer, dropped by consumers: ${f.resentAfterCrash}); ${Math.round(f.wallSeconds)} s in all`,
  ].join(' ');
}

/** Writes the figures as JSON (reports/chaos.json), for docs/reliability.md. */
export function writeFigures(file: string, f: SoakFigures): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(f, null, 2)}\n`);
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a frame's code lives: a package under node_modules, one of ours, Node itself, or V8's own work. */
export function ownerOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg) return pkg;
  const ours = /\/(apps|packages)\/([^/]+)\//.exec(url);
  if (ours) return `${ours[1]}/${ours[2]}`;
  if (url.startsWith('node:')) return 'node (core)';
  return url;
}

/**
 * Self time of the profiles written to `dir` (`node --cpu-prof`; only process `pid`'s when given), by owner and by
 * function: the share of busy CPU samples each spent on top of the stack.
 */
export function summarizeCpuProfiles(dir: string, pid?: number, top = 12): { owners: [string, number][]; functions: [string, number][] } {
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  // Node names them CPU.<date>.<time>.<pid>.<thread>.<n>.cpuprofile.
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile') && (pid === undefined || f.split('.')[3] === String(pid)));
  for (const file of files) {
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    profile.samples.forEach((id, i) => {
      const frame = nodes.get(id)?.callFrame;
      const micros = profile.timeDeltas[i] ?? 0;
      if (!frame || frame.functionName === '(idle)') return;
      total += micros;
      const owner = ownerOf(frame.url, frame.functionName);
      byOwner.set(owner, (byOwner.get(owner) ?? 0) + micros);
      const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').slice(-2).join('/')}:${frame.lineNumber + 1}`;
      byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
    });
  }
  const share = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]): [string, number] => [name, total ? Math.round((1000 * micros) / total) / 10 : 0]);
  return { owners: share(byOwner), functions: share(byFunction) };
}

/** The summary as Markdown lists, for the report's notes. */
export function profileNote(title: string, dir: string, pid?: number): string {
  const { owners, functions } = summarizeCpuProfiles(dir, pid);
  return [
    `**${title}** — CPU self time (share of busy samples):`,
    '',
    `- by owner: ${owners.map(([name, pct]) => `${name} ${pct}%`).join(', ')}`,
    `- hottest functions: ${functions.map(([name, pct]) => `\`${name}\` ${pct}%`).join(', ')}`,
  ].join('\n');
}

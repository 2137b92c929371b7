import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { k8sDir, repoRoot } from './paths.ts';
import { ensurePythonTools } from './tools.ts';

const dockerfiles = {
  'Dockerfile.backend': ['todo-backend'],
  'Dockerfile.frontend': ['todo-frontend'],
  'Dockerfile.service': ['recurring-task-service', 'audit-service', 'notification-service', 'websocket-service'],
} as const;
/** The command each image starts; the shared service image picks its service by `SERVICE`. */
const startCommand: Record<keyof typeof dockerfiles, string> = {
  'Dockerfile.backend': 'CMD ["node", "apps/todo-backend/src/main.ts"]',
  'Dockerfile.frontend': 'CMD ["node", "apps/todo-frontend/src/main.ts"]',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the Dockerfile's own placeholder
  'Dockerfile.service': 'CMD ["sh", "-c", "exec node \\"apps/${SERVICE}/src/main.ts\\""]',
};
const read = (name: string) => readFileSync(join(k8sDir, name), 'utf8');
const instructions = (text: string) =>
  text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));

function workspaceDependencies(dir: string, seen = new Set<string>()): Set<string> {
  const pkg = JSON.parse(readFileSync(join(repoRoot, dir, 'package.json'), 'utf8'));
  for (const dep of Object.keys(pkg.dependencies ?? {}).filter((d) => d.startsWith('@doable/'))) {
    if (seen.has(dep)) continue;
    seen.add(dep);
    workspaceDependencies(join('packages', dep.slice('@doable/'.length)), seen);
  }
  return seen;
}

describe('Dockerfiles', () => {
  it.each(Object.keys(dockerfiles))('%s passes hadolint at every severity', (name) => {
    const result = spawnSync(ensurePythonTools().hadolint, ['--no-color', '--failure-threshold', 'style', join(k8sDir, name)], {
      encoding: 'utf8',
    });
    expect(`${result.stdout}${result.stderr}`).toBe('');
    expect(result.status).toBe(0);
  });

  it('hadolint reports a bad Dockerfile (the check above can fail)', () => {
    const result = spawnSync(ensurePythonTools().hadolint, ['--no-color', '-'], {
      input: 'FROM node\nRUN cd /app && npm install\n',
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
    expect(result.stdout).toMatch(/DL3006|DL3003/);
  });

  it.each(Object.keys(dockerfiles))('%s: multi-stage on node:24-slim, lockfile production install, non-root, health check', (name) => {
    const lines = instructions(read(name));
    expect(lines.filter((l) => l.startsWith('FROM ')).length).toBeGreaterThanOrEqual(2);
    expect(lines).toContain('ARG NODE_IMAGE=node:24-slim');
    const runtime = lines.slice(lines.findLastIndex((l) => l.startsWith('FROM ')));
    expect(lines.some((l) => /npm ci --omit=dev .*--workspace/.test(l))).toBe(true);
    expect(lines.some((l) => /\bnpm install\b/.test(l))).toBe(false);
    expect(runtime).toContain('USER 1000:1000');
    expect(runtime.some((l) => l.startsWith('HEALTHCHECK ') && l.includes('/healthz'))).toBe(true);
    // The final stage copies the installed tree; it runs no npm of its own.
    expect(runtime.some((l) => l.startsWith('RUN '))).toBe(false);
    expect(existsSync(join(k8sDir, `${name}.dockerignore`))).toBe(true);
  });

  it.each(Object.entries(dockerfiles))('%s starts entries that exist, with their workspaces copied', (name, services) => {
    const text = read(name);
    for (const service of services) {
      const entry = `apps/${service}/src/main.ts`;
      expect(existsSync(join(repoRoot, entry)), `${entry} exists`).toBe(true);
      // Every workspace package the service depends on, directly or not, is in the image.
      for (const dep of workspaceDependencies(join('apps', service))) {
        expect(text, `${name} copies ${dep} for ${service}`).toContain(`COPY packages/${dep.slice('@doable/'.length)} `);
      }
    }
    expect(text).toContain(startCommand[name as keyof typeof dockerfiles]);
  });

  it('the frontend image builds the web app with its own build script', () => {
    const web = JSON.parse(readFileSync(join(repoRoot, 'apps', 'web', 'package.json'), 'utf8'));
    expect(web.scripts.build).toBeDefined();
    expect(read('Dockerfile.frontend')).toContain('npm run build --workspace apps/web');
    expect(read('Dockerfile.frontend')).toContain('COPY --from=web /app/apps/web/dist /app/apps/web/dist');
  });
});

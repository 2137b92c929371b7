import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runDockerfile } from './image-recipe.ts';
import { k8sDir } from './paths.ts';

// No Docker engine here: each Dockerfile's stages run as folders with the same npm commands (image-recipe.ts).
const outDir = mkdtempSync(join(tmpdir(), 'doable-images-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const images: { dockerfile: string; service: string; args: Record<string, string> }[] = [
  { dockerfile: 'Dockerfile.backend', service: 'todo-backend', args: {} },
  // The service image with the most dependencies of its own (web-push) stands for the four.
  { dockerfile: 'Dockerfile.service', service: 'notification-service', args: { SERVICE: 'notification-service' } },
  { dockerfile: 'Dockerfile.frontend', service: 'todo-frontend', args: {} },
];

describe.concurrent('image recipes, run without Docker', () => {
  it.each(images)(
    '$dockerfile ($service): installs from the lockfile and starts as far as its settings',
    async ({ dockerfile, service, args }) => {
      const image = await runDockerfile(join(k8sDir, dockerfile), args, join(outDir, service));
      // Production dependencies only.
      for (const dev of ['vitest', 'typescript', '@biomejs/biome', 'vite']) {
        expect(existsSync(join(image.workdir, 'node_modules', dev)), `${dev} is not in the image`).toBe(false);
      }
      if (service === 'todo-frontend')
        expect(existsSync(join(image.workdir, 'apps', 'web', 'dist', 'index.html')), 'the built web app').toBe(true);
      // The CMD loads every module of the service, then stops at the first setting it rejects.
      const [command, ...cmdArgs] = image.cmd;
      const started = spawnSync(command === 'node' ? process.execPath : (command as string), cmdArgs, {
        cwd: image.workdir,
        env: { PATH: process.env.PATH, ...image.env, PORT: 'not-a-port' },
        encoding: 'utf8',
        timeout: 30_000,
      });
      const output = `${started.stdout}${started.stderr}`;
      expect(output).not.toMatch(/ERR_MODULE_NOT_FOUND|Cannot find (module|package)|ERR_UNSUPPORTED/);
      expect(output).toContain('PORT');
      expect(started.status).toBe(1);
    },
    300_000,
  );
});

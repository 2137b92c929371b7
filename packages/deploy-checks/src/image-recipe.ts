import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, posix } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './paths.ts';

const execFileAsync = promisify(execFile);

/**
 * Runs a Dockerfile's stages without Docker, for the instructions Doable's Dockerfiles use: each stage gets a
 * folder standing for its root filesystem; COPY takes files from the build context (the repository, less what
 * `<Dockerfile>.dockerignore` excludes) or from an earlier stage; RUN runs in the stage's WORKDIR with the
 * machine's Node and npm. Not an image build (no base image, no users), but the same install and build steps,
 * so a Dockerfile that forgets a workspace, or an install that cannot resolve, fails here.
 */
export interface Instruction {
  op: string;
  args: string;
}

export function parseDockerfile(text: string): Instruction[] {
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => {
      const [op = '', ...rest] = l.split(/\s+/);
      return { op: op.toUpperCase(), args: rest.join(' ') };
    });
}

/** A .dockerignore pattern as a RegExp over context-relative paths (a match excludes the path and all below it). */
function ignoreRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (pattern.startsWith('**/', i)) {
      re += '(?:.*/)?';
      i += 2;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}(?:/.*)?$`);
}

export function buildContext(dockerfile: string): string[] {
  const ignoreFile = `${dockerfile}.dockerignore`;
  const patterns = existsSync(ignoreFile)
    ? readFileSync(ignoreFile, 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'))
        .map(ignoreRegExp)
    : [];
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: repoRoot, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
  return files.filter((f) => existsSync(join(repoRoot, f)) && !patterns.some((p) => p.test(f)));
}

const substitute = (text: string, vars: Record<string, string>) =>
  text.replace(/\$\{(\w+)\}|\$(\w+)/g, (whole, a, b) => vars[a ?? b] ?? (a || b ? '' : whole));

export interface RecipeResult {
  /** Folder standing for each stage's filesystem root, by stage name (the last one also as `final`). */
  stages: Record<string, string>;
  /** The final stage's WORKDIR inside its root, e.g. `<root>/app`. */
  workdir: string;
  env: Record<string, string>;
  cmd: string[];
}

export async function runDockerfile(dockerfile: string, buildArgs: Record<string, string>, outDir: string): Promise<RecipeResult> {
  const instructions = parseDockerfile(readFileSync(dockerfile, 'utf8'));
  const context = buildContext(dockerfile);
  const globalArgs: Record<string, string> = {};
  const stages: Record<string, string> = {};
  let root = '';
  let workdir = '/';
  let vars: Record<string, string> = {};
  let env: Record<string, string> = {};
  let cmd: string[] = [];
  let index = 0;
  const inStage = (p: string) => join(root, isAbsolute(p) ? p : posix.join(workdir, p));

  for (const { op, args } of instructions) {
    if (op === 'ARG') {
      const [name = '', value] = args.split('=');
      const resolved = buildArgs[name] ?? (value === undefined ? undefined : substitute(value, { ...globalArgs, ...vars }));
      if (!root) globalArgs[name] = resolved ?? '';
      else vars[name] = resolved ?? globalArgs[name] ?? '';
    } else if (op === 'FROM') {
      const name = args.match(/\bAS\s+(\S+)/i)?.[1] ?? `stage-${index}`;
      root = join(outDir, `${index++}-${name}`);
      mkdirSync(root, { recursive: true });
      stages[name] = root;
      workdir = '/';
      vars = {};
      env = {};
    } else if (op === 'WORKDIR') {
      workdir = posix.resolve(workdir, substitute(args, { ...vars, ...env }));
      mkdirSync(inStage('.'), { recursive: true });
    } else if (op === 'ENV') {
      for (const [, k, v] of args.matchAll(/(\w+)=(\S+)/g)) env[k as string] = substitute(v as string, { ...vars, ...env });
    } else if (op === 'COPY') {
      const words = substitute(args, { ...vars, ...env }).split(/\s+/);
      const from = words.find((w) => w.startsWith('--from='))?.slice('--from='.length);
      const paths = words.filter((w) => !w.startsWith('--'));
      const dest = paths.pop() as string;
      for (const src of paths) {
        if (from) {
          const source = join(stages[from] ?? '', src);
          if (!existsSync(source)) throw new Error(`COPY --from=${from} ${src}: not in that stage`);
          cpSync(source, inStage(dest), { recursive: true, verbatimSymlinks: true });
          continue;
        }
        const prefix = src.replace(/\/$/, '');
        const matched = context.filter((f) => f === prefix || f.startsWith(`${prefix}/`));
        if (matched.length === 0) throw new Error(`COPY ${src}: nothing in the build context`);
        for (const f of matched) {
          const target =
            dest.endsWith('/') && f === prefix ? join(inStage(dest), posix.basename(f)) : join(inStage(dest), f.slice(prefix.length));
          mkdirSync(dirname(target), { recursive: true });
          cpSync(join(repoRoot, f), target);
        }
      }
    } else if (op === 'RUN') {
      // Never empty the machine's npm cache: the image's own cache is thrown away with its layer anyway.
      const script = args.replace(/&&\s*npm cache clean --force/g, '');
      try {
        await execFileAsync('sh', ['-ec', script], {
          cwd: inStage('.'),
          env: { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}`, ...vars, ...env },
          maxBuffer: 64 * 1024 * 1024,
        });
      } catch (error) {
        const e = error as { code?: number; stdout?: string; stderr?: string };
        throw new Error(`RUN ${script} failed (${e.code}):\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
      }
    } else if (op === 'CMD') {
      cmd = JSON.parse(args);
    }
  }
  stages.final = root;
  return { stages, workdir: inStage('.'), env: { ...vars, ...env }, cmd };
}

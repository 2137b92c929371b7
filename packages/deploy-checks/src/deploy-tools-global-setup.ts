import { ensureDeployTools } from './tools.ts';

/** Installs helm, kubectl, kubernetes-validate, hadolint and actionlint once, before any deploy check runs. */
export default function setup(): void {
  ensureDeployTools();
}

import { join } from 'node:path';

export const repoRoot = join(import.meta.dirname, '..', '..', '..');
export const k8sDir = join(repoRoot, 'k8s');
export const helmDir = join(k8sDir, 'helm');
export const workflowsDir = join(repoRoot, '.github', 'workflows');

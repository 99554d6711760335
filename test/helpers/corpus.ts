import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../src/paths.js';

export const committedCorpus = join(projectRoot, 'corpus');

/** A scratch copy of the committed corpus, with extra files written into it; removed by the returned cleanup. */
export function scratchCorpus(files: Record<string, string> = {}, { withCommitted = true } = {}): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
  if (withCommitted) cpSync(committedCorpus, dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A small valid document in the corpus format; pass changes to break it on purpose. */
export function smallDocument(overrides: { front?: string; body?: string } = {}): string {
  const front = overrides.front ?? 'id: smith2020\ntitle: Water Politics in the Aral Sea Basin\nauthor: A. Smith\nyear: 2020';
  const body =
    overrides.body ??
    [
      '## Water',
      '',
      '{#smith-p1} The Aral Sea shrank after Soviet planners diverted the Amu Darya and Syr Darya rivers to irrigate cotton[i].',
      '',
      '{#smith-p2} Uzbekistan and Kazakhstan now dispute how much water the upstream dams of Kyrgyzstan release each summer.',
      '',
      '## Footnotes',
      '',
      '[i]: B. Jones, “The Aral Sea catastrophe”, Journal of Water History, 2011.',
    ].join('\n');
  return `---\n${front}\n---\n\n${body}\n`;
}

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * A valid document of about `bytes` bytes: the paper's paragraphs (without their footnote markers) over and over,
 * each with an id of its own, and last a passage on `lastWords` to find it by.
 */
export function largeDocument(bytes: number, lastWords: string): string {
  const paper = readFileSync(join(committedCorpus, 'tresa2015.md'), 'utf8');
  const paragraphs = [...paper.matchAll(/^\{#p\d+\} (.+)$/gm)].map((m) => m[1]!.replace(/\[[ivx]+\]/g, ''));
  const parts = ['---\nid: large\ntitle: A large document\n---\n\n## Repeated\n'];
  let size = parts[0]!.length;
  for (let k = 0; size < bytes; k += 1) {
    const passage = `{#large-${k}} ${paragraphs[k % paragraphs.length]}\n`;
    parts.push(passage);
    size += passage.length + 1;
  }
  parts.push(`{#large-last} ${lastWords}\n`);
  return parts.join('\n');
}

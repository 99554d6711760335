/**
 * Generated corpora for the scale bench: N valid corpus documents made from the paper's own paragraphs, with
 * the states they name swapped round from one document to the next, each with its footnotes and its own ids.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir } from '../../src/paths.js';

const STATES = ['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan'];
const POWERS = ['China', 'Russia', 'India'];

function swapper(names: string[], shift: number): (text: string) => string {
  const pattern = new RegExp(`\\b(${names.join('|')})\\b`, 'g');
  return (text) => text.replace(pattern, (name) => names[(names.indexOf(name) + shift) % names.length]!);
}

export function generateCorpus(dir: string, documents: number): void {
  const source = corpusDir();
  const paper = readFileSync(join(source, 'tresa2015.md'), 'utf8');
  mkdirSync(dir, { recursive: true });
  for (const name of ['tresa2015.gazetteer.json', 'thesaurus.json']) copyFileSync(join(source, name), join(dir, name));
  for (let k = 0; k < documents; k += 1) {
    const states = swapper(STATES, k % STATES.length);
    const powers = swapper(POWERS, Math.floor(k / STATES.length) % POWERS.length);
    const text = powers(states(paper))
      .replace(/^id: .*$/m, `id: gen${k}`)
      .replace(/^title: .*$/m, `title: Generated paper ${k + 1} on Central Asian defence relations`)
      .replace(/\{#p(\d+)\}/g, `{#gen${k}-p$1}`);
    writeFileSync(join(dir, `gen${String(k).padStart(4, '0')}.md`), text);
  }
}

/**
 * Turns the scraped web page of the paper into a corpus document (Markdown with front matter).
 *
 *   npm run ingest -- [SOURCE.txt] [OUT.md]
 *
 * What it does, in order: drops the page's junk lines, reads the header into metadata, repairs words the
 * scrape ran together (the list below, so every repair is visible and reviewable), names the sections
 * (the page's headings; "Introduction" before the first, "Conclusion" after the gap before the footnotes,
 * "About the author" for the closing note), gives every paragraph a stable id and writes the footnotes
 * as `[marker]: text` lines. The author's wording and curly quotes are kept as they are.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { stringify } from 'yaml';

const DEFAULT_SOURCE = 'corpus/source/china-central-asia-defence-relations.txt';
const DEFAULT_OUT = 'corpus/tresa2015.md';

/** Lines that belong to the web page, not the paper. */
const JUNK_LINE = /^(top of page|bottom of page|\d+ views?\s*\d+ comments?)$/i;

/** Words the scrape ran together, and what the author wrote. Applied to paragraphs, not footnotes. */
const RUN_TOGETHER: ReadonlyArray<readonly [string, string]> = [
  ['goalof', 'goal of'],
  ['Asiahave', 'Asia have'],
  ['forcesin', 'forces in'],
  ['exercisereflects', 'exercise reflects'],
  ['fearsdomination', 'fears domination'],
  ['makesit', 'makes it'],
  ['preventterrorism', 'prevent terrorism'],
  ['theCentral', 'the Central'],
  ['the“three', 'the “three'],
];

/** A sentence or clause that runs into the next without a space: "measures.This", "powers,particularly". */
const MISSING_SPACE = /([a-z\])])(\.(?=[A-Z])|,(?=[A-Za-z]))/g;

/** Scrape damage in the closing note: the e-mail address was a link and is gone. */
const EMPTY_EMAIL = /\s*E-mail:\s*\)$/;

const FOOTNOTE_LINE = /^\[([ivx]+)\]\s*(.*)$/;
const HEADER_TITLE = /^(.*?)\s+by\s+(.*)$/;
const HEADER_SERIES = /^(C3S Paper) No\.\s*(\d+)\s*\/\s*(\d{4})$/;

interface Section {
  title: string;
  paragraphs: string[];
}

export interface Ingested {
  meta: Record<string, string | number>;
  sections: Section[];
  footnotes: Array<{ marker: string; text: string }>;
  repairs: Map<string, number>;
}

function isHeading(line: string): boolean {
  return line.length < 90 && !/[.:;,)\]]$/.test(line) && !FOOTNOTE_LINE.test(line) && !line.startsWith('(');
}

function repair(paragraph: string, repairs: Map<string, number>): string {
  let text = paragraph;
  for (const [wrong, right] of RUN_TOGETHER) {
    const parts = text.split(wrong);
    if (parts.length > 1) {
      repairs.set(wrong, (repairs.get(wrong) ?? 0) + parts.length - 1);
      text = parts.join(right);
    }
  }
  return text.replace(MISSING_SPACE, (_m, before: string, mark: string) => {
    repairs.set(`"${mark}" with no space after`, (repairs.get(`"${mark}" with no space after`) ?? 0) + 1);
    return `${before}${mark} `;
  });
}

/** Splits the raw page into metadata, sections and footnotes. Pure: text in, structure out. */
export function ingest(raw: string): Ingested {
  const lines = raw.split(/\r?\n/).map((line) => line.replace(/\s+$/, ''));
  const meta: Record<string, string | number> = { id: 'tresa2015' };
  const sections: Section[] = [];
  const footnotes: Array<{ marker: string; text: string }> = [];
  const repairs = new Map<string, number>();
  let current: Section | null = null;
  let blankRun = 0;
  let seenBody = false;

  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === '') {
      blankRun += 1;
      continue;
    }
    if (JUNK_LINE.test(trimmed)) continue;
    const gap = blankRun;
    blankRun = 0;

    if (!seenBody) {
      const title = HEADER_TITLE.exec(trimmed);
      const series = HEADER_SERIES.exec(trimmed);
      if (title && meta.title === undefined) {
        meta.title = title[1]!;
        meta.author = title[2]!;
        continue;
      }
      if (series) {
        meta.series = series[1]!;
        meta.number = `${series[2]}/${series[3]}`;
        meta.year = Number(series[3]);
        meta.publisher = 'Chennai Centre for China Studies (C3S)';
        continue;
      }
    }

    const footnote = FOOTNOTE_LINE.exec(trimmed);
    if (footnote) {
      footnotes.push({ marker: footnote[1]!, text: footnote[2]!.replace(/\s{2,}/g, ' ') });
      continue;
    }
    if (trimmed.startsWith('(') && footnotes.length > 0) {
      const note = trimmed.replace(EMPTY_EMAIL, '').replace(/^\(|\)$/g, '').replace(/\s{2,}/g, ' ');
      sections.push({ title: 'About the author', paragraphs: [repair(note, repairs)] });
      current = null;
      continue;
    }
    if (isHeading(trimmed)) {
      current = { title: trimmed, paragraphs: [] };
      sections.push(current);
      seenBody = true;
      continue;
    }
    if (!current) {
      current = { title: 'Introduction', paragraphs: [] };
      sections.push(current);
    } else if (gap >= 2 && current.paragraphs.length > 0) {
      current = { title: 'Conclusion', paragraphs: [] };
      sections.push(current);
    }
    seenBody = true;
    current.paragraphs.push(repair(trimmed.replace(/\s{2,}/g, ' '), repairs));
  }
  return { meta, sections, footnotes, repairs };
}

/** Writes the structure as the corpus format read by src/corpus/parse.ts. */
export function toMarkdown({ meta, sections, footnotes }: Ingested): string {
  const out: string[] = ['---', stringify(meta).trimEnd(), '---', ''];
  let n = 0;
  for (const section of sections) {
    out.push(`## ${section.title}`, '');
    for (const paragraph of section.paragraphs) {
      n += 1;
      out.push(`{#p${n}} ${paragraph}`, '');
    }
  }
  out.push('## Footnotes', '');
  for (const { marker, text } of footnotes) out.push(`[${marker}]: ${text}`, '');
  return `${out.join('\n').trimEnd()}\n`;
}

function main(): void {
  const [source = DEFAULT_SOURCE, target = DEFAULT_OUT] = process.argv.slice(2);
  const result = ingest(readFileSync(source, 'utf8'));
  writeFileSync(target, toMarkdown(result));
  const passages = result.sections.reduce((sum, s) => sum + s.paragraphs.length, 0);
  console.log(`wrote ${target}: ${result.sections.length} sections, ${passages} passages, ${result.footnotes.length} footnotes`);
  for (const [what, count] of result.repairs) console.log(`  repaired ${what} x${count}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();

/**
 * The corpus document format: Markdown with YAML front matter.
 *
 *   ---
 *   id: tresa2015                 (required: letters, digits, - and _)
 *   title: China-Central Asia ... (required)
 *   author / publisher / series / number / year / url   (optional; url: where to read it, http or https)
 *   ---
 *   ## Section heading
 *
 *   {#p1} One paragraph, one passage, with footnote markers like this[i].
 *
 *   [i]: The footnote's full text.
 *
 * Every paragraph starts with its id in braces; ids are unique across the corpus. A `[marker]: text`
 * paragraph is a footnote (roman numerals i, ii, ... or digits), never a passage.
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { CorpusError } from './errors.js';
import type { CorpusDocument, DocumentMeta, Footnote, Passage } from './types.js';

/**
 * A footnote marker: roman numerals or digits in brackets, not a definition's ("[iv]:"), nor an editor's letter in a
 * quoted word ("'[i]n 1992 Turkmenistan…'"), which a letter follows at once.
 */
const FOOTNOTE_MARKER = /\[((?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})|\d{1,3})\](?![:\p{L}])/gu;
const FOOTNOTE_DEFINITION = /^\[([ivx]+|\d{1,3})\]:\s*(.*)$/;
const PASSAGE_ID = /^\{#([^}\s]*)\}\s*/;
const VALID_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const HEADING = /^#{1,6}\s+(.*?)\s*#*$/;

interface Paragraph {
  text: string;
  line: number;
}

function isWebAddress(text: string): boolean {
  try {
    return /^https?:$/.test(new URL(text).protocol) && !/\s/.test(text);
  } catch {
    return false;
  }
}

function splitFrontMatter(file: string, source: string): { meta: DocumentMeta; body: string; bodyLine: number } {
  const lines = source.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    throw new CorpusError(file, 1, 'the file does not start with front matter', 'begin it with a "---" line, "title: ..." and "id: ...", and a closing "---" line');
  }
  const end = lines.indexOf('---', 1);
  if (end < 0) {
    throw new CorpusError(file, 1, 'the front matter is never closed', 'add a "---" line after the title and id');
  }
  let raw: unknown;
  try {
    raw = parseYaml(lines.slice(1, end).join('\n'));
  } catch (error) {
    const line = error instanceof YAMLParseError && error.linePos ? error.linePos[0].line + 1 : 2;
    throw new CorpusError(file, line, 'the front matter is not valid YAML', 'write one "key: value" per line, and quote a value holding ": " or "#", as author: "Maria Keller: teacher"');
  }
  const fields = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const lineOf = (key: string): number => {
    const index = lines.findIndex((l, i) => i < end && l.startsWith(`${key}:`));
    return index < 0 ? 1 : index + 1;
  };
  const text = (key: string): string | null => {
    const value = fields[key];
    if (value === undefined || value === null || value === '') return null;
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw new CorpusError(file, lineOf(key), `"${key}" must be plain text`, `write it as "${key}: some text"`);
    }
    return String(value).trim();
  };
  // "Title: …": keys are read in lower case only, which a key written otherwise is told.
  const otherCase = (key: string): string | undefined => Object.keys(fields).find((k) => k !== key && k.toLowerCase() === key);
  const title = text('title');
  if (!title) {
    const written = otherCase('title');
    throw new CorpusError(file, written ? lineOf(written) : 1, 'the document has no title', written ? `write the key in lower case: "title:", not "${written}:"` : 'add "title: The Paper\'s Title" to the front matter');
  }
  const id = text('id');
  if (!id && otherCase('id')) throw new CorpusError(file, lineOf(otherCase('id')!), 'the document has no id', `write the key in lower case: "id:", not "${otherCase('id')}:"`);
  if (!id || !VALID_ID.test(id)) {
    const fix = id ? `write it with letters, digits, - and _ only, as "id: ${id.toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'shortname'}"` : 'add "id: shortname" (letters, digits, - and _) to the front matter';
    throw new CorpusError(file, id ? lineOf('id') : 1, id ? `document id ${JSON.stringify(id)} is not usable` : 'the document has no id', fix);
  }
  const year = text('year');
  if (year !== null && !/^\d{4}$/.test(year)) {
    throw new CorpusError(file, lineOf('year'), `year "${year}" is not a year`, 'write four digits, as "year: 2015"');
  }
  const url = text('url');
  if (url !== null && !isWebAddress(url)) {
    throw new CorpusError(file, lineOf('url'), `url "${url.slice(0, 80)}" is not a web address`, 'write the full address, as "url: https://example.org/paper"');
  }
  const meta: DocumentMeta = {
    id,
    title,
    author: text('author'),
    publisher: text('publisher'),
    series: text('series'),
    number: text('number'),
    year: year === null ? null : Number(year),
    url,
  };
  return { meta, body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 };
}

/** Paragraphs and headings of the body, each with its 1-based line in the file. */
function blocks(body: string, firstLine: number): Array<Paragraph & { heading: boolean }> {
  const out: Array<Paragraph & { heading: boolean }> = [];
  let current: Paragraph | null = null;
  body.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    const lineNumber = firstLine + index;
    const heading = HEADING.exec(line);
    if (line === '' || heading) {
      if (current) out.push({ ...current, heading: false });
      current = null;
      if (heading) out.push({ text: heading[1]!, line: lineNumber, heading: true });
      return;
    }
    // A line opening with a passage id or a footnote's marker opens a paragraph of its own, blank line or not: a
    // document written one paragraph a line is read as its writer meant, not as one passage holding the others' ids.
    if (current && (PASSAGE_ID.test(line) || FOOTNOTE_DEFINITION.test(line))) {
      out.push({ ...(current as Paragraph), heading: false });
      current = null;
    }
    current = current ? { text: `${current.text} ${line}`, line: current.line } : { text: line, line: lineNumber };
  });
  if (current) out.push({ ...(current as Paragraph), heading: false });
  return out;
}

/** A text without its footnote markers, and the space before each ("Xinjiang [ii]." is "Xinjiang."). */
export const withoutMarkers = (text: string): string => text.replace(new RegExp(`\\s?${FOOTNOTE_MARKER.source}`, 'gu'), '');

/** The footnote markers a paragraph cites, in order of first citation, with no repeats. */
export function citedMarkers(text: string): string[] {
  const markers = new Set<string>();
  for (const match of text.matchAll(FOOTNOTE_MARKER)) {
    if (match[1]) markers.add(match[1]);
  }
  return [...markers];
}

/**
 * Parses one corpus document. Throws a CorpusError naming the file, the line and the fix for anything it
 * cannot serve; returns only whole, valid documents.
 */
export function parseDocument(file: string, source: string): CorpusDocument {
  const { meta, body, bodyLine } = splitFrontMatter(file, source.replace(/^\uFEFF/, ''));
  const sections: string[] = [];
  const passages: Passage[] = [];
  const footnotes = new Map<string, Footnote>();
  const footnoteLines = new Map<string, number>();
  const idLines = new Map<string, number>();
  let section: string | null = null;
  /**
   * An id to suggest for a paragraph: the next of this document's own series ("h4" after "h3"), or the document's id
   * numbered for its first: never another document's ("p4" is the paper's).
   */
  const nextId = (): string => {
    const last = /^(.*?)(\d+)$/.exec(passages.at(-1)?.id ?? '');
    return last ? `${last[1]}${Number(last[2]) + 1}` : `${meta.id}-${passages.length + 1}`;
  };

  for (const block of blocks(body, bodyLine)) {
    if (block.heading) {
      section = block.text;
      continue;
    }
    const definition = FOOTNOTE_DEFINITION.exec(block.text);
    if (definition) {
      const [, marker, text] = definition as unknown as [string, string, string];
      if (footnoteLines.has(marker)) {
        throw new CorpusError(file, block.line, `footnote [${marker}] is defined twice (first at line ${footnoteLines.get(marker)})`, 'keep one definition per marker');
      }
      if (text.trim() === '') throw new CorpusError(file, block.line, `footnote [${marker}] has no text`, `write the citation after "[${marker}]:"`);
      footnotes.set(marker, { marker, text: text.trim() });
      footnoteLines.set(marker, block.line);
      continue;
    }
    // "[^1]: …", as other Markdown writes footnotes: this format writes "[1]: …".
    const caret = /^\[\^([^\]\s]{1,20})\]:/.exec(block.text);
    if (caret) throw new CorpusError(file, block.line, `footnote [^${caret[1]}] is written as other Markdown writes footnotes`, `write it "[${caret[1]}]: the citation", and its marker in the text as [${caret[1]}]`);
    const idMatch = PASSAGE_ID.exec(block.text);
    if (!idMatch) {
      // "{#M 1} …": an id written with a space, or a brace left open, is a passage id the paragraph cannot use.
      const written = /^\{#[^}\n]{0,40}\}?/.exec(block.text)?.[0];
      if (written) throw new CorpusError(file, block.line, `passage id ${JSON.stringify(written)} is not usable`, `write it with letters, digits, - and _ only, in braces, as {#${nextId()}}`);
      throw new CorpusError(file, block.line, 'this paragraph has no passage id', `start it with an id in braces, as "{#${nextId()}} ..."`);
    }
    const id = idMatch[1]!;
    if (!VALID_ID.test(id)) {
      throw new CorpusError(file, block.line, `passage id ${JSON.stringify(id)} is not usable`, `use letters, digits, - and _, as {#${nextId()}}`);
    }
    if (idLines.has(id)) {
      throw new CorpusError(file, block.line, `duplicate passage id "${id}" (first at line ${idLines.get(id)})`, 'give this paragraph an id no other paragraph has');
    }
    const text = block.text.slice(idMatch[0].length).trim();
    if (text === '') throw new CorpusError(file, block.line, `passage ${id} has no text`, 'write the paragraph after its id, or remove the id');
    const caretMarker = /\[\^([^\]\s]{1,20})\]/.exec(text);
    if (caretMarker) throw new CorpusError(file, block.line, `passage ${id} marks a footnote [^${caretMarker[1]}] as other Markdown does`, `write the marker as [${caretMarker[1]}], and the footnote as "[${caretMarker[1]}]: the citation"`);
    idLines.set(id, block.line);
    passages.push({ id, documentId: meta.id, section, text, citations: citedMarkers(text), line: block.line });
    if (section !== null && !sections.includes(section)) sections.push(section);
  }

  if (passages.length === 0) {
    throw new CorpusError(file, null, 'the document has no passages', 'add paragraphs, each starting with an id such as {#p1}');
  }
  for (const passage of passages) {
    const missing = passage.citations.find((marker) => !footnotes.has(marker));
    if (missing) {
      throw new CorpusError(file, passage.line, `passage ${passage.id} cites [${missing}] but no footnote [${missing}] is defined`, `add a line "[${missing}]: the citation" to the footnotes, or remove the marker`);
    }
  }
  return { meta, file, sections, passages, footnotes };
}

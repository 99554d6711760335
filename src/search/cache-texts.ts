/**
 * The passages and footnotes a cache file holds (see ./cache.ts), each text made a string from the file's bytes when
 * it is first read, not when the cache is read: a first answer reads a few of 33,000 texts, and making them all
 * (17 MB of strings at 1,000 documents, in memory this machine is slow to hand out) took a tenth of a cached start.
 * `text` is an own, enumerable property as a parsed passage's is (spread, JSON and structured clone copy it), read
 * through a getter, written through a setter.
 */
import type { Footnote, Passage } from '../corpus/types.js';

/** The cache file's texts, passages' then footnotes', by their place in it: the bytes they are made from. */
export class CachedTexts {
  /**
   * `narrow` holds the texts of Latin-1 characters alone, one byte each, `wide` the others in UTF-16; `kinds[at]`
   * says which text `at` is in (1 for `wide`), `starts[at]` and `ends[at]` where it lies there, in characters.
   * Checked by the caller.
   */
  constructor(
    private readonly narrow: Buffer,
    private readonly wide: Buffer,
    private readonly kinds: Uint8Array,
    private readonly starts: Uint32Array,
    private readonly ends: Uint32Array,
  ) {}

  /** Text `at`, a string of its own. */
  text(at: number): string {
    const [start, end] = [this.starts[at]!, this.ends[at]!];
    return this.kinds[at] === 0 ? this.narrow.toString('latin1', start, end) : this.wide.toString('utf16le', start * 2, end * 2);
  }
}

/**
 * What a cached passage and footnote share: a text read from the cache file's bytes when first read, through one
 * getter and setter for all (V8 then gives every object of a class the same shape).
 */
abstract class CachedText {
  #texts: CachedTexts;
  #at: number;
  #text: string | undefined;

  static readonly #textProperty: PropertyDescriptor = {
    get(this: CachedText): string {
      return (this.#text ??= this.#texts.text(this.#at));
    },
    set(this: CachedText, text: string): void {
      this.#text = text;
    },
    enumerable: true,
    configurable: true,
  };

  constructor(texts: CachedTexts, at: number) {
    this.#texts = texts;
    this.#at = at;
  }

  /** Makes `text` an own property here, so that it comes among the others in a parsed object's order. */
  protected defineText(): void {
    Object.defineProperty(this, 'text', CachedText.#textProperty);
  }
}

/** A passage of the cache file. */
export class CachedPassage extends CachedText implements Passage {
  declare id: string;
  declare documentId: string;
  declare section: string | null;
  declare text: string;
  declare citations: string[];
  declare line: number;

  /** Its text is text `at` of `texts`. The properties in a parsed passage's order. */
  constructor(id: string, documentId: string, section: string | null, texts: CachedTexts, at: number, citations: string[], line: number) {
    super(texts, at);
    this.id = id;
    this.documentId = documentId;
    this.section = section;
    this.defineText();
    this.citations = citations;
    this.line = line;
  }
}

/** A footnote of the cache file. */
export class CachedFootnote extends CachedText implements Footnote {
  declare marker: string;
  declare text: string;

  /** Its text is text `at` of `texts`. */
  constructor(marker: string, texts: CachedTexts, at: number) {
    super(texts, at);
    this.marker = marker;
    this.defineText();
  }
}

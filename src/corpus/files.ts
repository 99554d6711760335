/** Which files of a corpus folder are read, and as what. Kept apart from the parsers so it loads fast. */
export const GAZETTEER_SUFFIX = '.gazetteer.json';
export const THESAURUS_FILE = 'thesaurus.json';

export const isDocumentFile = (name: string): boolean => name.endsWith('.md') && name.toLowerCase() !== 'readme.md';
export const isGazetteerFile = (name: string): boolean => name.endsWith(GAZETTEER_SUFFIX);
export const isCorpusFile = (name: string): boolean => isDocumentFile(name) || isGazetteerFile(name) || name === THESAURUS_FILE;

/** How far apart two files' times must be to tell which was written later: files copied together are not. */
export const SAME_TIME_MS = 2_000;

/**
 * English's numbers in words, one to ninety-nine ("twenty", "twenty-two", "twenty two"), as figures: a part of the
 * paper asked for by number is asked in either ("paragraph twenty", "footnote three"); and the words typed after an id
 * that ask nothing of it.
 */
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** A number in words, as a pattern's source (no groups of its own to count). */
export const NUMBER_WORDS = `(?:(?:${TENS.join('|')})(?:[\\s-]+(?:${UNITS.slice(0, 9).join('|')}))?|(?:${UNITS.join('|')}))`;
const NUMBER_IN_WORDS = new RegExp(`^(?:(${TENS.join('|')})(?:[\\s-]+(${UNITS.slice(0, 9).join('|')}))?|(${UNITS.join('|')}))$`, 'i');

/** The words as a figure when they are a number ("twenty two": "22"); as they are otherwise. */
export function inFigures(words: string): string {
  const read = NUMBER_IN_WORDS.exec(words);
  if (!read) return words;
  const [, tens, unit, alone] = read;
  if (alone) return String(UNITS.indexOf(alone.toLowerCase()) + 1);
  return String((TENS.indexOf(tens!.toLowerCase()) + 2) * 10 + (unit ? UNITS.indexOf(unit.toLowerCase()) + 1 : 0));
}

/**
 * The words before a number that say a passage is asked for ("passage 14", "paragraph 3", "para 5", "par. 8"), as a
 * pattern's source: the look-ups and the engine read them alike.
 */
export const PASSAGE_WORDS = 'passage|paragraph|para|par';

/** Thanks or a please after what was typed ("p14 pls", "/cite ix please"): no part of the id or number asked for. */
export const POLITELY_AFTER = /[\s,]+(?:please|pls|plz|thanks|thank\s+you|thx|ty)$/i;

/**
 * A question as a member typed it, made fit to answer and to echo. Every adapter (slash command, "Ask the paper",
 * mention, answer channel, console, ask) reads questions, and any other text a member types (a search, a quiz
 * topic, an id), through `cleanQuestion`, so titles, thread names, replies, logs and the engine all see the same
 * text. Pure.
 */
import { stripVTControlCharacters } from 'node:util';
import { oneLine } from './present/limits.js';

/** Control characters (NUL among them, and the C1 ones: U+0085) but tab, line feed and carriage return: invisible, and refused by some APIs. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** Half of a surrogate pair without its other half: not a character, and not valid UTF-8 once sent. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/**
 * User, role and channel mentions (<@id>, <@!id>, <@&id>, <#id>), custom emoji (<:name:id>, <a:name:id>), timestamps
 * (<t:1700000000:R>, which Discord shows as a date) and command mentions (</ask:id>, </admin feedback:id>, which /help
 * shows as links members paste).
 */
const MENTION = /<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|<t:-?\d+(?::[a-zA-Z])?>|<\/[\p{L}\p{N}_ -]{1,100}:\d+>/gu;
/** A markdown link, "[text](address)", as Discord writes one: its text is what was said. */
const MARKDOWN_LINK = /\[([^\]\n]{0,200})\]\(\s*<?[^()\s<>]*>?(?:\s+"[^"\n]*")?\s*\)/g;
/**
 * HTML markup pasted with a question ("<div>when was RATS established?</div>"): its tags, and what a script or style
 * element holds, which no one asks. Only tags of a known shape: a name of letters after "<" or "</", attributes, ">".
 */
const MARKUP = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/gi;
/**
 * Invisible format characters (zero-width spaces and joiners between letters, bidirectional marks that turn a title
 * around, soft hyphens) but the joiner of emoji sequences; and the combining marks that only style a letter (strike
 * through, underline, overline: "W̶h̶a̶t"). A question of these alone is blank.
 */
const INVISIBLE = /(?!\u200d)\p{Cf}|[\u0305\u0332-\u0338]/gu;
/**
 * Cyrillic and Greek letters drawn like Latin ones (Unicode's confusables), by the Latin letter: within a word that
 * also has Latin letters ("RАTS" with a Cyrillic "А", as a keyboard layout or a paste makes it) they stand for it. A
 * word all in Cyrillic or Greek is left as it is.
 */
const CONFUSABLE: Readonly<Record<string, string>> = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', І: 'I', Ј: 'J', Ѕ: 'S',
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', һ: 'h', ԁ: 'd', ԛ: 'q', ԝ: 'w',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X', ο: 'o', ν: 'v',
};
const NON_LATIN_LETTER = /[\u0370-\u03ff\u0400-\u052f]/;
const WORD_OF_LETTERS = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]+/gu;
const LATIN_LETTER = /\p{Script=Latin}/u;
const NON_LATIN_LETTERS = /[\u0370-\u03ff\u0400-\u052f]/g;
/** The text with each word of Latin letters and look-alike Cyrillic or Greek ones written in Latin letters alone. */
function latinLookAlikes(text: string): string {
  if (!NON_LATIN_LETTER.test(text)) return text;
  return text.replace(WORD_OF_LETTERS, (word) => (LATIN_LETTER.test(word) && NON_LATIN_LETTER.test(word) ? word.replace(NON_LATIN_LETTERS, (c) => CONFUSABLE[c] ?? c) : word));
}

/** A bare Discord id (a snowflake, 17 to 20 digits): no word of the paper, and read as a number it matches nothing. */
const SNOWFLAKE = /\b\d{17,20}\b/g;

/**
 * The most of a line that is read: five times the longest question the engine reads, and more than Discord lets a
 * message hold. A line pasted a megabyte long (in the console) is read no further, not for seconds.
 */
export const LONGEST_TYPED = 10_000;

/** Whether text holds a control character or a lone surrogate: what may never be echoed. */
export function hasUnfitCharacters(text: string): boolean {
  return new RegExp(CONTROL.source).test(text) || new RegExp(LONE_SURROGATE.source).test(text);
}

/** A list item's marker opening a line ("- How much aid…", "2) When was RATS set up?"): what follows it was said. */
const LIST_MARKER = /^[ \t]*(?:[-*+•]|\d{1,2}[.)])[ \t]+(?=\S)/gmu;
/** A line wholly in bold, italics or strike-through ("**source?**"): what it holds was said. */
const WRAPPED = /^\s*(\*\*|__|~~|\*|_)(?!\s)((?:(?!\1).)+)(?<!\s)\1\s*$/su;
/** A stop repeated past three ("what is RATS ??????…"): emphasis, however long, read as three. */
const REPEATED_STOPS = /([?!.])\1{3,}/g;

/**
 * The question without terminal escape sequences (a colour code pasted from a terminal, "\x1b[31m", goes whole, not
 * as "[31m"), control characters, lone surrogates, invisible and styling marks, mentions, custom emoji, timestamps,
 * command links, HTML markup or Discord ids, on one line. Removed in that order, so that nothing removed can join what is left into
 * a mention or an id. Look-alike Cyrillic or Greek letters within a Latin word are read as the Latin ones.
 */
export function cleanQuestion(text: string): string {
  const kept = text.length > LONGEST_TYPED ? text.slice(0, LONGEST_TYPED) : text;
  return latinLookAlikes(oneLine(printable(kept).replace(INVISIBLE, '').replace(MENTION, ' ').replace(MARKDOWN_LINK, '$1').replace(MARKUP, ' ').replace(SNOWFLAKE, ' ').replace(REPEATED_STOPS, '$1$1$1').replace(LIST_MARKER, '')).replace(WRAPPED, '$2'));
}

/** How much of a line typed the console and `ask` echo before it when reading piped input; the rest is marked cut. */
const ECHOED = 200;

/**
 * A line as echoed before its answer where input is piped: cleaned (see `cleanQuestion`), or where nothing is left of
 * it so ("<script>alert(1)</script>"), as typed without control characters; cut past ECHOED characters with "…", so
 * that a transcript shows what was typed and that it went on.
 */
export function echoOf(line: string): string {
  const clean = cleanQuestion(line).trim();
  const shown = clean !== '' ? clean : oneLine(printable(line.slice(0, LONGEST_TYPED))).trim();
  return shown.length > ECHOED ? `${shown.slice(0, ECHOED)}…` : shown;
}

/** A text without terminal escape sequences, control characters and lone surrogates: what a terminal may show of it. */
function printable(text: string): string {
  return stripVTControlCharacters(text).replace(CONTROL, '').replace(LONE_SURROGATE, '');
}

/** What ends a reading of lines besides the end of its input: /quit or /exit (whatever follows), or the bare word. */
export const QUIT_LINE = /^\s*(\/(quit|exit)\b.*|(quit|exit)\s*[.!]*\s*)$/is;

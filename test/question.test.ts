/** How every adapter reads what a member typed: nothing unfit echoed, no mention or id read as a word. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load.js';
import { prefix, truncate } from '../src/present/limits.js';
import { cleanQuestion, echoOf, hasUnfitCharacters, LONGEST_TYPED } from '../src/question.js';
import { createEngine } from '../src/search/engine.js';
import { evalQuestions } from '../scripts/bench/stats.js';
import { committedCorpus } from './helpers/corpus.js';

const engine = createEngine(loadCorpus(committedCorpus));
const questions = evalQuestions().filter((q) => q.trim() !== '');

const mention = fc.oneof(
  fc.bigInt({ min: 10n ** 16n, max: 10n ** 20n - 1n }).map((id) => `<@${id}>`),
  fc.bigInt({ min: 10n ** 16n, max: 10n ** 20n - 1n }).map((id) => `<@!${id}>`),
  fc.bigInt({ min: 10n ** 16n, max: 10n ** 20n - 1n }).map((id) => `<@&${id}>`),
  fc.bigInt({ min: 10n ** 16n, max: 10n ** 20n - 1n }).map((id) => `<#${id}>`),
  fc.bigInt({ min: 10n ** 16n, max: 10n ** 20n - 1n }).map(String),
);
/** Anything a member might type: unicode, binary, mentions, ids, controls and halves of surrogate pairs. */
const typed = fc
  .array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }), mention, fc.constantFrom('\u0000', '\ud83d', '\ude00', '\u0007', '\n', ' ', '<', '@', '#', '&', '>', '7')), { maxLength: 12 })
  .map((parts) => parts.join(''));

describe('cleanQuestion', () => {
  it('strips NUL bytes, other control characters and lone surrogates, and keeps whole emoji', () => {
    expect(cleanQuestion('What is\u0000 RATS\u0007?\ud800')).toBe('What is RATS?');
    expect(cleanQuestion('\udc00Who wrote 📄 this paper? 😀\ud83d')).toBe('Who wrote 📄 this paper? 😀');
    // A terminal's colour codes go whole, not as "[31m".
    expect(cleanQuestion('what is \u001b[31mRATS\u001b[0m?')).toBe('what is RATS?');
    // The C1 controls too (U+0085, "next line", had been echoed raw to the console).
    expect(cleanQuestion('\u0085What is\u009b RATS?')).toBe('What is RATS?');
    expect(echoOf('\u0085What is RATS?')).toBe('What is RATS?');
  });

  it('reads look-alike Cyrillic and Greek letters within a Latin word as the Latin ones, and leaves Cyrillic and Greek words be', () => {
    expect(cleanQuestion('what is R\u0410TS')).toBe('what is RATS');
    expect(cleanQuestion('T\u0430jikist\u0430n and \u039dATO')).toBe('Tajikistan and NATO');
    expect(cleanQuestion('что такое RATS? Αθήνα')).toBe('что такое RATS? Αθήνα');
  });

  it('reads no further than LONGEST_TYPED characters of a line pasted a megabyte long', () => {
    const pasted = `what is RATS ${'the SCO and China '.repeat(60_000)}`;
    expect(cleanQuestion(pasted)).toBe(pasted.slice(0, LONGEST_TYPED).trim());
  });

  it('removes user, role and channel mentions, custom emoji and bare Discord ids, and keeps other numbers', () => {
    expect(cleanQuestion('<@123456789012345678> <@!123456789012345678> what did <@&123456789012345678> say in <#123456789012345678>?')).toBe('what did say in ?');
    expect(cleanQuestion('What is RATS? 123456789012345678 <:think:523456789012345678> <a:spin:623456789012345678>')).toBe('What is RATS?');
    expect(cleanQuestion('What happened in 2004 with 180,000 troops and 1234567890123456 or 123456789012345678901?')).toBe(
      'What happened in 2004 with 180,000 troops and 1234567890123456 or 123456789012345678901?',
    );
  });

  it('removes HTML tags and what a script or style element holds, and leaves other angle brackets be', () => {
    expect(cleanQuestion('<div>when was RATS established?</div>')).toBe('when was RATS established?');
    expect(cleanQuestion('<script>alert(1)</script> what is RATS')).toBe('what is RATS');
    expect(cleanQuestion('<p class="q">What is <b>RATS</b>?<br/></p>')).toBe('What is RATS ?');
    expect(cleanQuestion('is 2 < 3 and 5 > 4? <3')).toBe('is 2 < 3 and 5 > 4? <3');
  });

  it('reads a list of questions as what its items say, and a line wholly in bold or italics as what it holds', () => {
    expect(cleanQuestion('- How much aid did China give Kyrgyzstan?\n- When was RATS set up?')).toBe('How much aid did China give Kyrgyzstan? When was RATS set up?');
    expect(cleanQuestion('1. What is RATS?\n2) Who set it up?')).toBe('What is RATS? Who set it up?');
    expect([cleanQuestion('**source?**'), cleanQuestion('_why?_'), cleanQuestion('~~why~~')]).toEqual(['source?', 'why?', 'why']);
    // Emphasis within a line is the question's own (the engine reads past it); a sum is no list.
    expect(cleanQuestion('**bold** and **more**')).toBe('**bold** and **more**');
    expect(cleanQuestion('what is 5 - 3')).toBe('what is 5 - 3');
  });

  it('reads a stop repeated past three as three, however long the run', () => {
    expect(cleanQuestion(`what is RATS ${'?'.repeat(2000)}`)).toBe('what is RATS ???');
    expect(cleanQuestion('wow!!!! really...... ok?')).toBe('wow!!! really... ok?');
    // Three or fewer are left as typed.
    expect(cleanQuestion('what?! why... ok??')).toBe('what?! why... ok??');
  });

  it('reads a markdown link as its text, and leaves brackets that are no link be', () => {
    // The address had been read as words, and the question abstained.
    expect(cleanQuestion('[link](http://x.y) who wrote the paper')).toBe('link who wrote the paper');
    expect(cleanQuestion('what does [this article](<https://example.org/a_b> "title") say about RATS')).toBe('what does this article say about RATS');
    expect(cleanQuestion('what does footnote [vii] (Gorenburg) say?')).toBe('what does footnote [vii] (Gorenburg) say?');
  });

  it('removes timestamps, command links, invisible characters and the marks that only style letters', () => {
    expect(cleanQuestion('<t:1700000000:R> What is RATS? <t:1700000000>')).toBe('What is RATS?');
    expect(cleanQuestion('</ask:123456789012345678> what is RATS? </admin feedback:123456789012345678>')).toBe('what is RATS?');
    // Zero-width spaces alone are a blank question; a right-to-left mark would turn an echoed title around.
    expect(cleanQuestion('\u200b\u200b \u200b')).toBe('');
    expect(cleanQuestion('\u202eWhat is R\u200bATS?\u00ad')).toBe('What is RATS?');
    expect(cleanQuestion('W\u0336h\u0336a\u0336t\u0336 is RATS?')).toBe('What is RATS?');
    // Emoji sequences keep their joiners; letters keep their accents.
    expect(cleanQuestion('family 👨\u200d👩\u200d👧 Garaşor café')).toBe('family 👨\u200d👩\u200d👧 Garaşor café');
  });

  it('leaves nothing unfit, no mention and no id, on one line, and cleaning twice changes nothing', () => {
    fc.assert(
      fc.property(typed, (text) => {
        const clean = cleanQuestion(text);
        expect(hasUnfitCharacters(clean)).toBe(false);
        expect(clean).not.toMatch(/<(?:@[!&]?|#)\d+>|\b\d{17,20}\b|\s\s|\n|^\s|\s$/);
        expect(cleanQuestion(clean)).toBe(clean);
      }),
      { numRuns: 2_000 },
    );
  });

  it('changes nothing but spacing in text with no digit, angle bracket, unfit, invisible or styling character, nor a word of Latin and look-alike letters', () => {
    const invisible = /(?!\u200d)\p{Cf}|[\u0305\u0332-\u0338]/u;
    // Markdown's emphasis ("**source?**") and a list's markers ("- why?") are read as what they hold (see above).
    const styled = (s: string) => /[*_~]/.test(s) || /^[ \t]*[-+•][ \t]+\S/mu.test(s);
    const mixed = (s: string) => (s.match(/[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]+/gu) ?? []).some((w) => /\p{Script=Latin}/u.test(w) && /[\u0370-\u03ff\u0400-\u052f]/.test(w));
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }).filter((s) => !/[\d<>]/.test(s) && !hasUnfitCharacters(s) && !invisible.test(s) && !mixed(s) && !styled(s)), (text) => {
        expect(cleanQuestion(text)).toBe(text.replace(/\s+/g, ' ').trim());
      }),
    );
  });

  it('answers a question with mentions and ids in it as the question without them', () => {
    fc.assert(
      fc.property(fc.constantFrom(...questions), fc.array(fc.tuple(fc.nat(), mention), { minLength: 1, maxLength: 3 }), (question, noise) => {
        const words = question.split(' ');
        for (const [at, inserted] of noise) words.splice(at % (words.length + 1), 0, inserted);
        const ids = (text: string) => engine.answer(cleanQuestion(text)).results.map((r) => r.id);
        expect(ids(words.join(' '))).toEqual(ids(question));
      }),
      { numRuns: 200 },
    );
  });
});

describe('cutting text to a limit', () => {
  it('never leaves half of a surrogate pair', () => {
    expect(prefix('ab😀', 3)).toBe('ab');
    expect(truncate('one two 😀😀😀😀', 11)).toBe('one two…');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }).filter((s) => !hasUnfitCharacters(s)), fc.nat({ max: 70 }), (text, max) => {
        for (const cut of [prefix(text, max), truncate(text, max)]) {
          expect(hasUnfitCharacters(cut)).toBe(false);
          expect(cut.length).toBeLessThanOrEqual(max);
        }
      }),
    );
  });
});

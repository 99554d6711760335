/** The pure parts of the bot's reach: which messages ask something, and what a reload changed. */
import { describe, expect, it } from 'vitest';
import { corpusChanges, unchanged } from '../src/corpus/changes.js';
import { loadCorpus } from '../src/corpus/load.js';
import { looksLikeQuestion } from '../src/discord/questions.js';
import { cleanQuestion } from '../src/question.js';
import { committedCorpus, scratchCorpus, smallDocument } from './helpers/corpus.js';

describe('messages in answer channels', () => {
  it('are questions when they end with a question mark or start as a question does', () => {
    for (const text of ['Why does Uzbekistan skip SCO exercises?', 'what did india donate to tajikistan', 'Is Kazakhstan in the SCO', 'Explain the Peace Missions', 'RATS?', "What's RATS", 'Tell me about Kyrgyzstan']) {
      expect(looksLikeQuestion(text), text).toBe(true);
    }
  });

  it('are questions in Discord’s markdown too, or with emoji after the question mark', () => {
    for (const text of ['**What is RATS?**', '*why does Uzbekistan skip SCO exercises*', '_Why_ does Uzbekistan skip SCO exercises', '> why does Uzbekistan skip SCO exercises', '||What did India donate to Tajikistan?||', '# What is RATS', '- is Kazakhstan in the SCO', 'What is RATS? 🤔', 'what is RATS?!', 'RATS?? 👍🏽', '`RATS`?']) {
      expect(looksLikeQuestion(text), text).toBe(true);
    }
    for (const text of ['**thanks!**', '> I agree with the paper', 'lol 😂', '||spoiler||', '**?**', 'The SCO? I read that part yesterday.']) {
      expect(looksLikeQuestion(text), text).toBe(false);
    }
  });

  it('are chat otherwise: thanks, agreement, statements, a lone word or mark', () => {
    for (const text of ['thanks, that was helpful', 'I agree with the paper', 'Kazakhstan holds exercises with China.', 'why', '?', '', 'lol ok']) {
      expect(looksLikeQuestion(text), text).toBe(false);
    }
  });

  it('are read without mentions of people, roles and channels, or custom emoji', () => {
    expect(cleanQuestion('<@123456789012345678>  why <@!223456789012345678> <@&323456789012345678> <#423456789012345678> <:think:523456789012345678> <a:spin:623456789012345678> does\nit?')).toBe('why does it?');
  });
});

describe('what a reload changed', () => {
  const before = loadCorpus(committedCorpus);

  it('is nothing for the same corpus', () => {
    const changes = corpusChanges(before, loadCorpus(committedCorpus));
    expect(unchanged(changes)).toBe(true);
    expect(changes).toMatchObject({ documents: 1, passages: 22, footnotes: 11 });
  });

  it('names documents and passages added, removed and rewritten, and counts footnotes', () => {
    const text = smallDocument();
    const { dir, cleanup } = scratchCorpus({ 'smith2020.md': text });
    try {
      const grown = loadCorpus(dir);
      const added = corpusChanges(before, grown);
      expect(added).toMatchObject({ documentsAdded: ['Water Politics in the Aral Sea Basin'], passagesAdded: ['smith-p1', 'smith-p2'], passagesRemoved: [], passagesChanged: [], footnotesChanged: 1, documents: 2, passages: 24 });
      const { dir: edited, cleanup: cleanEdited } = scratchCorpus({ 'smith2020.md': text.replace('{#smith-p2} Uzbekistan', '{#smith-p2} Turkmenistan').replace('{#smith-p1}', '{#smith-p0}').replace('title: Water', 'title: Rivers and Water') });
      try {
        const changed = corpusChanges(grown, loadCorpus(edited));
        expect(changed).toMatchObject({ passagesAdded: ['smith-p0'], passagesRemoved: ['smith-p1'], passagesChanged: ['smith-p2'], frontMatterChanged: ['Rivers and Water Politics in the Aral Sea Basin'], namesOrWordsChanged: false });
        expect(unchanged(changed)).toBe(false);
      } finally {
        cleanEdited();
      }
      expect(corpusChanges(grown, before)).toMatchObject({ documentsRemoved: ['Water Politics in the Aral Sea Basin'], passagesRemoved: ['smith-p1', 'smith-p2'] });
    } finally {
      cleanup();
    }
  });
});

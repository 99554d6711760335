/**
 * The custom_id of every button the bot sends, built, parsed and sized here and nowhere else. A button carries
 * what it needs, so it works after a restart:
 *
 *   answer:<action>:<question key>:<passage>   under an answer: the question's key and the passage it is about
 *   quiz:<question id>:<option>                a quiz question's options
 *   forget:<yes|no>                            /forget-me's confirmation
 *   delete:<user id>                           a public answer's Delete button: the member who asked
 *
 * (Answer buttons of earlier versions, `ask:<action>:<key>:<page>`, named no passage: they now say "expired".)
 *
 * The question itself is the answer's title when the title holds all of it (its key proves that), else it is
 * kept in the store under its key: a title cut at 256 characters is never read back as the question.
 */
import { hash } from 'node:crypto';
import { LIMITS, oneLine } from '../present/limits.js';

export type AnswerAction = 'more' | 'up' | 'down' | 'post' | 'thread';

export type CustomId =
  /** `passage` is a passage id when encoding; decoded, it is a reference to one (see `refersTo`). */
  | { kind: 'answer'; action: AnswerAction; key: string; passage: string }
  | { kind: 'quiz'; questionId: string; option: number }
  | { kind: 'forget'; confirm: boolean }
  | { kind: 'delete'; askerId: string };

// One call, not a Hash object per answer (each is a native object the collector has to finalise).
const shortHash = (text: string): string => hash('sha256', text, 'base64url').slice(0, 10);

/** The key of a question as asked (on one line): what its answer's buttons carry. */
export function questionKey(question: string): string {
  return shortHash(oneLine(question));
}

export function encodeCustomId(id: CustomId): string {
  switch (id.kind) {
    case 'answer': {
      const head = `answer:${id.action}:${id.key}:`;
      // A passage id too long to fit is carried as `~` and a short hash of it (ids never start with `~`).
      return head.length + id.passage.length <= LIMITS.customId ? `${head}${id.passage}` : `${head}~${shortHash(id.passage)}`;
    }
    case 'quiz':
      return `quiz:${id.questionId}:${id.option}`;
    case 'forget':
      return `forget:${id.confirm ? 'yes' : 'no'}`;
    case 'delete':
      return `delete:${id.askerId}`;
  }
}

/** What a button's custom_id says, or null for one the bot did not make. */
export function decodeCustomId(customId: string): CustomId | null {
  let match = /^answer:(more|up|down|post|thread):([A-Za-z0-9_-]{10}):(~[A-Za-z0-9_-]{10}|[A-Za-z0-9][A-Za-z0-9_-]*)$/.exec(customId);
  if (match) return { kind: 'answer', action: match[1] as AnswerAction, key: match[2]!, passage: match[3]! };
  match = /^quiz:([A-Za-z0-9_-]{11}):(\d)$/.exec(customId);
  if (match) return { kind: 'quiz', questionId: match[1]!, option: Number(match[2]) };
  match = /^forget:(yes|no)$/.exec(customId);
  if (match) return { kind: 'forget', confirm: match[1] === 'yes' };
  match = /^delete:(\d{17,20})$/.exec(customId);
  if (match) return { kind: 'delete', askerId: match[1]! };
  return null;
}

/** Whether a decoded passage reference names the passage `id`. */
export function refersTo(reference: string, id: string): boolean {
  return reference === id || reference === `~${shortHash(id)}`;
}

/**
 * The id of the passage among `passages` a reference names (by its id, or by the hash it carries); undefined when
 * none is, as for a button from before a reload that removed its passage.
 */
export function passageNamed(reference: string, passages: ReadonlyArray<{ id: string }>): string | undefined {
  return passages.find((p) => refersTo(reference, p.id))?.id;
}

/**
 * Checks a Discord payload against every limit and the mention rules: shared by the property tests and the
 * bench's fuzz run. Returns what is wrong, or an empty list.
 */
import { hasUnfitCharacters } from '../question.js';
import type { ReplyPayload } from './discord.js';
import { embedLength, LIMITS } from './limits.js';

export function payloadProblems(payload: ReplyPayload, mayPing: string[] = []): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string): void => void (ok || problems.push(what));
  check((payload.content ?? '').length <= LIMITS.content, 'content over 2,000');
  check(payload.embeds.length <= 10, 'more than 10 embeds');
  check(payload.embeds.reduce((sum, e) => sum + embedLength(e), 0) <= LIMITS.embedTotal, 'embeds over 6,000 in total');
  for (const embed of payload.embeds) {
    check((embed.title ?? '').length <= LIMITS.embedTitle, 'title over 256');
    check((embed.description ?? '').length <= LIMITS.embedDescription, 'description over 4,096');
    check((embed.footer?.text ?? '').length <= LIMITS.embedFooter, 'footer over 2,048');
    check((embed.fields ?? []).length <= LIMITS.embedFields, 'more than 25 fields');
    for (const field of embed.fields ?? []) {
      check(field.name.length > 0 && field.name.length <= LIMITS.embedFieldName, 'field name empty or over 256');
      check(field.value.length > 0 && field.value.length <= LIMITS.embedFieldValue, 'field value empty or over 1,024');
    }
  }
  check(payload.components.length <= LIMITS.actionRows, 'more than 5 rows');
  for (const row of payload.components) {
    check(row.components.length <= LIMITS.buttonsPerRow, 'more than 5 buttons in a row');
    for (const button of row.components) {
      if ('custom_id' in button) check(button.custom_id.length <= LIMITS.customId, 'custom_id over 100');
      if ('label' in button) check((button.label ?? '').length <= LIMITS.buttonLabel, 'label over 80');
    }
  }
  const texts = [
    payload.content ?? '',
    ...payload.embeds.flatMap((e) => [e.title ?? '', e.description ?? '', e.footer?.text ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value])]),
    ...payload.components.flatMap((row) => row.components.map((b) => ('label' in b ? (b.label ?? '') : ''))),
  ];
  check(!texts.some(hasUnfitCharacters), 'a control character or a lone surrogate');
  const mentions = payload.allowedMentions;
  check(mentions.parse.length === 0, 'allowed_mentions parses mentions');
  check(('users' in mentions ? mentions.users : []).every((id) => mayPing.includes(id)), 'may ping a user not named');
  return problems;
}

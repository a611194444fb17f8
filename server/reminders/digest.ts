// The words of a reminder email: plain text, one neutral line per notice and a link. Built
// only from notices, which never carry the other person's writing. Pure.
import { format, lookup, type Copy, type Vars } from '../../shared/copy.ts';
import type { Notice } from '../../shared/personal-types.ts';
import type { EmailSubscriber } from '../storage/store.ts';

export interface DigestInput {
  name: string;
  frequency: EmailSubscriber['frequency'];
  notices: readonly Notice[];
  origin: string;
  /** A calendar day (YYYY-MM-DD) in the reader's language; as it is when left out. */
  day?: (isoDay: string) => string;
}

export function composeDigest(ui: Copy, input: DigestInput): { subject: string; text: string } {
  const t = (key: string, vars?: Vars) => format(lookup(ui, key) ?? key, vars);
  // A friend who deleted their account has no name; their notice is a whole sentence of its own.
  const day = input.day ?? ((d: string) => d);
  const lines = input.notices.flatMap((n) => [
    `- ${t(`notices.${n.kind}${n.otherName ? '' : '-left'}`, { ...(n as unknown as Vars), on: day(n.on) })}`,
    `  ${input.origin}/spaces/${n.spaceId}`,
  ]);
  const text = [
    t('reminders.greeting', { name: input.name }),
    '',
    t('reminders.intro'),
    '',
    ...lines,
    '',
    t('reminders.link', { url: input.origin }),
    '',
    t('reminders.why', { frequency: t(`reminders.frequency.${input.frequency}`) }),
    '',
  ].join('\n');
  return { subject: t('reminders.subject'), text };
}

// What a name may hold, and when two names are too alike to tell apart. A name is how each friend
// knows who they are talking to, so it may be written in any script but must show every character
// it holds (no direction overrides, zero-width or unassigned characters) and must not pass for a
// name someone already has.
import { CONFUSABLE_ENTRIES } from './confusables-data.ts';

/**
 * Characters a name may not hold: controls, format characters (direction marks, overrides and
 * isolates, zero-width characters, the BOM, soft hyphens), private-use, unassigned and lone
 * surrogate code points, line and paragraph separators.
 */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}\p{Zl}\p{Zp}]/u;
/** Characters that show nothing however they are drawn (fillers, the combining grapheme
 * joiner); variation selectors 15 and 16 are allowed, as emoji use them. */
const IGNORABLE = /(?![\uFE0E\uFE0F])\p{Default_Ignorable_Code_Point}/u;
/** What does not make a name visible by itself: spaces, marks, ignorables and blank lookalikes. */
const BLANK = /[\s\p{Z}\p{M}\p{Default_Ignorable_Code_Point}\u2800\u{1D159}]/gu;

export type NameProblem = 'hidden-characters' | 'invisible';

/** Why a name cannot be used, or null when it can. */
export function nameProblem(name: string): NameProblem | null {
  if (HIDDEN.test(name) || IGNORABLE.test(name)) return 'hidden-characters';
  if (name.replace(BLANK, '') === '') return 'invisible';
  return null;
}

let prototypes: Map<number, string> | null = null;
/** Unicode's confusables (UTS #39) for the scripts and symbols kept in confusables-data.ts. */
function table(): Map<number, string> {
  prototypes ??= new Map(
    CONFUSABLE_ENTRIES.flatMap((line) => line.split(' ')).map((entry): [number, string] => {
      const [source = '', prototype = ''] = entry.split('=');
      return [Number.parseInt(source, 16), String.fromCodePoint(...prototype.split('+').map((hex) => Number.parseInt(hex, 16)))];
    }),
  );
  return prototypes;
}

const toPrototypes = (s: string): string => {
  const t = table();
  let out = '';
  for (const ch of s) out += t.get(ch.codePointAt(0) ?? 0) ?? ch;
  return out;
};

/** Case folded: toUpperCase first so that ß and SS, or ς and σ, fold alike. */
const fold = (s: string): string => s.toUpperCase().toLowerCase();

/**
 * A name's skeleton (UTS #39 section 4, case-insensitive): two names with the same skeleton look
 * alike. NFKC (fullwidth and styled letters), ignorables out, spaces as one, then confusable
 * characters mapped to their prototype before and after case folding, so "Ѕаm" (Cyrillic),
 * "SAM", "5am"-style digits and "Sarn" all meet "Sam". For comparing only, never for showing.
 */
export function nameSkeleton(name: string): string {
  const plain = name
    .normalize('NFKC')
    .replace(/\p{Default_Ignorable_Code_Point}/gu, '')
    .trim()
    .replace(/\s+/gu, ' ')
    .normalize('NFD');
  return toPrototypes(fold(toPrototypes(plain)).normalize('NFD')).normalize('NFD');
}

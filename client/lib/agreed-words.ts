// Which words both marked earlier are worth showing beside the text as it is now.
interface Agreed {
  text: string;
  at: string;
}

/**
 * The words both marked, when they differ from the text now and still hold words. A copy
 * emptied when one person left Mend (shared/redact.ts) would otherwise read as an empty
 * quote under "The words you both marked on ...".
 */
export function earlierAgreement(agreed: Agreed | null | undefined, current: string): Agreed | null {
  if (!agreed || agreed.text === current || agreed.text.trim() === '') return null;
  return agreed;
}

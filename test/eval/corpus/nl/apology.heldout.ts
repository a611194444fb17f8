// Achtergehouden Nederlandse excuses voor de checklist. Set 2 is in ronde zeven bestudeerd en
// naar het afstemdeel verhuisd; hier komt een nieuwe, vers geschreven set die nooit gebruikt
// wordt om de regels bij te stellen.
import type { ApologyLine } from '../types.ts';

export const lines: readonly ApologyLine[] = [];

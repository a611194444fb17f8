// Achtergehouden Nederlandse zinnen voor de zachte-taalcheck. Set 2 is in ronde zeven bestudeerd en
// naar het afstemdeel verhuisd; hier komt een nieuwe, vers geschreven set die nooit gebruikt
// wordt om de regels bij te stellen.
import type { GentleLine } from '../types.ts';

export const lines: readonly GentleLine[] = [];

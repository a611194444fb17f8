// The English content bundle: every file in content/en/ that code reads, in one place.
import ui from './ui.json';

export const en = { ui };

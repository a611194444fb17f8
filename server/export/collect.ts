// Gathers a person's copy of their spaces. Documents are read through the room registry, so
// the export holds exactly what the open space shows, including edits not yet compacted.
import type * as Y from 'yjs';
import { docName, notebookDocName } from '../../shared/access.ts';
import type { DateThatMatters } from '../../shared/dates.ts';
import type { ExportFile, SpaceExport } from '../../shared/personal-types.ts';
import type { SpaceEvent } from '../../shared/space/types.ts';
import { GROUND_RULES_KEY, LOG_EVENTS_KEY, NEXT_REFLECTION, STATEMENT_KEY } from '../../shared/wire.ts';
import type { Deps } from '../deps.ts';
import { toMe } from '../routes/session-helpers.ts';
import { summary } from '../routes/space-views.ts';
import type { DateRow, SpaceRow, UserRow } from '../storage/store.ts';

/** Root-level texts whose names start with `prefix`, by the rest of the name; empty ones left out. */
function textsByPrefix(doc: Y.Doc, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of [...doc.share.keys()].sort()) {
    if (!name.startsWith(prefix)) continue;
    const value = doc.getText(name).toString();
    if (value) out[name.slice(prefix.length)] = value;
  }
  return out;
}

const toDate = (d: DateRow): DateThatMatters => ({ id: d.id, label: d.label, month: d.month, day: d.day, remindDaysBefore: d.remindDaysBefore });

export async function collectExport(deps: Deps, user: UserRow, rows: readonly SpaceRow[]): Promise<ExportFile> {
  const doc = async (name: string) => (await deps.rooms.current(name)).doc;
  const notebook = await doc(notebookDocName(user.id));
  const spaces: SpaceExport[] = [];
  for (const row of rows) {
    const state = await deps.referee.state(row.id);
    if (state.phase === 'none') continue;
    const together = await doc(docName(row.id, 'together'));
    const togetherTexts: Record<string, string> = {};
    for (const key of [GROUND_RULES_KEY, STATEMENT_KEY]) {
      const value = together.getText(key).toString();
      if (value) togetherTexts[key] = value;
    }
    spaces.push({
      ...summary(state, user.id),
      events: (await doc(docName(row.id, 'log'))).getArray<SpaceEvent>(LOG_EVENTS_KEY).toArray(),
      together: togetherTexts,
      reflection: textsByPrefix(notebook, `reflection:${row.id}:`),
      drafts: textsByPrefix(await doc(docName(row.id, 'mine', user.id)), 'draft:'),
      sealed: await deps.referee.mySealed(row.id, user.id),
      dates: (await deps.store.datesOf(user.id, row.id)).map(toDate),
    });
  }
  return {
    format: 'mend-export',
    version: 1,
    exportedAt: deps.now().toISOString(),
    me: toMe(user),
    spaces,
    reflectionBeforeReachingOut: textsByPrefix(notebook, `reflection:${NEXT_REFLECTION}:`),
  };
}

// My copy, in two formats: readable Markdown and the complete JSON. Of everything of mine, or
// of one space when given its id.
import { For } from 'solid-js';
import { type CopyFormat, api } from '../lib/api.ts';
import { t } from '../lib/copy.ts';
import { createAction } from '../lib/form.ts';
import { saveFile } from '../lib/save-file.ts';
import { ErrorNote } from './ErrorNote.tsx';

const FORMATS: readonly CopyFormat[] = ['markdown', 'json'];

export function DownloadCopy(props: { spaceId?: string; quiet?: boolean }) {
  const action = createAction();
  const download = (format: CopyFormat) =>
    void action.run(async () => {
      const file = props.spaceId ? await api.exportSpace(props.spaceId, format) : await api.exportAll(format);
      saveFile(file.blob, file.filename);
    });
  return (
    <>
      <ul class={props.quiet ? 'plain downloads quiet-downloads' : 'plain downloads'}>
        <For each={FORMATS}>
          {(format) => (
            <li>
              <button type="button" class={props.quiet ? 'link' : 'secondary'} disabled={action.busy()} onClick={() => download(format)}>
                {t(`myCopy.${format}`)}
              </button>
            </li>
          )}
        </For>
      </ul>
      <ErrorNote message={action.error()} />
    </>
  );
}

// Runs a form action with one busy flag and one error message, in words from content/.
import { createSignal } from 'solid-js';
import { ApiError } from './api.ts';
import { errorText, validationText } from './copy.ts';

export function createAction() {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const [fieldErrors, setFieldErrors] = createSignal<Record<string, string>>({});
  async function run(fn: () => Promise<void>): Promise<void> {
    if (busy()) return;
    setBusy(true);
    setError(null);
    setFieldErrors({});
    try {
      await fn();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'validation' && e.reason) {
        // The server names the field and the kind of problem; the words come from content/.
        setFieldErrors({ [e.reason]: validationText(e.reason, e.detail.kind, e.detail.limit) });
      } else setError(e instanceof ApiError ? errorText(e.code) : errorText(undefined));
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, fieldErrors, run };
}

// A read-only link field with a copy button: select-all on focus, so it also works by hand.
import { createSignal, createUniqueId } from 'solid-js';
import { t } from '../lib/copy.ts';

export function CopyLink(props: { url: string; label: string }) {
  const id = createUniqueId();
  const [copied, setCopied] = createSignal(false);
  let input!: HTMLInputElement;
  const copy = async () => {
    input.select();
    const ok = await navigator.clipboard?.writeText(props.url).then(() => true, () => false);
    if (!ok) document.execCommand?.('copy');
    setCopied(true);
  };
  return (
    <div class="copy-link">
      <label for={id}>{props.label}</label>
      <input id={id} ref={input} readonly value={props.url} onFocus={(e) => e.currentTarget.select()} data-testid="invite-link" />
      <button type="button" class="primary" onClick={copy}>{t('invitationLink.copy')}</button>
      <span aria-live="polite" class="quiet">{copied() ? t('invitationLink.copied') : ''}</span>
    </div>
  );
}

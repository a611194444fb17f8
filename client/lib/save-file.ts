// Hands a fetched file to the browser as a download: a temporary object URL on an <a download>,
// clicked once and let go. A download, not a fetch, so the page's connect-src does not apply.
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has taken the file by the next turn; a little later is kinder to slow ones.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

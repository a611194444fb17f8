// Where to go after signing in. Only our own paths, so a crafted link cannot send a person
// to another site.
export function safeNext(value: string | string[] | undefined, fallback = '/'): string {
  const v = Array.isArray(value) ? value[0] : value;
  return v && v.startsWith('/') && !v.startsWith('//') && !v.startsWith('/\\') ? v : fallback;
}

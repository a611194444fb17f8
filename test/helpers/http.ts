// A tiny HTTP client for tests with one cookie jar per simulated person, sending the
// Origin a browser would send.
export interface Person {
  /** Every cookie in the jar, as a Cookie header. */
  cookie: string;
  /** One cookie's value: 'mend_session', or 'mend_device' (the browser's device cookie). */
  cookieValue(name: string): string;
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  json<T = unknown>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }>;
  /** The same person (the same cookie jar) talking to another server: another instance of a cluster. */
  at(baseUrl: string, origin?: string): Person;
}

export function person(baseUrl: string, origin = baseUrl, jar = new Map<string, string>()): Person {
  const self: Person = {
    get cookie() {
      return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    },
    cookieValue: (name) => jar.get(name) ?? '',
    async request(method, path, body, headers = {}) {
      const res = await fetch(baseUrl + path, {
        method,
        headers: {
          origin,
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(jar.size ? { cookie: self.cookie } : {}),
          ...headers,
        },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
        redirect: 'manual',
      });
      for (const line of res.headers.getSetCookie()) {
        const [pair] = line.split(';');
        const eq = pair?.indexOf('=') ?? -1;
        if (!pair || eq < 0) continue;
        const name = pair.slice(0, eq);
        const value = pair.slice(eq + 1);
        if (/max-age=0/i.test(line) || value === '') jar.delete(name);
        else jar.set(name, value);
      }
      return res;
    },
    async json(method, path, body) {
      const res = await self.request(method, path, body);
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : null };
    },
    at: (otherUrl, otherOrigin = origin) => person(otherUrl, otherOrigin, jar),
  };
  return self;
}

let counter = 0;
export const uniqueName = (base: string) => `${base} ${process.pid}-${++counter}`;
export const PASSWORD = 'a long enough password';

export async function signUp(baseUrl: string, name = uniqueName('Person'), origin = baseUrl) {
  const p = person(baseUrl, origin);
  const res = await p.json<{ me: { id: string; name: string }; recoveryCodes: string[] }>('POST', '/api/accounts', {
    name,
    password: PASSWORD,
  });
  if (res.status !== 201) throw new Error(`sign-up failed: ${res.status} ${JSON.stringify(res.body)}`);
  return Object.assign(p, { me: res.body.me, recoveryCodes: res.body.recoveryCodes });
}

/** An opener with a space and an invitee who joined it: the usual starting point. */
export async function openSpacePair(baseUrl: string) {
  const opener = await signUp(baseUrl, uniqueName('Alex'));
  const invitee = await signUp(baseUrl, uniqueName('Sam'));
  const opened = await opener.json<{ id: string; inviteUrl: string }>('POST', '/api/spaces', {
    friendName: 'Sam',
    note: 'I miss our walks. No rush at all.',
  });
  if (opened.status !== 201) throw new Error(`open failed: ${opened.status}`);
  const token = opened.body.inviteUrl.split('/invite/')[1] as string;
  const joined = await invitee.json('POST', `/api/invitations/${token}`, { answer: 'join' });
  if (joined.status !== 200) throw new Error(`join failed: ${joined.status} ${JSON.stringify(joined.body)}`);
  return { opener, invitee, spaceId: opened.body.id, token };
}

/** The token at the end of an invitation link. */
export const tokenOf = (inviteUrl: string): string => inviteUrl.split('/invite/')[1] as string;

/** Opens a space as `opener`; returns its id, the link and the link's token. */
export async function openSpace(opener: Person, note = 'I miss our walks. No rush at all.') {
  const res = await opener.json<{ id: string; inviteUrl: string }>('POST', '/api/spaces', { friendName: 'Sam', note });
  if (res.status !== 201) throw new Error(`open failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.id, inviteUrl: res.body.inviteUrl, token: tokenOf(res.body.inviteUrl) };
}

// Requests from a chosen client address, for a server started with `trustProxy: 1`: the one
// proxy we trust appends the address it was reached from to X-Forwarded-For.
export interface Answer {
  status: number;
  retryAfter: number | null;
  body: { error?: { code: string; message: string } } & Record<string, unknown>;
}

export async function postFrom(baseUrl: string, address: string, path: string, body: unknown, cookie?: string): Promise<Answer> {
  const res = await fetch(baseUrl + path, {
    method: 'POST',
    headers: {
      origin: baseUrl,
      'content-type': 'application/json',
      'x-forwarded-for': address,
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  const retryAfter = res.headers.get('retry-after');
  return { status: res.status, retryAfter: retryAfter === null ? null : Number(retryAfter), body: text ? JSON.parse(text) : {} };
}

/** The n-th of a run of made-up addresses, one run per `block` (0-255), in 10.0.0.0/8. */
export const addressNo = (block: number, n: number) => `10.${block}.${n >> 8}.${n & 255}`;

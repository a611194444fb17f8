// An invitation link is shown once, right after it is made; the server keeps only its hash.
// It lives here in memory until the opener leaves the page.
const links = new Map<string, string>();
export const keepFreshLink = (spaceId: string, url: string) => links.set(spaceId, url);
export const freshLink = (spaceId: string) => links.get(spaceId);

// The access table of shared/access.ts: for each phase, role and document kind, who may
// read and who may write (DESIGN.md, decision 3).
import { describe, expect, it } from 'vitest';
import { type SpaceAccessView, docAccess } from '../../shared/access.ts';
import type { Phase } from '../../shared/space/types.ts';
import { CloseCode, DocKinds } from '../../shared/wire.ts';

const OPENER = 'user-opener';
const INVITEE = 'user-invitee';
const STRANGER = 'user-stranger';

const space = (phase: Phase): SpaceAccessView => ({
  id: 'abcdefghijklmnop',
  phase,
  openerId: OPENER,
  inviteeId: phase === 'open' || phase === 'closed' ? INVITEE : null,
});

const read = (docName: string) => ({ ok: true, docName, canWrite: false });
const write = (docName: string) => ({ ok: true, docName, canWrite: true });
const notMember = { ok: false, code: CloseCode.forbidden, reason: 'not-a-member' };
const notOpen = { ok: false, code: CloseCode.forbidden, reason: 'not-open' };
const log = 'space/abcdefghijklmnop/log';
const together = 'space/abcdefghijklmnop/together';
const mine = (userId: string) => `space/abcdefghijklmnop/mine/${userId}`;

describe('docAccess', () => {
  it('answers 4404 for a space that does not exist, whoever asks', () => {
    for (const kind of DocKinds)
      expect(docAccess(undefined, OPENER, kind)).toEqual({ ok: false, code: CloseCode.notFound, reason: 'no-space' });
  });

  it.each(['invited', 'declined'] as const)('while %s: the opener reads the log (the answers come live) and writes only their own private document', (phase) => {
    expect(docAccess(space(phase), OPENER, 'log')).toEqual(read(log));
    expect(docAccess(space(phase), OPENER, 'together')).toEqual(notOpen);
    expect(docAccess(space(phase), OPENER, 'mine')).toEqual(write(mine(OPENER)));
  });

  it.each(['invited', 'declined'] as const)('while %s: the invited friend and a stranger reach nothing', (phase) => {
    for (const kind of DocKinds) {
      expect(docAccess(space(phase), INVITEE, kind)).toEqual(notMember);
      expect(docAccess(space(phase), STRANGER, kind)).toEqual(notMember);
    }
  });

  it('a friend named as invitee before the space is open is still not a member', () => {
    const early: SpaceAccessView = { ...space('invited'), inviteeId: INVITEE };
    for (const kind of DocKinds) expect(docAccess(early, INVITEE, kind)).toEqual(notMember);
  });

  it.each([OPENER, INVITEE])('while open: member %s reads the log, writes together and their own private document', (userId) => {
    expect(docAccess(space('open'), userId, 'log')).toEqual(read(log));
    expect(docAccess(space('open'), userId, 'together')).toEqual(write(together));
    expect(docAccess(space('open'), userId, 'mine')).toEqual(write(mine(userId)));
  });

  it.each([OPENER, INVITEE])('once closed: member %s reads the log and together, and still writes their own private document', (userId) => {
    expect(docAccess(space('closed'), userId, 'log')).toEqual(read(log));
    expect(docAccess(space('closed'), userId, 'together')).toEqual(read(together));
    expect(docAccess(space('closed'), userId, 'mine')).toEqual(write(mine(userId)));
  });

  it.each(['open', 'closed'] as const)('while %s: a stranger reaches nothing', (phase) => {
    for (const kind of DocKinds) expect(docAccess(space(phase), STRANGER, kind)).toEqual(notMember);
  });

  it('names the private document after the asker, so the two members never share one', () => {
    const a = docAccess(space('open'), OPENER, 'mine');
    const b = docAccess(space('open'), INVITEE, 'mine');
    expect(a.ok && b.ok && a.docName !== b.docName).toBe(true);
  });

  it('never lets anyone write the log', () => {
    for (const phase of ['invited', 'declined', 'open', 'closed'] as const)
      for (const userId of [OPENER, INVITEE, STRANGER]) {
        const access = docAccess(space(phase), userId, 'log');
        expect(access.ok && access.canWrite).toBe(false);
      }
  });
});

// Tests that need PostgreSQL, Redis or HAProxy run when the machine has them. Without them a
// local run skips those tests with one line saying how to get them; in CI (`CI=1`, set by
// .ci/run) a missing service fails the run instead, so they are never silently skipped there.
import { describe } from 'vitest';
import { haproxyAvailable } from '../../scripts/services/haproxy.ts';
import { pgAvailable } from '../../scripts/services/postgres.ts';
import { redisAvailable } from '../../scripts/services/redis.ts';

type Service = 'postgres' | 'redis' | 'haproxy';
const available: Record<Service, () => boolean> = { postgres: pgAvailable, redis: redisAvailable, haproxy: haproxyAvailable };
const packageOf: Record<Service, string> = { postgres: 'postgresql', redis: 'redis-server', haproxy: 'haproxy' };

export const servicesRequired = () => process.env.CI === '1' || process.env.MEND_REQUIRE_SERVICES === '1';

/** `describe` when every service is installed; otherwise a skip with one line (or a failure in CI). */
export function describeWith(services: readonly Service[], title: string, body: () => void): void {
  const missing = services.filter((s) => !available[s]());
  if (missing.length === 0) {
    describe(title, body);
    return;
  }
  const how = `sudo apt-get install -y ${missing.map((s) => packageOf[s]).join(' ')}`;
  if (servicesRequired()) {
    describe(title, () => {
      throw new Error(`${title} needs ${missing.join(' and ')}: ${how}`);
    });
    return;
  }
  console.info(`skipped "${title}": it needs ${missing.join(' and ')} (${how}, then npm test)`);
  describe.skip(title, body);
}

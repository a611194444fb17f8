// The limiters the app uses: in this process's memory when it runs alone; in Redis when several
// instances run (REDIS_URL and DATABASE_URL set), each with the in-memory one beside it for
// what only protects capacity, counted locally while Redis is away (limits/unavailable.ts).
import { createAllowance } from '../auth/allowance.ts';
import { createAttemptGuard, createConfirmGuard } from '../auth/attempts.ts';
import type { Config } from '../config.ts';
import type { Deps } from '../deps.ts';
import { createTokenBuckets } from '../http/rate.ts';
import type { RedisLimits } from './redis-limits.ts';
import { createSharedAllowance, createSharedTokenBuckets } from './shared-buckets.ts';
import { createSharedAttemptGuard, createSharedConfirmGuard } from './shared-guards.ts';

export function createLimits(config: Config, redis: RedisLimits | null): Deps['limits'] {
  const { signInLimits, signUpLimit, commandLimit, invitationLimits } = config;
  const local: Deps['limits'] = {
    signIn: createAttemptGuard(signInLimits),
    recovery: createAttemptGuard(signInLimits),
    confirm: createConfirmGuard(signInLimits.perPair, signInLimits.maxKeys),
    signUp: createAllowance(signUpLimit, signInLimits.maxKeys),
    commands: createTokenBuckets(commandLimit),
    invitationLinks: createTokenBuckets(invitationLimits.perLink),
    invitationAddresses: createTokenBuckets(invitationLimits.perAddress),
  };
  if (!redis) return local;
  return {
    signIn: createSharedAttemptGuard(redis, 'sign-in', signInLimits),
    recovery: createSharedAttemptGuard(redis, 'recovery', signInLimits),
    confirm: createSharedConfirmGuard(redis, signInLimits.perPair),
    signUp: createSharedAllowance(redis, 'sign-up', signUpLimit, local.signUp),
    commands: createSharedTokenBuckets(redis, 'commands', commandLimit, local.commands),
    invitationLinks: createSharedTokenBuckets(redis, 'invitation-link', invitationLimits.perLink, local.invitationLinks),
    invitationAddresses: createSharedTokenBuckets(redis, 'invitation-address', invitationLimits.perAddress, local.invitationAddresses),
  };
}

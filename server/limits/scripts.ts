// The limiters' Lua scripts. Each runs atomically inside Redis, so two instances taking from
// one key at once cannot both see the same tokens; each reads the Redis server's own clock
// (TIME), so instances whose clocks disagree still count one time; each sets an expiry on every
// key it writes, at the moment the key would be worth nothing, so Redis does not grow.

/** Milliseconds on the Redis server's clock. */
const NOW = `
local function now_ms()
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
`;

/**
 * A token bucket. KEYS[1]; ARGV: burst, tokens per ms, cost (negative gives back), overdraft.
 * Returns the ms until `cost` could be taken (0: taken). With overdraft the cost is always
 * charged and the balance may go below zero: the answer is then the ms until it is back to
 * zero (used for charges already spent, batched: sync/shared-person-budget.ts).
 */
export const BUCKET = `${NOW}
local burst = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local overdraft = ARGV[4] == '1'
local now = now_ms()
local saved = redis.call('HMGET', KEYS[1], 't', 'a')
local tokens = burst
if saved[1] then
  tokens = math.min(burst, tonumber(saved[1]) + math.max(0, now - tonumber(saved[2])) * rate)
end
local wait = 0
if cost <= 0 or tokens >= cost then
  tokens = math.min(burst, tokens - cost)
elseif overdraft then
  tokens = tokens - cost
else
  wait = math.ceil((cost - tokens) / rate)
end
if overdraft and tokens < 0 then wait = math.ceil(-tokens / rate) end
if tokens >= burst then
  redis.call('DEL', KEYS[1])
else
  redis.call('HSET', KEYS[1], 't', tostring(tokens), 'a', now)
  redis.call('PEXPIRE', KEYS[1], math.ceil((burst - tokens) / rate) + 1000)
end
return wait
`;

/**
 * Growing delays (auth/backoff.ts, the same rules), one hash per key: f failures, l the last
 * failure, n no attempt before this, and one field i:<attempt> per attempt in flight holding
 * when it lapses. An attempt in flight is a lease, not a count: an instance that dies while
 * checking a password cannot leave a key counting an attempt forever.
 */
const TALLY = `${NOW}
local now = now_ms()
local IN_FLIGHT_WAIT_MS = 1000

local function rule(i)
  local b = 4 + (i - 1) * 4
  return { free = tonumber(ARGV[b + 1]), first = tonumber(ARGV[b + 2]), max = tonumber(ARGV[b + 3]), forget = tonumber(ARGV[b + 4]) }
end

local function read(key)
  local h = redis.call('HGETALL', key)
  local t = { f = 0, l = 0, n = 0, flying = 0, lease = 0, leases = {} }
  for i = 1, #h, 2 do
    local k, v = h[i], tonumber(h[i + 1])
    if k == 'f' then t.f = v elseif k == 'l' then t.l = v elseif k == 'n' then t.n = v
    elseif v > now then
      t.flying = t.flying + 1
      t.lease = math.max(t.lease, v)
      t.leases[k] = true
    else
      redis.call('HDEL', key, k)
    end
  end
  t.clean = t.f == 0 and t.flying == 0
  return t
end

local function wait(t, r)
  if t.clean then return 0 end
  if now < t.n then return t.n - now end
  if t.flying > 0 and t.f + t.flying >= r.free then return IN_FLIGHT_WAIT_MS end
  return 0
end

local function store(key, t, r)
  if t.f == 0 and t.flying == 0 then
    redis.call('DEL', key)
    return
  end
  redis.call('HSET', key, 'f', t.f, 'l', t.l, 'n', t.n)
  local from = now
  if t.f > 0 then from = t.l end
  redis.call('PEXPIREAT', key, math.max(t.n, from + r.forget, t.lease))
end

local function delay_after(r, failures)
  if failures < r.free then return 0 end
  return math.min(r.max, r.first * 2 ^ math.min(failures - r.free, 30))
end
`;

/**
 * Begins an attempt. KEYS: the pair (name and address, or name and device, or a person), then
 * the address and the name when there are three. ARGV: attempt id, lease ms, 0, 0, then four
 * numbers of a rule (free, first delay, cap, forget) per key. Returns the ms to wait, or 0 when
 * the attempt began (a lease on every key). With three keys, an address with nothing on record
 * for this name that is not slowed itself does not meet the name's delay (auth/attempts.ts).
 */
export const ATTEMPT_BEGIN = `${TALLY}
local id = 'i:' .. ARGV[1]
local lease = now + tonumber(ARGV[2])
local tallies, rules = {}, {}
for i = 1, #KEYS do
  tallies[i] = read(KEYS[i])
  rules[i] = rule(i)
end
local longest = wait(tallies[1], rules[1])
if #KEYS == 3 then
  local fresh = tallies[1].clean and tallies[2].f < rules[2].free
  longest = math.max(longest, wait(tallies[2], rules[2]))
  if not fresh then longest = math.max(longest, wait(tallies[3], rules[3])) end
end
if longest > 0 then return math.ceil(longest) end
for i = 1, #KEYS do
  local t = tallies[i]
  redis.call('HSET', KEYS[i], id, lease)
  t.flying = t.flying + 1
  t.lease = math.max(t.lease, lease)
  store(KEYS[i], t, rules[i])
end
return 0
`;

/**
 * Ends an attempt begun before. KEYS and rules as for ATTEMPT_BEGIN; ARGV[2] is the outcome:
 * 'failed' counts on every key, 'succeeded' forgets the first key (the owner proved who they
 * are there) and only ends the lease on the others, anything else only ends the leases.
 */
export const ATTEMPT_END = `${TALLY}
local id = 'i:' .. ARGV[1]
local outcome = ARGV[2]
for i = 1, #KEYS do
  local r = rule(i)
  if i == 1 and outcome == 'succeeded' then
    redis.call('DEL', KEYS[i])
  else
    local t = read(KEYS[i])
    if t.leases[id] then
      redis.call('HDEL', KEYS[i], id)
      t.flying = t.flying - 1
    end
    if outcome == 'failed' then
      t.f = t.f + 1
      t.l = now
      local d = delay_after(r, t.f)
      if d > 0 then t.n = now + d else t.n = 0 end
    end
    store(KEYS[i], t, r)
  end
end
return 0
`;

-- Settles a batch of token buckets shared by every gateway (see SharedBuckets).
-- KEYS[i]: a bucket; ARGV[3i-2], ARGV[3i-1], ARGV[3i]: its capacity, tokens per second, and the
-- tokens one gateway took from it since its last settlement.
-- Each bucket is refilled for the time since it was last settled (by Redis's own clock, the same
-- for every gateway), charged what was taken (down to one capacity in debt), kept for as long as
-- it takes to refill from that debt, and its level returned, as text to keep the fraction.
local now = redis.call('TIME')
local micros = tonumber(now[1]) * 1000000 + tonumber(now[2])
local levels = {}
for i, key in ipairs(KEYS) do
  local capacity = tonumber(ARGV[3 * i - 2])
  local rate = tonumber(ARGV[3 * i - 1])
  local taken = tonumber(ARGV[3 * i])
  local state = redis.call('HMGET', key, 'tokens', 'at')
  local tokens = tonumber(state[1])
  local at = tonumber(state[2])
  if tokens == nil or at == nil then
    tokens = capacity
    at = micros
  end
  if micros > at then
    tokens = math.min(capacity, tokens + (micros - at) * rate / 1000000)
  end
  tokens = math.max(-capacity, tokens - taken)
  redis.call('HSET', key, 'tokens', tostring(tokens), 'at', string.format('%.0f', micros))
  redis.call('PEXPIRE', key, math.ceil(2000 * capacity / rate) + 1000)
  levels[i] = tostring(tokens)
end
return levels

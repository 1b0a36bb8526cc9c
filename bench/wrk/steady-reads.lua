-- wrk script: GETs at a steady offered rate (BENCH_READ_RATE requests per second over all of this
-- thread's connections; wrk itself only knows "as fast as possible"). Each request is given a slot
-- on one shared schedule, 1/rate apart, and waits for it; enough connections must be open for the
-- rate (connections × 1000 / latency in ms). Reports JSON on stdout when done.
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
  int clock_gettime(int clock, bench_timespec *tp);
]]
local ts = ffi.new("bench_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
  return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end

local interval = 1000 / tonumber(os.getenv("BENCH_READ_RATE") or "10000")
local next_slot = nil

function delay()
  local now = now_ms()
  -- Open loop: slots missed during a stall are sent at once afterwards, as arriving clients would;
  -- after a stall of over a second the schedule restarts rather than bursting a second's worth.
  if next_slot == nil or next_slot < now - 1000 then next_slot = now end
  local wait = next_slot - now
  next_slot = next_slot + interval
  return math.max(0, math.floor(wait + 0.5))
end

local report = dofile(os.getenv("BENCH_WRK_DIR") .. "/report.lua")
function done(summary, latency, requests)
  report(summary, latency, {})
end

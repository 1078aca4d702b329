-- wrk at a fixed request rate (what wrk2 does, with wrk 4's delay() hook), for bench/wrk-lib.sh.
--
-- Each wrk thread sends RATE/THREADS requests a second on a fixed schedule: every request takes the
-- next free slot of its thread's schedule and waits for it, on whichever of the thread's connections
-- is idle. With many connections and short answers, a request is sent at its slot: wrk's latency then
-- is the time from the slot to the answer. When every connection is busy past its slot, the request
-- goes out late; such late sends are counted (late=), as they hide queueing from the percentiles
-- (coordinated omission). The clock is CLOCK_MONOTONIC through LuaJIT's FFI.
--
-- Usage: wrk -t2 -c64 -d15s --latency -s bench/paced.lua URL -- RATE THREADS
-- Prints: BENCH rps=.. p50_ms=.. p90_ms=.. p99_ms=.. max_ms=.. requests=.. errors=.. non2xx=.. late=.. (as report.lua, plus late)

local ffi = require("ffi")
ffi.cdef [[
   typedef struct { long tv_sec; long tv_nsec; } paced_timespec;
   int clock_gettime(int clock, paced_timespec *ts);
]]
local clock = ffi.new("paced_timespec")

local function now_ms()
   ffi.C.clock_gettime(1, clock)
   return tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_nsec) / 1e6
end

local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

function init(args)
   interval = 1000 * tonumber(args[2]) / tonumber(args[1]) -- ms between two of this thread's requests
   slot = nil
   late = 0
end

function delay()
   local now = now_ms()
   slot = slot and slot + interval or now
   local wait = slot - now
   if wait < -1 then
      late = late + 1
   end
   return wait > 0 and math.floor(wait) or 0
end

function done(summary, latency, requests)
   local late_sends = 0
   for _, t in ipairs(threads) do
      late_sends = late_sends + (t:get("late") or 0)
   end
   local e = summary.errors
   io.write(string.format(
      "BENCH rps=%.1f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f requests=%d errors=%d non2xx=%d late=%d\n",
      summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(90) / 1000,
      latency:percentile(99) / 1000, latency.max / 1000, summary.requests, e.connect + e.read + e.write + e.timeout,
      e.status, late_sends))
end

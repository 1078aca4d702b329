-- wrk reporter for bench/run.sh: prints one parseable line when the run ends.
--
--   BENCH rps=<requests/s> p50_ms=<> p90_ms=<> p99_ms=<> max_ms=<> requests=<n>
--         bytes_per_req=<avg bytes read per response, headers included> errors=<n> non2xx=<n>
--
-- wrk measures latency in microseconds and duration in microseconds; both are converted here.
-- Usage: wrk -t2 -c32 -d15s --latency -s bench/report.lua http://127.0.0.1:18080/tracker

done = function(summary, latency, requests)
   local seconds = summary.duration / 1e6
   local e = summary.errors
   local socket_errors = e.connect + e.read + e.write + e.timeout
   local n = summary.requests
   io.write(string.format(
      "BENCH rps=%.1f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f requests=%d bytes_per_req=%d errors=%d non2xx=%d\n",
      n / seconds,
      latency:percentile(50) / 1000,
      latency:percentile(90) / 1000,
      latency:percentile(99) / 1000,
      latency.max / 1000,
      n,
      n > 0 and math.floor(summary.bytes / n) or 0,
      socket_errors,
      e.status))
end

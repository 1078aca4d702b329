-- wrk script for bench/alert-signatures.sh: POSTs petition signatures, each with its own e-mail address
-- and its own client address, through the public form exactly as a browser does (cookies, CSRF
-- token, the form's signed time stamp, an empty honeypot). The client address comes in X-Forwarded-For
-- (the app trusts the loopback proxy), drawn from 198.18.0.0/15, the range RFC 2544 sets aside for
-- benchmarks: 512 networks, each request on the next network, so that the production limits (10 an hour
-- per address, 100 per network) count every request and refuse none until 51,200 requests.
-- The shell script visits the form once per simulated browser and passes what each holds:
--
--   SLUG, and SESSION_LIST: a line "cookies csrf stamp" per browser   (environment variables)
--
-- Thread t of n takes browsers t, t+n, t+2n, ... in turn, so with at least as many browsers as
-- connections no two requests in flight share a browser.
--
-- At the end it prints one line: ACCEPTED=<200 answers> REFUSED=<other answers> ERRORS=<socket errors>
-- and the rate and latency, so that the script can compare the 200s with the rows in the database.

local threads = {}

function setup(thread)
   thread:set("id", #threads + 1)
   table.insert(threads, thread)
end

function init(args)
   accepted = 0
   refused = 0
   counter = 0
   slug = os.getenv("SLUG")
   nthreads = tonumber(os.getenv("THREADS") or "2")
   headers = { ["Content-Type"] = "application/x-www-form-urlencoded" }
   browsers = {}
   for cookie, csrf, stamp in string.gmatch(os.getenv("SESSION_LIST"), "(%S+) (%S+) (%S+)\n") do
      table.insert(browsers, { cookie = cookie, fixed = "_csrf=" .. csrf .. "&stamp=" .. stamp .. "&website=&country=KEN&showName=true" })
   end
end

function request()
   counter = counter + 1
   local network = counter % 512
   local host = (math.floor(counter / 512) * nthreads + id) % 254 + 1
   headers["X-Forwarded-For"] = string.format("198.%d.%d.%d", 18 + math.floor(network / 256), network % 256, host)
   local browser = browsers[((counter * nthreads + id) % #browsers) + 1]
   headers["Cookie"] = browser.cookie
   local who = "t" .. id .. "-" .. counter .. "-" .. os.getenv("RUN")
   local body = browser.fixed .. "&name=Supporter+" .. who .. "&email=" .. who .. "%40bench.example.org"
   return wrk.format("POST", "/act/" .. slug .. "?lang=en", headers, body)
end

function response(status, headers, body)
   if status == 200 then
      accepted = accepted + 1
   else
      refused = refused + 1
   end
end

function done(summary, latency, requests)
   local ok, bad = 0, 0
   for _, t in ipairs(threads) do
      ok = ok + t:get("accepted")
      bad = bad + t:get("refused")
   end
   local e = summary.errors
   io.write(string.format("BENCH rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f ACCEPTED=%d REFUSED=%d ERRORS=%d\n",
      summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(90) / 1000,
      latency:percentile(99) / 1000, latency.max / 1000, ok, bad, e.connect + e.read + e.write + e.timeout))
end

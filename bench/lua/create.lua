-- W1: create a liveness session (v1.2). BENCH_KEY names the tenant; BENCH_STOP_AFTER stops each thread
-- after that many responses (used to create exactly enough sessions for the RSS measurement). BENCH_BASE_PATH
-- (all three scripts) is the route prefix: Prism serves the v1.2 document's paths without /face/v1.2.
package.path = package.path .. ";" .. (os.getenv("BENCH_LUA") or ".") .. "/?.lua"
require("report")

wrk.method = "POST"
wrk.path = (os.getenv("BENCH_BASE_PATH") or "/face/v1.2") .. "/detectLiveness-sessions"
wrk.body = '{"livenessOperationMode":"Passive","deviceCorrelationId":"device-1"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Ocp-Apim-Subscription-Key"] = os.getenv("BENCH_KEY") or "bench"

-- Only defined when needed: a response() callback makes wrk parse every response in Lua. wrk's main thread
-- sleeps for the whole -d duration, so each thread leaves a marker file and bench.py interrupts wrk.
local stop_after = tonumber(os.getenv("BENCH_STOP_AFTER") or "0")
if stop_after > 0 then
  local threads = 0
  function setup(thread)
    threads = threads + 1
    thread:set("thread_id", threads)
  end

  local seen = 0
  function response(status, headers, body)
    seen = seen + 1
    if seen == stop_after then
      local marker = io.open(os.getenv("BENCH_DONE_DIR") .. "/thread-" .. tostring(thread_id), "w")
      marker:close()
      wrk.thread:stop()
    end
  end
end

done = report

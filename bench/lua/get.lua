-- W2: get a session (v1.2). BENCH_SESSION_ID is a session created with BENCH_KEY before the run.
package.path = package.path .. ";" .. (os.getenv("BENCH_LUA") or ".") .. "/?.lua"
require("report")

wrk.method = "GET"
wrk.path = (os.getenv("BENCH_BASE_PATH") or "/face/v1.2") .. "/detectLiveness-sessions/" .. os.getenv("BENCH_SESSION_ID")
wrk.headers["Ocp-Apim-Subscription-Key"] = os.getenv("BENCH_KEY") or "bench"

done = report

-- W3: create a with-verify session (v1.2 multipart: one part per field plus verifyImage). BENCH_PNG is the image.
package.path = package.path .. ";" .. (os.getenv("BENCH_LUA") or ".") .. "/?.lua"
require("report")

local file = assert(io.open(os.getenv("BENCH_PNG"), "rb"))
local image = file:read("*a")
file:close()

local boundary = "benchboundary7d3f0c"
local function field(name, value)
  return "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"" .. name .. "\"\r\n" ..
    "Content-Type: text/plain; charset=utf-8\r\n\r\n" .. value .. "\r\n"
end

wrk.method = "POST"
wrk.path = (os.getenv("BENCH_BASE_PATH") or "/face/v1.2") .. "/detectLivenessWithVerify-sessions"
wrk.body = field("livenessOperationMode", "Passive") .. field("deviceCorrelationId", "device-1") ..
  "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"verifyImage\"; filename=\"verifyImage.png\"\r\n" ..
  "Content-Type: application/octet-stream\r\n\r\n" .. image .. "\r\n--" .. boundary .. "--\r\n"
wrk.headers["Content-Type"] = "multipart/form-data; boundary=" .. boundary
wrk.headers["Ocp-Apim-Subscription-Key"] = os.getenv("BENCH_KEY") or "bench"

done = report

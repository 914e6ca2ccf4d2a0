-- wrk script that requests, in turn, the paths listed one a line in the file named by RASD_PATHS (each thread starts
-- at a different line), and prints p50 / p95 / p99, the error count (non-2xx answers included) and the rate.
local paths = {}
local i = 0

function setup(thread)
  thread:set("offset", tostring(math.random(1000)))
end

function init(args)
  for line in io.lines(os.getenv("RASD_PATHS")) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  i = tonumber(offset or "0")
end

function request()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end

function done(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("  requests %d, errors %d, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %.0f req/s\n",
    summary.requests, errors, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests / (summary.duration / 1000000)))
end

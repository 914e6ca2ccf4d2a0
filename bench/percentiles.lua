-- wrk script for GET requests: prints p50 / p95 / p99 and the error count. Environment: RASD_COOKIE (optional).
function init(args)
  local cookie = os.getenv("RASD_COOKIE")
  if cookie then wrk.headers["Cookie"] = cookie end
end

function done(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("  requests %d, errors %d, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %.0f req/s\n",
    summary.requests, errors, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests / (summary.duration / 1000000)))
end

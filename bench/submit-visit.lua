-- wrk script: each request submits a new visit through the JSON API with its own Idempotency-Key.
-- Environment: RASD_CSRF (token), RASD_FACILITIES (comma-separated facility ids), RASD_COOKIE (session cookie).
local counter = 0
local thread_id = 0
local facilities = {}
local threads = {}

function setup(thread)
  thread_id = thread_id + 1
  thread:set("id", thread_id)
  table.insert(threads, thread)
end

function init(args)
  for f in string.gmatch(os.getenv("RASD_FACILITIES"), "[^,]+") do table.insert(facilities, f) end
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["X-CSRF-TOKEN"] = os.getenv("RASD_CSRF")
  wrk.headers["Cookie"] = os.getenv("RASD_COOKIE")
end

local answers = '"answers": {"visit_date": "2026-11-28", "arrival_time": "08:10", "open_on_arrival": "yes", ' ..
  '"wait_minutes": "25", "queue_system": "no", "essential_medicines": "most", "missing_medicines": "insulin", ' ..
  '"cleanliness_rating": "4", "toilets_working": "yes", "staff_attitude": "4", "doctor_present": "yes", ' ..
  '"ramp": "no", "accessible_toilet": "no"}'

function request()
  counter = counter + 1
  local facility = facilities[(counter % #facilities) + 1]
  wrk.headers["Idempotency-Key"] = "bench-" .. id .. "-" .. counter .. "-" .. os.time()
  return wrk.format(nil, "/api/v1/visits", nil,
    '{"facilityId": ' .. facility .. ', "submit": true, ' .. answers .. '}')
end

function done(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("  requests %d, errors %d, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %.0f req/s\n",
    summary.requests, errors, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests / (summary.duration / 1000000)))
end

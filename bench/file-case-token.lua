-- wrk script: each request files a new case about a public service through the JSON API with an API token
-- (Authorization: Bearer) and its own Idempotency-Key. Environment: RASD_TOKEN (a write token), RASD_GOVERNORATE.
local counter = 0
local thread_id = 0

function setup(thread)
  thread_id = thread_id + 1
  thread:set("id", thread_id)
end

function init(args)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("RASD_TOKEN")
end

local stories = {
  { "WATER", "انقطاع المياه عن الحي", "المياه مقطوعة عن الحي منذ أكثر من أسبوع، والأهالي يشترون المياه بالصهاريج بأسعار عالية." },
  { "ELECTRICITY", "انقطاع متكرر للكهرباء", "تنقطع الكهرباء عدة مرات يومياً لساعات، وتعطلت أجهزة في البيوت." },
  { "MUNICIPAL", "تراكم النفايات", "لم تُجمع النفايات من الحي منذ عشرة أيام، والروائح والحشرات في ازدياد." } }

function request()
  counter = counter + 1
  wrk.headers["Idempotency-Key"] = "bench-" .. id .. "-" .. counter .. "-" .. os.time()
  local story = stories[(counter % #stories) + 1]
  local body = '{"title": "' .. story[2] .. '", "description": "' .. story[3] .. '", "sectorCode": "' .. story[1] ..
    '", "governorateCode": "' .. (os.getenv("RASD_GOVERNORATE") or "50") .. '"'
  if counter % 4 == 1 then
    body = body .. ', "reporter": {"name": "سناء يوسف", "phone": "0599123456", "email": "reporter' .. counter ..
      '@example.org", "anonymous": false, "wantsUpdates": true, "language": "ar"}'
  end
  return wrk.format(nil, "/api/v1/cases", nil, body .. '}')
end

function done(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("  requests %d, errors %d (status %d, connect %d, read %d, timeout %d), p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %.0f cases/s\n",
    summary.requests, errors, summary.errors.status, summary.errors.connect, summary.errors.read,
    summary.errors.timeout, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests / (summary.duration / 1000000)))
end

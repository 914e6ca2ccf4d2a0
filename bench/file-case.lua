-- wrk script: each request files a new case through the JSON API with its own Idempotency-Key: every other one about
-- a facility, the others about a public service by sector and governorate; one in four with a reporter who gives an
-- e-mail (the confirmation mail is queued in the same transaction).
-- Environment: RASD_CSRF (token), RASD_COOKIE (session cookie), RASD_FACILITIES (comma-separated facility ids),
-- RASD_GOVERNORATE (where the signed-in person works).
local counter = 0
local thread_id = 0
local facilities = {}
local governorate

function setup(thread)
  thread_id = thread_id + 1
  thread:set("id", thread_id)
end

function init(args)
  for f in string.gmatch(os.getenv("RASD_FACILITIES"), "[^,]+") do table.insert(facilities, f) end
  governorate = os.getenv("RASD_GOVERNORATE")
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["X-CSRF-TOKEN"] = os.getenv("RASD_CSRF")
  wrk.headers["Cookie"] = os.getenv("RASD_COOKIE")
end

local about_facility = {
  { "نقص في أدوية الأمراض المزمنة", "لا يتوفر دواء الضغط والسكري في صيدلية المركز منذ أسابيع، ويُطلب من المرضى شراؤه من الخارج." },
  { "غياب الطبيب في أيام الدوام", "يحضر الطبيب يومين فقط في الأسبوع بدل خمسة، والمرضى ينتظرون ساعات ثم يعودون دون معاينة." },
  { "دورات المياه معطلة", "دورات المياه في المرفق مغلقة أو معطلة، ولا توجد مياه للشرب للمراجعين." } }

local about_service = {
  { "WATER", "انقطاع المياه عن الحي", "المياه مقطوعة عن الحي منذ أكثر من أسبوع، والأهالي يشترون المياه بالصهاريج بأسعار عالية." },
  { "ELECTRICITY", "انقطاع متكرر للكهرباء", "تنقطع الكهرباء عدة مرات يومياً لساعات، وتعطلت أجهزة في البيوت." },
  { "MUNICIPAL", "تراكم النفايات", "لم تُجمع النفايات من الحي منذ عشرة أيام، والروائح والحشرات في ازدياد." } }

function request()
  counter = counter + 1
  wrk.headers["Idempotency-Key"] = "bench-" .. id .. "-" .. counter .. "-" .. os.time()
  local body
  if counter % 2 == 0 then
    local story = about_facility[(counter % #about_facility) + 1]
    body = '{"title": "' .. story[1] .. '", "description": "' .. story[2] .. '", "facilityId": ' ..
      facilities[(counter % #facilities) + 1]
  else
    local story = about_service[(counter % #about_service) + 1]
    body = '{"title": "' .. story[2] .. '", "description": "' .. story[3] .. '", "sectorCode": "' .. story[1] ..
      '", "governorateCode": "' .. governorate .. '"'
  end
  if counter % 4 == 1 then
    body = body .. ', "reporter": {"name": "سناء يوسف", "phone": "0599123456", "email": "reporter' .. counter ..
      '@example.org", "anonymous": false, "wantsUpdates": true, "language": "ar"}'
  end
  return wrk.format(nil, "/api/v1/cases", nil, body .. '}')
end

function done(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("  requests %d, errors %d, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %.0f req/s\n",
    summary.requests, errors, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests / (summary.duration / 1000000)))
end

-- wrk script: each request is an ODK Collect submission (multipart XML, no photo) with its own instanceID, to
-- /openrosa/<token>/submission. Environment: RASD_FACILITIES (comma-separated facility ids), RASD_FORM (the form
-- code), RASD_VERSION (its version number), RASD_DEVICE (the device token).
local counter = 0
local thread_id = 0
local facilities = {}

function setup(thread)
  thread_id = thread_id + 1
  thread:set("id", thread_id)
end

local boundary = "----rasd-bench-boundary"

function init(args)
  for f in string.gmatch(os.getenv("RASD_FACILITIES"), "[^,]+") do table.insert(facilities, f) end
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "multipart/form-data; boundary=" .. boundary
  wrk.headers["X-OpenRosa-Version"] = "1.0"
  wrk.headers["Accept-Language"] = "ar"
end

local answers = "<visit><visit_date>2026-11-28</visit_date><arrival_time>08:10:00.000+02:00</arrival_time>" ..
  "<open_on_arrival>yes</open_on_arrival></visit><waiting><wait_minutes>25</wait_minutes>" ..
  "<queue_system>no</queue_system></waiting><medicines><essential_medicines>most</essential_medicines>" ..
  "<missing_medicines>insulin</missing_medicines></medicines><cleanliness><cleanliness_rating>4</cleanliness_rating>" ..
  "<toilets_working>yes</toilets_working></cleanliness><staff><staff_attitude>4</staff_attitude>" ..
  "<doctor_present>yes</doctor_present></staff><access><ramp>no</ramp><accessible_toilet>no</accessible_toilet></access>"

function request()
  counter = counter + 1
  local facility = facilities[(counter % #facilities) + 1]
  local instance = string.format("uuid:bench-%d-%d-%d", id, counter, os.time())
  local xml = '<data id="' .. os.getenv("RASD_FORM") .. '" version="' .. os.getenv("RASD_VERSION") .. '">' ..
    "<rasd_facility>" .. facility .. "</rasd_facility>" .. answers ..
    "<meta><instanceID>" .. instance .. "</instanceID></meta></data>"
  local body = "--" .. boundary .. "\r\n" ..
    'Content-Disposition: form-data; name="xml_submission_file"; filename="submission.xml"\r\n' ..
    "Content-Type: text/xml\r\n\r\n" .. xml .. "\r\n--" .. boundary .. "--\r\n"
  return wrk.format(nil, "/openrosa/" .. os.getenv("RASD_DEVICE") .. "/submission", nil, body)
end

function response(status, headers, body)
  if status ~= 201 and not reported then
    reported = true
    io.stderr:write("unexpected " .. status .. ": " .. body .. "\n")
  end
end

function done(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("  requests %d, errors %d, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %.0f req/s\n",
    summary.requests, errors, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests / (summary.duration / 1000000)))
end

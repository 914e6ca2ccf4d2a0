#!/usr/bin/env python3
"""Search freshness: files cases through the JSON API at a steady rate and measures, for each, how long after its 201
it is found by staff search (GET /api/v1/search), and how many filed cases are not yet findable (the backlog seen from
outside). With METRICS-TOKEN (the application's RASD_METRICS_TOKEN) it also reads the index backlog inside the
application every 10 s: the records waiting in the search outbox (rasd_search_outbox_depth at /actuator/prometheus)
and how long the oldest has waited. Prints a line every 10 s and the percentiles at the end.
Usage: freshness.py BASE TOKEN RATE SECONDS [METRICS-TOKEN]"""
import http.client
import json
import queue
import sys
import threading
import time
import urllib.parse

BASE, TOKEN, RATE, SECONDS = sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4])
METRICS_TOKEN = sys.argv[5] if len(sys.argv) > 5 else None
HOST = urllib.parse.urlparse(BASE)
FILERS, CHECKERS = 8, 4
ALPHABET = "bcdfghjklmnpqrstvwxz"


def word(n):
    """A word of letters only, found by nothing else: 'frsk' + n in base 20."""
    letters = ""
    while True:
        letters = ALPHABET[n % 20] + letters
        n //= 20
        if n == 0:
            return "frsk" + letters


def connection():
    return http.client.HTTPConnection(HOST.hostname, HOST.port, timeout=30)


headers = {"Authorization": "Bearer " + TOKEN}
slots = queue.Queue()
pending = [queue.Queue() for _ in range(CHECKERS)]
lock = threading.Lock()
stats = {"filed": 0, "found": 0, "errors": 0, "latencies": [], "window": []}
done_filing = threading.Event()


def filer():
    conn = connection()
    while True:
        n = slots.get()
        if n is None:
            return
        w = word(n)
        body = json.dumps({"title": "انقطاع المياه " + w, "description": "المياه مقطوعة عن الحي منذ أسبوع " + w,
                           "sectorCode": "WATER", "governorateCode": "50"})
        try:
            conn.request("POST", "/api/v1/cases", body, dict(headers, **{
                "Content-Type": "application/json", "Idempotency-Key": "fresh-%d-%f" % (n, time.time())}))
            answer = conn.getresponse()
            answer.read()
            acknowledged = time.monotonic()
            if answer.status != 201:
                raise RuntimeError(answer.status)
        except Exception:
            with lock:
                stats["errors"] += 1
            conn = connection()
            continue
        with lock:
            stats["filed"] += 1
        pending[n % CHECKERS].put((w, acknowledged))


def checker(mine):
    conn = connection()
    while True:
        try:
            w, acknowledged = mine.get(timeout=1)
        except queue.Empty:
            if done_filing.is_set():
                return
            continue
        while True:
            try:
                conn.request("GET", "/api/v1/search?q=" + w + "&type=case&size=1", headers=headers)
                answer = conn.getresponse()
                found = answer.status == 200 and json.loads(answer.read())["hits"]["totalItems"] > 0
            except Exception:
                conn = connection()
                found = False
            if found:
                latency = time.monotonic() - acknowledged
                with lock:
                    stats["found"] += 1
                    stats["latencies"].append(latency)
                    stats["window"].append(latency)
                break
            time.sleep(0.02)


def outbox():
    """The search outbox inside the application: (records waiting, seconds the oldest has waited), or None."""
    if not METRICS_TOKEN:
        return None
    try:
        conn = connection()
        conn.request("GET", "/actuator/prometheus", headers={"Authorization": "Bearer " + METRICS_TOKEN})
        answer = conn.getresponse()
        text = answer.read().decode()
        values = {}
        for line in text.splitlines():
            for name in ("rasd_search_outbox_depth", "rasd_search_outbox_oldest_seconds"):
                if line.startswith(name + " ") or line.startswith(name + "{"):
                    values[name] = float(line.rsplit(" ", 1)[1])
        return values.get("rasd_search_outbox_depth"), values.get("rasd_search_outbox_oldest_seconds")
    except Exception:
        return None


def percentile(values, p):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p / 100))]


# on a fresh data folder the index is built in the background after start: file once it answers (a place of the
# shipped list found), so that the run measures the steady state, not the start-up build
waited = time.monotonic()
while time.monotonic() - waited < 600:
    try:
        probe = connection()
        probe.request("GET", "/api/v1/search?q=" + urllib.parse.quote("الخليل") + "&size=1", headers=headers)
        if json.loads(probe.getresponse().read())["hits"]["totalItems"] > 0:
            break
    except Exception:
        pass
    time.sleep(1)
print("  the index answered %.0f s after the application was up" % (time.monotonic() - waited), flush=True)
threads = [threading.Thread(target=filer, daemon=True) for _ in range(FILERS)]
threads += [threading.Thread(target=checker, args=(pending[i],), daemon=True) for i in range(CHECKERS)]
for t in threads:
    t.start()
start = time.monotonic()
n = 0
next_report = start + 10
max_backlog = 0
max_outbox = None
while time.monotonic() - start < SECONDS:
    due = start + n / RATE
    now = time.monotonic()
    if due > now:
        time.sleep(min(due - now, 0.05))
        continue
    slots.put(n)
    n += 1
    if now >= next_report:
        with lock:
            backlog = stats["filed"] - stats["found"]
            window, stats["window"] = stats["window"], []
            filed, errors = stats["filed"], stats["errors"]
        max_backlog = max(max_backlog, backlog)
        inside = outbox()
        if inside and inside[0] is not None:
            max_outbox = max(max_outbox or 0, inside[0])
        print("  %4.0f s: filed %d (%d errors, %d waiting to be sent), not yet findable %d, freshness p50 %.2f s, "
              "p95 %.2f s in the last 10 s%s" % (now - start, filed, errors, slots.qsize(), backlog,
                                               percentile(window, 50), percentile(window, 95),
                                               "; search outbox %d records, the oldest %.1f s" % (inside[0], inside[1] or 0)
                                               if inside and inside[0] is not None else ""), flush=True)
        next_report += 10
# cases not yet sent when the time is up (the application filed slower than RATE) are dropped, not sent late
unsent = 0
while True:
    try:
        slots.get_nowait()
        unsent += 1
    except queue.Empty:
        break
if unsent:
    print("  %d cases not sent: the application filed fewer than %g a second" % (unsent, RATE), flush=True)
for _ in range(FILERS):
    slots.put(None)
for t in threads[:FILERS]:
    t.join()
done_filing.set()
for t in threads[FILERS:]:
    t.join(timeout=120)
elapsed = time.monotonic() - start
lat = stats["latencies"]
print("filed %d cases in %.0f s (%.1f a second, %d errors); found %d; freshness p50 %.2f s, p95 %.2f s, p99 %.2f s, "
      "max %.2f s; most cases not yet findable at once: %d" % (
          stats["filed"], elapsed, stats["filed"] / elapsed, stats["errors"], stats["found"], percentile(lat, 50),
          percentile(lat, 95), percentile(lat, 99), max(lat) if lat else float("nan"), max_backlog))
if max_outbox is not None:
    after = outbox()
    print("search outbox inside the application: at most %d records at the 10 s readings; %s after the run" % (
        max_outbox, "%d" % after[0] if after and after[0] is not None else "unknown"))

-- wrk script: POSTs one statement of support per request, each body a line of the file named by
-- BENCH_BODIES (JSON, one per line, every line used once). Reports JSON on stdout when done.
local path = os.getenv("BENCH_BODIES")
local target = os.getenv("BENCH_PATH") or "/api/initiatives/demo/signatures"
local bodies = {}
for line in io.lines(path) do bodies[#bodies + 1] = line end
local next_body = 0
local exhausted = 0

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

function request()
  next_body = next_body + 1
  if next_body > #bodies then
    exhausted = exhausted + 1
    next_body = 1
  end
  return wrk.format("POST", target, nil, bodies[next_body])
end

local report = dofile(os.getenv("BENCH_WRK_DIR") .. "/report.lua")
function done(summary, latency, requests)
  report(summary, latency, { exhausted = exhausted })
end

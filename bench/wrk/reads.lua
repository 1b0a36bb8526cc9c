-- wrk script: GETs as fast as the connections allow. Reports JSON on stdout when done.
local report = dofile(os.getenv("BENCH_WRK_DIR") .. "/report.lua")
function done(summary, latency, requests)
  report(summary, latency, {})
end

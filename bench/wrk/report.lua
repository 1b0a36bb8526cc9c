-- One JSON line for the benchmark driver: counts, duration, status failures and latency (ms).
return function(summary, latency, extra)
  local e = summary.errors
  local fields = {
    string.format('"requests":%d', summary.requests),
    string.format('"seconds":%.3f', summary.duration / 1e6),
    string.format('"non2xx":%d', e.status),
    string.format('"socketErrors":%d', e.connect + e.read + e.write + e.timeout),
    string.format('"p50":%.2f', latency:percentile(50) / 1000),
    string.format('"p99":%.2f', latency:percentile(99) / 1000),
  }
  for k, v in pairs(extra) do fields[#fields + 1] = string.format('"%s":%s', k, tostring(v)) end
  io.write("WRK-RESULT {" .. table.concat(fields, ",") .. "}\n")
end

-- wrk script: an anonymous login flood. Every request POSTs /api/auth/login with a wrong password,
-- for a random e-mail (BENCH_LOGIN_EMAIL unset) or always the same one, and with
-- BENCH_LOGIN_SPOOF=1 from a random client address in X-Forwarded-For (as if from many machines;
-- the API must trust the loopback proxy: ECI_TRUST_PROXY=loopback). Counts the answers by status
-- and reports JSON on stdout when done.
local email = os.getenv("BENCH_LOGIN_EMAIL")
local spoof = os.getenv("BENCH_LOGIN_SPOOF") == "1"

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
end

function request()
  local to = email or string.format("stranger.%d.%d@example.org", math.random(1, 1e9), math.random(1, 1e9))
  local headers = { ["Content-Type"] = "application/json" }
  if spoof then
    headers["X-Forwarded-For"] = string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255), math.random(1, 254))
  end
  return wrk.format("POST", "/api/auth/login", headers, string.format('{"email":"%s","password":"wrong guess %d"}', to, math.random(1, 1e9)))
end

s200, s401, s423, s429, s503, sother = 0, 0, 0, 0, 0, 0
function response(status, headers, body)
  if status == 200 then s200 = s200 + 1
  elseif status == 401 then s401 = s401 + 1
  elseif status == 423 then s423 = s423 + 1
  elseif status == 429 then s429 = s429 + 1
  elseif status == 503 then s503 = s503 + 1
  else sother = sother + 1 end
end

local threads = {}
function setup(thread)
  table.insert(threads, thread)
end

local report = dofile(os.getenv("BENCH_WRK_DIR") .. "/report.lua")
function done(summary, latency, requests)
  local counts = { s200 = 0, s401 = 0, s423 = 0, s429 = 0, s503 = 0, sother = 0 }
  for _, thread in ipairs(threads) do
    for name in pairs(counts) do counts[name] = counts[name] + (thread:get(name) or 0) end
  end
  report(summary, latency, counts)
end

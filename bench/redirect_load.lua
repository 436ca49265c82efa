-- wrk script for bench/redirect_load.sh: GET /l/{code} with a browser's user agent, and a
-- count of the 302s each thread received (summed in done()).
wrk.headers["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0"
local threads = {}
function setup(thread) table.insert(threads, thread) end
found = 0
function response(status, headers, body) if status == 302 then found = found + 1 end end
function done(summary, latency, requests)
  local n = 0
  for _, t in ipairs(threads) do n = n + t:get("found") end
  io.write(string.format("302 responses: %d\n", n))
end

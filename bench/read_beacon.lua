-- wrk script: read beacons (articles/popularity.py) as browsers send them: a POST
-- with no body, a browser's user agent, each from its own address (behind one
-- trusted proxy), spread over the article ids bench/run.py passes.
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end

function init(args)
  ids = {}
  for pk in string.gmatch(args[1], "%d+") do
    table.insert(ids, pk)
  end
  sent = 0
  -- Each run reads from addresses of its own: one address's reads of an
  -- article count once an hour, so a second run from the same ones would count nothing.
  block = args[2] or "100"
end

function request()
  sent = sent + 1
  local address = "10." .. (block + id) .. "." .. math.floor(sent / 250) % 250 .. "." .. (sent % 250 + 1)
  return wrk.format("POST", "/luot-doc/" .. ids[sent % #ids + 1] .. "/", {
    ["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
    ["X-Forwarded-For"] = address,
  }, "")
end

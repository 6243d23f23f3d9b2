-- wrk script: captchas fetched as the comment form's script fetches them (the
-- JSON endpoint), each from its own address behind one trusted proxy, at most
-- one per connection every `args[1]` milliseconds: a steady stream beside the posts.
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end

function init(args)
  pause = tonumber(args[1])
  sent = 0
end

function delay()
  return pause
end

function request()
  sent = sent + 1
  local address = "10." .. (200 + id) .. "." .. math.floor(sent / 250) % 250 .. "." .. (sent % 250 + 1)
  return wrk.format("GET", "/binh-luan/ma-xac-nhan/", {["X-Forwarded-For"] = address}, "")
end

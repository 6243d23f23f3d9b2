-- wrk script: POST prepared comments, each with its own solved captcha.
-- bench/run.py writes one urlencoded form body per line to bench/results/posts.txt
-- and passes the article's post path; each wrk thread takes its own lines so no
-- captcha is sent twice.
local counter = 0
local threads = {}

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  path = args[1]
  token = args[2]
  bodies = {}
  local index = 0
  for line in io.lines(args[3]) do
    if index % tonumber(args[4]) == id then
      table.insert(bodies, line)
    end
    index = index + 1
  end
  next_body = 1
  -- Each posting run sends from addresses of its own: a reader posts a few
  -- comments in ten minutes (the flood limit), not one in every run.
  block = args[5] or "77"
end

function request()
  local body = bodies[next_body]
  if body == nil then
    -- Out of prepared posts: ask for something harmless instead of reusing one.
    return wrk.format("GET", "/healthz")
  end
  next_body = next_body + 1
  local address = "10." .. block .. "." .. (id * 100 + math.floor(next_body / 250)) % 250 .. "." .. (next_body % 250 + 1)
  return wrk.format("POST", path, {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = "csrftoken=" .. token,
    ["X-Forwarded-For"] = address,
  }, body)
end

-- A reader who opened the comment form carries a csrftoken cookie: nginx passes
-- the edge cache and asks the app (bench/edge.py).
wrk.headers["Cookie"] = "csrftoken=bench"

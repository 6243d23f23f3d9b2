"""The demo's reader comments for ``seed_demo_comments``, read from
comments/demo/comments.toml (its header describes the format): each demo
article's slug with the comments written on it; and the ward portals' from
comments/demo/wards.toml."""

import tomllib
from importlib import resources

DATA = resources.files("comments") / "demo" / "comments.toml"

# [{"slug": …, "comment": [{"name", "title", "body", …}, …]}, …]
THREADS = tomllib.loads(DATA.read_text(encoding="utf-8"))["article"]
# Every comment that is not advertising: the texts the benchmark's bulk comments reuse.
TEXTS = [comment for thread in THREADS for comment in thread["comment"] if not comment.get("spam")]

# The ward portals' comments (comments/demo/wards.toml): each thread also names its ward's domain.
WARD_THREADS = tomllib.loads(
    (resources.files("comments") / "demo" / "wards.toml").read_text(encoding="utf-8")
)["article"]

"""The demo's ward portals for ``seed_demo``, read from articles/demo/wards.toml
(its header describes the format)."""

import tomllib
from importlib import resources

DATA = resources.files("articles") / "demo" / "wards.toml"

# [{"domain", "name", "short_name", "staff", "tag", "address", "phone",
#   "section": [{"slug", "name"}], "story": [{"title", "section", "dateline", "lead", "body"}]}]
WARDS = tomllib.loads(DATA.read_text(encoding="utf-8"))["ward"]

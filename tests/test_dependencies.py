"""Dependencies run one way: comments -> articles -> newsroom (see README "What is where")."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
IMPORT = re.compile(r"^\s*(?:from|import)\s+(\w+)", re.MULTILINE)


def imported_apps(folder, skip=()):
    found = {}
    for path in (ROOT / folder).rglob("*.py"):
        relative = path.relative_to(ROOT).as_posix()
        if "/migrations/" in relative or relative in skip:
            continue
        names = set(IMPORT.findall(path.read_text())) & {"articles", "comments"}
        if names:
            found[relative] = names
    return found


def test_articles_imports_nothing_of_comments():
    assert {path: names for path, names in imported_apps("articles").items() if "comments" in names} == {}


def test_newsroom_imports_neither_app_except_its_urls():
    assert imported_apps("newsroom", skip={"newsroom/urls.py"}) == {}

"""README.md is the door and docs/ the house: the README stays short, starts with
the two commands, links every page of docs/, and documents every environment
variable the code reads; every relative link in them leads somewhere."""

import ast
import re
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
DOCS = ROOT / "docs"
# The modules that read the environment for the site: Django's settings and gunicorn's.
ENV_READERS = [ROOT / "newsroom" / "settings.py", ROOT / "gunicorn.conf.py"]

FENCE = re.compile(r"^```[^\n]*\n(.*?)^```", re.S | re.M)
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)|<img src=\"([^\"]+)\"")
# Screenshots: only here, small and optimised.
IMAGES = DOCS / "img"
IMAGE_TYPES = {".png", ".webp"}
IMAGE_MAX_BYTES = 150 * 1024


def pages():
    return [README, *sorted(DOCS.glob("*.md"))]


def links(path):
    """The targets of the Markdown links and images outside code blocks."""
    return [a or b for a, b in LINK.findall(without_code(path.read_text()))]


def without_code(text):
    """Markdown text with fenced code blocks blanked (their lines kept)."""
    return FENCE.sub(lambda m: "\n" * m.group(0).count("\n"), text)


def environment_variables(source):
    """The names a module reads from the environment: os.environ.get("X"),
    os.getenv("X"), os.environ["X"], and helpers of the module itself that read
    os.environ (settings' env_bool("X"), env_list("X"), …)."""
    tree = ast.parse(source)
    helpers = {
        node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef) and "os.environ" in ast.unparse(node)
    }
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            called = ast.unparse(node.func)
            if called in {"os.environ.get", "os.getenv"} or called in helpers:
                names.add(node.args[0].value)
        elif (
            isinstance(node, ast.Subscript)
            and ast.unparse(node.value) == "os.environ"
            and isinstance(node.slice, ast.Constant)
        ):
            names.add(node.slice.value)
    return names


def configuration_table(text):
    """Every `NAME` in the first column of the table under "## Configuration"."""
    section = re.search(r"^## Configuration\n(.*?)(?=^## )", text, re.S | re.M)
    assert section, 'README has a "## Configuration" section'
    rows = [line for line in section.group(1).splitlines() if line.startswith("|")]
    return {name for row in rows for name in re.findall(r"`([A-Z][A-Z0-9_]*)`", row.split("|")[1])}


def heading_anchor(heading):
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = unicodedata.normalize("NFC", heading.strip().lower())
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def anchors(path):
    headings = re.findall(r"^#{1,6} (.+)$", without_code(path.read_text()), re.M)
    return {heading_anchor(h) for h in headings}


def test_readme_is_under_250_lines():
    lines = README.read_text().count("\n")
    assert lines < 250, f"README.md has {lines} lines; move the detail into docs/"


def test_readme_starts_with_the_two_commands():
    text = README.read_text()
    blocks = FENCE.findall(text)
    assert blocks, "README shows the commands in a code block"
    commands = [line.split("#", 1)[0].strip() for line in blocks[0].splitlines()]
    assert [c for c in commands if c] == ["make run", "make test"], (
        "the first commands README shows are `make run` and `make test`, and only they"
    )
    before = text[: text.index(blocks[0])]
    assert not re.search(r"`(?:make|python3?|pip|\.venv/\S+|sudo|apt-get|manage\.py) [^`]+`", before), (
        "no other command comes before the two"
    )


def test_readme_links_every_file_of_docs():
    linked = {
        (ROOT / target.split("#", 1)[0]).resolve() for target in links(README) if target.startswith("docs/")
    }
    files = [p for p in sorted(DOCS.rglob("*")) if p.is_file()]
    missing = [p.relative_to(ROOT).as_posix() for p in files if p.resolve() not in linked]
    assert not missing, f"README links no {missing}"


def test_screenshots_are_few_small_and_optimised():
    images = [p for p in IMAGES.rglob("*") if p.is_file()] if IMAGES.exists() else []
    assert len(images) <= 2, "a screenshot or two, no more"
    for image in images:
        assert image.suffix in IMAGE_TYPES, f"{image.name}: PNG or WebP"
        assert image.stat().st_size < IMAGE_MAX_BYTES, f"{image.name} is over 150 KB"


@pytest.mark.parametrize("page", pages(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_relative_link_leads_to_a_file_and_heading(page):
    broken = []
    for target in links(page):
        if re.match(r"[a-z]+:", target):
            continue  # http(s):, mailto:
        path, _, anchor = target.partition("#")
        destination = (page.parent / path).resolve() if path else page
        if not destination.exists() or (
            anchor and destination.suffix == ".md" and anchor not in anchors(destination)
        ):
            broken.append(target)
    assert not broken, f"{page.name} links to nothing at {broken}"


def test_every_environment_variable_is_in_the_configuration_table():
    read = set().union(*(environment_variables(path.read_text()) for path in ENV_READERS))
    assert {"DJANGO_SECRET_KEY", "DATABASE_URL", "DJANGO_DEBUG", "GUNICORN_BIND"} <= read
    missing = sorted(read - configuration_table(README.read_text()))
    assert not missing, f"README's configuration table does not document {missing}"


def test_a_new_variable_read_by_a_helper_is_found():
    source = 'import os\ndef env_int(name):\n    return int(os.environ[name])\nX = env_int("NEWSROOM_NEW")\n'
    assert environment_variables(source) == {"NEWSROOM_NEW"}


def test_deploying_fills_every_placeholder_of_the_nginx_site_file():
    placeholders = set(re.findall(r"@[A-Z0-9_]+@", (ROOT / "deploy" / "nginx.conf").read_text()))
    guide = (DOCS / "deploying.md").read_text()
    assert placeholders, "deploy/nginx.conf has placeholders"
    missing = sorted(p for p in placeholders if guide.count(p) < 2)
    assert not missing, f"docs/deploying.md neither explains nor fills in {missing}"


def test_every_variable_the_tests_read_is_in_testing_md():
    read = set().union(*(environment_variables(path.read_text()) for path in (ROOT / "tests").rglob("*.py")))
    guide = (DOCS / "testing.md").read_text() + README.read_text()
    missing = sorted(name for name in read if f"`{name}" not in guide)
    assert not missing, f"docs/testing.md does not say what {missing} do"

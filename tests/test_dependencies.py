"""Dependencies run one way: comments -> articles -> newsroom (docs/architecture.md).

Read from the source, not from what happens to be imported: every import
statement of every module (those inside functions too), and every template's
`{% load %}` tags.
"""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Each app, and the apps it may use. A new app (documents, questions, …) gets a
# line: it may use articles and newsroom, and nothing uses it but urls.py.
MAY_USE = {
    "newsroom": set(),
    "articles": {"newsroom"},
    "comments": {"articles", "newsroom"},
    "questions": {"articles", "comments", "newsroom"},
    "schedule": {"articles", "newsroom"},
    "organisation": {"articles", "newsroom"},
}
APPS = set(MAY_USE)
# The project's URLconf mounts every app: the one module allowed to know them all.
MOUNTS = {"newsroom.urls"}
LOAD = re.compile(r"{%\s*load\s+([^%]+?)\s*%}")


def modules():
    """{dotted name: path} of the apps' modules, migrations left out."""
    found = {}
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            relative = path.relative_to(ROOT)
            if "migrations" in relative.parts:
                continue
            parts = list(relative.with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def imports(path, names):
    """The modules of `names` that the file at `path` imports, anywhere in it."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            candidates = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            candidates = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        else:
            continue
        for name in candidates:
            # `import a.b.c` runs a, a.b and a.b.c.
            parts = name.split(".")
            found.update(
                ".".join(parts[:i]) for i in range(1, len(parts) + 1) if ".".join(parts[:i]) in names
            )
    return found


def import_graph():
    names = modules()
    return {name: imports(path, names) - {name} for name, path in names.items()}


def cycles(graph):
    """Every group of modules that import each other, at any depth (Tarjan)."""
    index, low, stack, on_stack, groups = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in graph[node]:
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_no_module_imports_one_that_imports_it_back():
    assert cycles(import_graph()) == []


def test_the_cycle_finder_sees_a_cycle_through_a_third_module():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_each_app_uses_only_the_apps_below_it():
    wrong = {}
    for name, used in import_graph().items():
        if name in MOUNTS:
            continue
        app = name.split(".")[0]
        others = {module.split(".")[0] for module in used} - {app} - MAY_USE[app]
        if others:
            wrong[name] = sorted(others)
    assert wrong == {}


def tag_libraries():
    """{library name: app} of the apps' template tag libraries."""
    return {path.stem: app for app in APPS for path in (ROOT / app / "templatetags").glob("[!_]*.py")}


def template_owner(path):
    """The app a template belongs to: templates/<app>/… or templates/admin/<app>/…;
    the site's frame (base.html, includes/, error pages) is the articles app's."""
    parts = path.relative_to(ROOT / "templates").parts
    for part in parts[:2]:
        if part in APPS:
            return part
    return "articles"


def test_templates_load_only_the_tags_of_their_app_and_below():
    libraries = tag_libraries()
    wrong = {}
    for path in (ROOT / "templates").rglob("*"):
        if not path.is_file():
            continue
        owner = template_owner(path)
        loaded = {name for group in LOAD.findall(path.read_text(encoding="utf-8")) for name in group.split()}
        others = {libraries[name] for name in loaded if name in libraries} - {owner} - MAY_USE[owner]
        if others:
            wrong[path.relative_to(ROOT).as_posix()] = sorted(others)
    assert wrong == {}

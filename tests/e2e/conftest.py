"""Browser tests: Playwright drives Debian's system Chromium against live_server.

Without Chromium the browser tests skip on a developer's machine, but fail in CI
(CI=true), where `.ci/run` installs it: they must run there.
"""

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("NEWSROOM_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}

# Playwright's sync API runs an event loop in this thread; the ORM calls made by
# the tests themselves are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items):
    for item in items:
        if "/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser():
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        if os.environ.get("CI"):
            pytest.fail(f"Chromium not found at {CHROMIUM}; CI must run the browser tests")
        pytest.skip(f"Chromium not found at {CHROMIUM} (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def open_page(browser):
    """Open a page at a viewport size; console errors and page errors are collected
    on `page.errors` so tests can assert there were none."""
    contexts = []

    def _open(viewport=DESKTOP, **context_options):
        context = browser.new_context(viewport=viewport, locale="vi-VN", **context_options)
        contexts.append(context)
        page = context.new_page()
        page.errors = []
        page.on(
            "console",
            lambda message: message.type == "error" and page.errors.append(message.text),
        )
        page.on("pageerror", lambda error: page.errors.append(str(error)))
        return page

    yield _open
    for context in contexts:
        context.close()


def screenshot(page, name):
    """Write a full-page screenshot to the git-ignored screenshots/ folder."""
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def accessibility_violations(page, impacts=None):
    """axe-core's findings on the page as it is now: all of them, or those of `impacts`."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{violation['id']}: {violation['help']} ({len(violation['nodes'])} nodes: "
        + ", ".join(
            " ".join(node["target"]) + " " + node.get("failureSummary", "")[-120:]
            for node in violation["nodes"][:3]
        )
        + ")"
        for violation in results.response["violations"]
        if impacts is None or violation["impact"] in impacts
    ]


def page_problems(page, width, violations=accessibility_violations):
    """What is wrong with the page as it is now, for a screen `width` px wide:
    `violations(page)` (axe-core's findings) and whether it scrolls sideways."""
    found = violations(page)
    if page.evaluate("document.documentElement.scrollWidth") > width:
        found.append("scrolls sideways")
    return found


def serious_accessibility_violations(page):
    """axe-core's serious and critical findings (the admin's own pages are held to these)."""
    return accessibility_violations(page, impacts={"serious", "critical"})


def _vnu_jar():
    configured = os.environ.get("NEWSROOM_VNU_JAR")
    if configured:
        return Path(configured)
    npm = shutil.which("npm")
    if not npm:
        return None
    root = subprocess.run([npm, "root", "-g"], capture_output=True, text=True, check=False).stdout.strip()
    return Path(root) / "vnu-jar" / "build" / "dist" / "vnu.jar"


@pytest.fixture(scope="session")
def html_checker():
    """check(pages) -> the Nu Html Checker's errors for {name: html}, as "name: line: message".

    The checker is the `vnu-jar` npm package on the machine's Java (`.ci/run` installs
    both); without them this skips on a developer's machine and fails in CI.
    """
    jar = _vnu_jar()
    if not (jar and jar.exists() and shutil.which("java")):
        message = (
            "Nu Html Checker not found (apt-get install -y default-jre-headless npm; npm install -g vnu-jar)"
        )
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)

    def check(pages):
        with tempfile.TemporaryDirectory() as folder:
            for name, html in pages.items():
                Path(folder, f"{name}.html").write_text(html, encoding="utf-8")
            result = subprocess.run(
                ["java", "-jar", str(jar), "--format", "json", "--stdout", folder],
                capture_output=True,
                text=True,
                timeout=300,
                check=False,
            )
        return [
            f"{Path(message['url']).stem}: {message.get('lastLine')}: {message['message']}"
            for message in json.loads(result.stdout)["messages"]
            if message["type"] == "error" or message.get("subType") == "fatal"
        ]

    return check

"""Every admin page a role can open speaks Vietnamese: no English left over from
Django's or a library's catalogue."""
import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest
from django.urls import reverse

from articles import workflow
from comments.models import Keyword
from tests.factories import make_article, make_comment, make_editor, make_journalist, make_user

pytestmark = pytest.mark.django_db

# Words of Django's admin and its libraries that a Vietnamese catalogue should have replaced.
ENGLISH = [
    "Show counts", "Hide counts", "Add", "Change", "Delete", "History", "Save", "Search", "Filter",
    "View site", "Log out", "Home", "Select", "Go", "Clear", "Today", "Now", "Choose", "Yes", "No",
    "Action", "Welcome", "Documentation", "Password", "password", "Recent actions", "Remove",
    "results", "selected", "All", "Any date", "Past 7 days", "This month", "This year",
    "Date", "Time", "Username", "Groups", "Users", "Permissions", "Sites", "Captcha", "Access",
    "attempts", "failures", "logs", "Close", "Cancel", "Submit", "Back", "Edit", "Unknown",
    "Toggle", "theme", "Skip to main content", "Start typing to filter", "Currently", "Upload",
    "By", "by", "Empty", "None", "Hide", "Show", "of", "Reset", "Previous", "Next",
]
_ENGLISH = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in ENGLISH) + r")(?![\w-])")
SKIP = ("/logout/", "/password_change/", "/delete/", "/jsi18n/", "/r/", "/quyet-dinh/", "/khoi-phuc/")


class _Page(HTMLParser):
    """The text a person reads (and hears) on a page, and its admin links."""

    def __init__(self):
        super().__init__()
        self.text, self.links, self._hidden = [], [], 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("script", "style", "textarea"):
            self._hidden += 1
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        for name in ("title", "aria-label", "placeholder", "alt"):
            if attrs.get(name):
                self.text.append(attrs[name])
        if tag == "input" and attrs.get("type") in ("submit", "button") and attrs.get("value"):
            self.text.append(attrs["value"])

    def handle_endtag(self, tag):
        if tag in ("script", "style", "textarea"):
            self._hidden -= 1

    def handle_data(self, data):
        if not self._hidden:
            self.text.append(data)


def _walk(client, start, limit=250):
    """Every admin page reachable from `start` by links, once each: {path: English words}."""
    seen, queue, found = set(), [start], {}
    while queue and len(seen) < limit:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        assert response.status_code in (200, 302, 403), (url, response.status_code)
        if response.status_code != 200 or "text/html" not in response["Content-Type"]:
            continue
        page = _Page()
        page.feed(response.content.decode())
        words = sorted(set(_ENGLISH.findall(" ".join(page.text))))
        if words:
            found[url] = words
        for href in page.links:
            parts = urlsplit(urljoin(url, href))
            path = parts.path
            if parts.netloc or not path.startswith(start) or any(s in path for s in SKIP):
                continue
            queue.append(path)
            if path.count("/") == 4:  # a changelist: also with the filters' counts shown
                queue.append(path + "?_facets=True")
    return found


def _moderator():
    from importlib import import_module

    from django.contrib.auth.models import Group

    user = make_user()
    user.groups.add(Group.objects.get(name=import_module("comments.migrations.0002_moderators_group").GROUP))
    return user


@pytest.fixture
def desk(db):
    """Something on every admin page: articles in each state, a revision, comments, a keyword."""
    journalist = make_journalist()
    editor = make_editor()
    published = make_article(author=journalist)
    draft = make_article(author=journalist, status="draft")
    for article in (published, draft):
        workflow.save_revision(article, journalist)
    comment = make_comment(published, phone="+84912345678")
    from comments import moderation

    moderation.approve([comment], by=editor)
    make_comment(published, flags="links")
    Keyword.objects.create(word="casino", action=Keyword.Action.SPAM)
    return {"journalist": journalist, "editor": editor}


@pytest.mark.parametrize("role", ["superuser", "editor", "journalist", "moderator"])
def test_every_admin_page_a_role_opens_is_in_vietnamese(client, desk, role):
    user = {
        "superuser": lambda: make_user(is_superuser=True),
        "editor": lambda: desk["editor"],
        "journalist": lambda: desk["journalist"],
        "moderator": _moderator,
    }[role]()
    client.force_login(user)
    found = _walk(client, reverse("admin:index"))
    assert found == {}

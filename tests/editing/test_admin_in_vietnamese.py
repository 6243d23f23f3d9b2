"""Every admin page a role can open speaks Vietnamese: no English left over from
Django's or a library's catalogue."""

import ast
import gettext
import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest
from django.conf import settings
from django.urls import reverse

from articles import workflow
from articles.models import Article
from comments import moderation
from comments.models import Keyword
from tests.factories import (
    make_article,
    make_comment,
    make_editor,
    make_journalist,
    make_moderator,
    make_user,
)

pytestmark = pytest.mark.django_db

# Words of Django's admin and its libraries that a Vietnamese catalogue should have replaced.
ENGLISH = [
    "Show counts",
    "Hide counts",
    "Add",
    "Change",
    "Delete",
    "History",
    "Save",
    "Search",
    "Filter",
    "View site",
    "Log out",
    "Home",
    "Select",
    "Go",
    "Clear",
    "Today",
    "Now",
    "Choose",
    "Yes",
    "No",
    "Action",
    "Welcome",
    "Documentation",
    "Password",
    "password",
    "Recent actions",
    "Remove",
    "results",
    "selected",
    "All",
    "Any date",
    "Past 7 days",
    "This month",
    "This year",
    "Date",
    "Time",
    "Username",
    "Groups",
    "Users",
    "Permissions",
    "Sites",
    "Captcha",
    "Access",
    "attempts",
    "failures",
    "logs",
    "Close",
    "Cancel",
    "Submit",
    "Back",
    "Edit",
    "Unknown",
    "Toggle",
    "theme",
    "Skip to main content",
    "Start typing to filter",
    "Currently",
    "Upload",
    "By",
    "by",
    "Empty",
    "None",
    "Hide",
    "Show",
    "of",
    "Reset",
    "Previous",
    "Next",
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
    """Every admin page reachable from `start` by links, once each.

    Returns ({path: English words found}, the paths visited)."""
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
    return found, seen


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
    moderation.approve([comment], by=make_moderator())
    make_comment(published, flags="links")
    Keyword.objects.create(word="casino", action=Keyword.Action.SPAM)
    return {"journalist": journalist, "editor": editor}


@pytest.mark.parametrize("role", ["superuser", "editor", "journalist", "moderator"])
def test_every_admin_page_a_role_opens_is_in_vietnamese(client, desk, role):
    user = {
        "superuser": lambda: make_user(is_superuser=True),
        "editor": lambda: desk["editor"],
        "journalist": lambda: desk["journalist"],
        "moderator": make_moderator,
    }[role]()
    client.force_login(user)
    found, visited = _walk(client, reverse("admin:index"))
    assert found == {}
    expected = {
        "superuser": [
            "admin:auth_user_add",
            "admin:articles_section_add",
            "admin:comments_keyword_changelist",
        ],
        "editor": ["admin:articles_article_add", "admin:articles_section_changelist"],
        "journalist": ["admin:articles_article_add", "admin:articles_article_changelist"],
        "moderator": ["admin:comments_comment_changelist", "admin:comments_keyword_add"],
    }[role]
    assert {reverse(name) for name in expected} <= visited
    # Change forms and their histories were reached too.
    assert any(path.endswith("/change/") for path in visited)
    assert any(path.endswith("/history/") for path in visited)


def test_queue_and_history_have_plain_vietnamese_titles(client, desk):
    client.force_login(make_user(is_superuser=True))
    queue = client.get(reverse("admin:comments_comment_changelist")).content.decode()
    assert "<h1>Hàng chờ kiểm duyệt</h1>" in queue
    article = Article.objects.first()
    change = client.get(reverse("admin:articles_article_change", args=[article.pk])).content.decode()
    assert ">Lịch sử</a>" in change and "Bản ghi nhớ" not in change
    add = client.get(reverse("admin:articles_article_add")).content.decode()
    assert "Thêm bài viết" in add and "Thêm vào" not in add


def _po_entries(path):
    """(context, id, translation) of each entry of a .po file; enough of the format for ours."""
    entries, entry, key = [], {}, None
    for line in open(path, encoding="utf-8").read().splitlines() + [""]:
        if not line.strip():
            if entry.get("msgid"):
                entries.append(
                    (entry.get("msgctxt"), entry["msgid"], entry.get("msgstr", entry.get("msgstr[0]")))
                )
            entry, key = {}, None
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            entry[key] += ast.literal_eval(line)
        else:
            key, _space, value = line.partition(" ")
            entry[key] = ast.literal_eval(value)
    return entries


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_compiled_catalogue_matches_its_source(domain):
    folder = settings.BASE_DIR / "locale" / "vi" / "LC_MESSAGES"
    with open(folder / f"{domain}.mo", "rb") as compiled:
        catalogue = gettext.GNUTranslations(compiled)
    entries = _po_entries(folder / f"{domain}.po")
    assert len(entries) > 15
    for context, msgid, msgstr in entries:
        shown = catalogue.pgettext(context, msgid) if context else catalogue.gettext(msgid)
        assert shown == msgstr, f"{msgid!r}: run `manage.py compilemessages -l vi`"

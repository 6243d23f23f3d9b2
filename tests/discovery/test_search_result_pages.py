"""Search pages read only what they show: results rank in tiers read as far as a
page needs, and the count stops at a cap ("hơn 500") instead of counting every match."""

import datetime

import pytest
from django.core.paginator import Paginator
from django.utils import timezone

from articles.models import Article
from articles.search import RankedResults
from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db


@pytest.fixture
def mixed_matches():
    """Articles matching "chợ tết" in every rank, interleaved in time, so that
    ranking by time alone would put them in another order."""
    section = make_section()
    now = timezone.now()
    titles = ["Chợ Tết phường {}", "Cho Tet quận {}", "Tin vắn {}"]
    for i in range(21):
        make_article(
            title=titles[i % 3].format(i),
            lead="Người dân đi chợ Tết đông vui.",
            section=section,
            published_at=now - datetime.timedelta(hours=i + 1),
        )
    make_article(title="Không liên quan", section=section, lead="Bóng đá.")


@pytest.mark.parametrize("rank_whole", [0, 500])
@pytest.mark.parametrize("per_page", [1, 2, 4, 6, 7, 10, 30])
def test_every_page_holds_the_ranked_results_in_order(mixed_matches, per_page, rank_whole):
    ranked = [a.pk for a in Article.objects.published().search("chợ tết")]
    assert len(ranked) == 21
    results = RankedResults(Article.objects.published(), "chợ tết", rank_whole=rank_whole)
    paginator = Paginator(results, per_page)
    assert paginator.count == 21
    paged = [a.pk for n in paginator.page_range for a in paginator.page(n).object_list]
    assert paged == ranked


def test_count_is_exact_up_to_the_cap_and_capped_past_it(mixed_matches):
    published = Article.objects.published()
    assert RankedResults(published, "chợ tết", cap=21).count() == 21
    assert not RankedResults(published, "chợ tết", cap=21).is_capped
    capped = RankedResults(published, "chợ tết", cap=20)
    assert capped.count() == 20
    assert capped.is_capped


def test_page_says_more_than_the_cap(client, mixed_matches, monkeypatch):
    monkeypatch.setattr(RankedResults, "COUNT_CAP", 5)
    html = client.get("/tim-kiem/", {"q": "cho tet"}).content.decode()
    assert "Tìm thấy hơn 5 bài viết cho “cho tet”" in html


def test_page_gives_the_exact_count_below_the_cap(client, mixed_matches):
    html = client.get("/tim-kiem/", {"q": "cho tet"}).content.decode()
    assert "Tìm thấy 21 bài viết cho “cho tet”." in html


def test_a_page_of_many_results_costs_a_fixed_number_of_queries(
    client, mixed_matches, monkeypatch, django_assert_max_num_queries
):
    monkeypatch.setattr(RankedResults, "COUNT_CAP", 5)
    # The content state, the capped count, and per tier at most a read and a
    # count of what the page skips: never a query per result.
    with django_assert_max_num_queries(8):
        response = client.get("/tim-kiem/", {"q": "cho tet"})
    assert response.status_code == 200
    assert response.content.decode().count('class="search-result__snippet"') == 5

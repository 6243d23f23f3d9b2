"""Top stories ("Tin nổi bật"): pins on the home page and on section pages."""

import datetime

import pytest
import time_machine
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from articles import workflow
from articles.models import Article
from tests.factories import make_article, make_editor, make_journalist, make_section

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_cache")]


@pytest.fixture
def editor():
    return make_editor("bientap")


def ago(hours):
    return timezone.now() - datetime.timedelta(hours=hours)


def top_story_title(html):
    block = html.split('class="top-story"')[1].split("</article>")[0]
    return block.split('class="top-story__title"><a href="')[1].split(">")[1].split("<")[0]


def top_stories_block(html):
    if 'id="tin-noi-bat"' not in html:
        return []
    block = html.split('id="tin-noi-bat"')[1].split("</section>")[0]
    return [part.split("</a>")[0].split(">")[-1] for part in block.split("<li>")[1:]]


def test_pinned_to_home_in_the_editors_order_until_expired():
    section = make_section()
    third = make_article(section=section, home_position=3)
    first = make_article(
        section=section, home_position=1, pinned_until=timezone.now() + datetime.timedelta(hours=1)
    )
    make_article(section=section, home_position=2, pinned_until=ago(1))
    make_article(section=section)
    make_article(section=section, home_position=1, status=Article.Status.DRAFT)
    assert list(Article.objects.published().pinned_to_home()) == [first, third]


def test_pinned_to_section_only_counts_that_sections_articles():
    section = make_section()
    pinned = make_article(section=section, section_position=1)
    make_article(section=make_section(), section_position=1)
    make_article(section=section, home_position=1)
    assert list(Article.objects.published().pinned_to_section(section)) == [pinned]


def test_home_top_story_is_the_first_pin_and_the_next_pins_are_tin_noi_bat(client, editor):
    newest = make_article(title="Tin mới nhất", published_at=ago(1))
    second = make_article(title="Tin ghim thứ hai", published_at=ago(30))
    first = make_article(title="Tin ghim đầu", published_at=ago(40))
    third = make_article(title="Tin ghim thứ ba", published_at=ago(50))
    workflow.pin(first, editor, home_position=1)
    workflow.pin(second, editor, home_position=2)
    workflow.pin(third, editor, home_position=3)
    html = client.get("/").content.decode()
    assert top_story_title(html) == "Tin ghim đầu"
    assert top_stories_block(html) == ["Tin ghim thứ hai", "Tin ghim thứ ba"]
    assert "Tin nổi bật" in html
    assert newest.title in html, "the newest still shows in its section"
    assert html.count(">Tin ghim thứ hai<") == 1, "a pinned story shows once"


@pytest.fixture
def with_photo(tmp_path, settings):
    """An article with a cover photo: the top story when nothing is pinned."""
    from django.core.files.base import ContentFile

    settings.MEDIA_ROOT = tmp_path
    article = make_article(title="Tin mới nhất có ảnh", cover_alt="Ảnh", published_at=ago(1))
    article.cover_image.save("anh.jpg", ContentFile(b"not-needed-for-listing"))
    return article


def test_without_pins_the_newest_with_a_photo_leads_and_no_block(client, with_photo):
    make_article(title="Tin cũ", published_at=ago(5))
    html = client.get("/").content.decode()
    assert top_story_title(html) == "Tin mới nhất có ảnh"
    assert 'id="tin-noi-bat"' not in html


def test_an_expired_pin_leaves_the_home_page_on_the_minute(client, editor, with_photo):
    until = timezone.now() + datetime.timedelta(minutes=10)
    pinned = make_article(title="Tin ghim có hạn", published_at=ago(20))
    workflow.pin(pinned, editor, home_position=1, until=until)
    assert top_story_title(client.get("/").content.decode()) == "Tin ghim có hạn"
    with time_machine.travel(until - datetime.timedelta(seconds=5)):
        assert top_story_title(client.get("/").content.decode()) == "Tin ghim có hạn"
    with time_machine.travel(until + datetime.timedelta(seconds=1)):
        assert top_story_title(client.get("/").content.decode()) == "Tin mới nhất có ảnh"


def test_unpublishing_a_pinned_article_removes_it_everywhere_at_once(client, editor):
    section = make_section()
    make_article(title="Tin khác", section=section, published_at=ago(1))
    pinned = make_article(title="Tin ghim sẽ gỡ", section=section, published_at=ago(9))
    other = make_article(title="Tin ghim còn lại", section=section, published_at=ago(10))
    workflow.pin(pinned, editor, home_position=1, section_position=1)
    workflow.pin(other, editor, home_position=2)
    assert "Tin ghim sẽ gỡ" in client.get("/").content.decode()
    assert "Tin ghim sẽ gỡ" in client.get(section.get_absolute_url()).content.decode()
    workflow.unpublish(pinned, editor)
    home = client.get("/").content.decode()
    assert "Tin ghim sẽ gỡ" not in home
    assert top_story_title(home) == "Tin ghim còn lại"
    assert "Tin ghim sẽ gỡ" not in client.get(section.get_absolute_url()).content.decode()


def test_section_page_leads_with_its_pins_in_order(client, editor):
    section = make_section("Chính quyền")
    for hour in range(14):
        make_article(title=f"Tin thường {hour:02d}", section=section, published_at=ago(hour + 1))
    old = make_article(title="Tin ghim cũ", section=section, published_at=ago(100))
    older = make_article(title="Tin ghim cũ hơn", section=section, published_at=ago(200))
    workflow.pin(older, editor, section_position=1)
    workflow.pin(old, editor, section_position=2)
    html = client.get(section.get_absolute_url()).content.decode()
    pins = html.split('class="section-pins"')[1].split("</section>")[0]
    assert pins.index("Tin ghim cũ hơn") < pins.index("Tin ghim cũ<")
    assert html.index("Tin ghim cũ<") < html.index("Tin thường 00")
    assert html.count("Tin ghim cũ hơn") == 1
    second = client.get(section.get_absolute_url() + "?page=2").content.decode()
    assert 'class="section-pins"' not in second
    assert "Tin ghim cũ" not in second


def test_only_editors_pin(editor):
    article = make_article()
    with pytest.raises(PermissionDenied):
        workflow.pin(article, make_journalist(), home_position=1)
    article.refresh_from_db()
    assert article.home_position is None
    workflow.pin(article, editor, home_position=1, section_position=2)
    workflow.unpin(article, editor)
    article.refresh_from_db()
    assert (article.home_position, article.section_position, article.pinned_until) == (None, None, None)


def test_home_page_queries_stay_few_with_pins(client, editor, django_assert_max_num_queries):
    sections = [make_section() for _ in range(3)]
    for hour in range(30):
        article = make_article(section=sections[hour % 3], published_at=ago(hour + 1))
        if hour < 5:
            workflow.pin(article, editor, home_position=hour + 1)
    # content state, pins, one per section, the "Tin nổi bật" block, and the
    # two "Đọc nhiều" lists (computed once a minute, not per page), and "Văn
    # bản mới" (the documents app's part, NEWSROOM_HOME_PAGE_PARTS)
    with django_assert_max_num_queries(9):
        assert client.get("/").status_code == 200
    with django_assert_max_num_queries(1):
        assert client.get("/").status_code == 200

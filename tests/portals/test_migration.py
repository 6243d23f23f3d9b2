"""An install of one portal migrates into an install of many: its content
becomes the first portal's, its staff that portal's staff, every address stays
the same, and search still finds what is written afterwards."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import Client

from newsroom.portals import forget_portals

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("articles", "0015_body_photo_sizes"), ("newsroom", None)]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state([target for target in targets if target[1]]).apps


def latest():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


@pytest.fixture
def before_portals():
    """The database as migrations left an install of one portal; migrated to the
    latest state again afterwards, whatever the test did."""
    yield migrate(BEFORE)
    migrate(latest())
    forget_portals()


def test_an_existing_install_becomes_the_first_portal_with_its_content_and_addresses(
    before_portals, settings
):
    old = before_portals
    User, Group = old.get_model("auth", "User"), old.get_model("auth", "Group")
    Section, Article, Tag = (old.get_model("articles", name) for name in ("Section", "Article", "Tag"))
    editor = User.objects.create(username="btv_cu", is_staff=True)
    # (A test before this one may have emptied the tables, groups included.)
    editor.groups.add(Group.objects.get_or_create(name="Biên tập viên")[0])
    section = Section.objects.create(name="Chính quyền", slug="chinh-quyen", position=0)
    tag = Tag.objects.create(name="Đô thị", slug="do-thi", key="do thi")
    article = Article.objects.create(
        title="Tin từ trước khi có nhiều cổng",
        slug="tin-tu-truoc",
        lead="Chiều 14/5, tin cũ.",
        body="<p>Nội dung cũ</p>",
        author=editor,
        section=section,
        status="published",
        published_at="2024-05-14T14:11:00Z",
        search_title=" tin tu truoc khi co nhieu cong ",
        search_title_exact=" tin từ trước khi có nhiều cổng ",
        search_text=" tin tu truoc khi co nhieu cong chieu 14 5 tin cu noi dung cu ",
    )
    old.get_model("articles", "TaggedArticle").objects.create(content_object=article, tag=tag)
    settings.NEWSROOM_FIRST_PORTAL_DOMAIN = "tin.hoangnam.gov.vn"

    new = migrate(latest())
    forget_portals()
    site = new.get_model("sites", "Site").objects.get(pk=1)
    portal = new.get_model("newsroom", "Portal").objects.get(site=site)
    assert site.domain == "tin.hoangnam.gov.vn"
    assert (portal.name, portal.short_name) == (
        settings.NEWSROOM_SITE_NAME,
        settings.NEWSROOM_SITE_SHORT_NAME,
    )
    NewArticle = new.get_model("articles", "Article")
    assert list(NewArticle.objects.values_list("title", "site_id")) == [("Tin từ trước khi có nhiều cổng", 1)]
    assert new.get_model("articles", "Section").objects.get().site_id == 1
    assert new.get_model("articles", "Tag").objects.get().site_id == 1
    roles = new.get_model("newsroom", "PortalRole").objects.values_list("user__username", "site_id", "role")
    assert list(roles) == [("btv_cu", 1, "editor")]

    client = Client()
    for host in ("tin.hoangnam.gov.vn", "127.0.0.1"):
        page = client.get(f"/bai-viet/tin-tu-truoc-{article.pk}/", HTTP_HOST=host)
        assert page.status_code == 200 and "Tin từ trước khi có nhiều cổng" in page.content.decode()
        assert client.get("/chuyen-muc/chinh-quyen/", HTTP_HOST=host).status_code == 200
        assert client.get("/tu-khoa/do-thi/", HTTP_HOST=host).status_code == 200

    # Search still finds the old article, and one written after the migration.
    from articles.models import Article as LiveArticle
    from articles.models import Section as LiveSection

    LiveArticle.objects.create(
        title="Cầu Hoàng Nam thông xe",
        lead="Sáng nay, cầu mới thông xe.",
        body="<p>Cầu mới</p>",
        author_id=editor.pk,
        section=LiveSection.objects.get(),
        status="published",
        published_at="2024-05-15T01:00:00Z",
    )
    found = client.get("/tim-kiem/?q=thong+xe", HTTP_HOST="127.0.0.1").content.decode()
    assert "Cầu Hoàng Nam" in found
    old_found = client.get("/tim-kiem/?q=nhieu+cong", HTTP_HOST="127.0.0.1").content.decode()
    assert f"/bai-viet/tin-tu-truoc-{article.pk}/" in old_found

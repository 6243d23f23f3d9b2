"""Every admin save of a document keeps a revision (who, when, its fields and
its files' names); the "Phiên bản" page shows the words changed between
versions; the portal's editors restore one, its journalists only read them,
and another portal's staff see nothing."""

import pytest

from documents import samples
from documents.models import Document, DocumentRevision
from tests.documents.factories import admin_post, make_kind, upload
from tests.factories import make_editor, make_journalist, make_site

pytestmark = pytest.mark.django_db

ADD = "/quan-tri/documents/document/add/"


def change_url(document):
    return f"/quan-tri/documents/document/{document.pk}/change/"


def revisions_url(document):
    return f"/quan-tri/documents/document/{document.pk}/phien-ban/"


def restore_url(revision):
    return f"{revisions_url(revision.document)}{revision.pk}/khoi-phuc/"


def change_post(document, **values):
    """The change form as the admin shows it for `document`, with `values` changed."""
    attachment = document.attachments.get()
    data = admin_post(document.kind, "", **values)
    data.update(
        {
            "attachments-INITIAL_FORMS": "1",
            "attachments-0-id": attachment.pk,
            "attachments-0-document": document.pk,
            "attachments-0-name": attachment.name,
        }
    )
    del data["attachments-0-file"]
    return data


@pytest.fixture
def edited(client, settings, tmp_path):
    """A document added by an editor, then its summary and signer changed."""
    settings.MEDIA_ROOT = tmp_path
    editor = make_editor("bientap-vb")
    client.force_login(editor)
    pdf = samples.text_pdf(["Lát lại vỉa hè bằng gạch bê tông"])
    data = admin_post(make_kind(), upload(pdf), **{"attachments-0-name": "Kế hoạch vỉa hè.pdf"})
    response = client.post(ADD, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    document = Document.objects.get()
    response = client.post(
        change_url(document),
        change_post(
            document,
            summary="Kế hoạch sửa chữa vỉa hè tổ dân phố số 7",
            signer="Trần Thị Bình",
        ),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    document.refresh_from_db()
    return document


def test_each_admin_save_keeps_a_revision_with_who_and_when(edited):
    first, second = edited.revisions.order_by("created_at", "pk")
    assert first.summary == "Kế hoạch sửa chữa đường tổ dân phố số 5"
    assert second.summary == "Kế hoạch sửa chữa vỉa hè tổ dân phố số 7"
    assert (first.signer, second.signer) == ("Nguyễn Văn An", "Trần Thị Bình")
    assert first.kind_name == "Kế hoạch" and first.number == "15/KH-UBND"
    assert first.file_names == second.file_names == "Kế hoạch vỉa hè.pdf"
    assert {first.created_by.username, second.created_by.username} == {"bientap-vb"}
    assert first.created_at <= second.created_at


def test_the_revisions_page_shows_who_when_and_the_changed_words(client, edited):
    response = client.get(revisions_url(edited))
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("người lưu: bientap-vb") == 2
    assert '<del><span class="visually-hidden">bỏ: </span>đường</del>' in html
    assert '<ins><span class="visually-hidden">thêm: </span>vỉa hè</ins>' in html
    assert '<del><span class="visually-hidden">bỏ: </span>5</del>' in html
    assert '<ins><span class="visually-hidden">thêm: </span>Trần Thị Bình</ins>' in html
    assert "Phiên bản đầu tiên được lưu." in html
    assert "Khôi phục phiên bản này" in html
    # Only the fields that changed are shown: the issuer stayed the same.
    assert "Cơ quan ban hành</h3>" not in html
    assert f'href="{revisions_url(edited)}"' in client.get(change_url(edited)).content.decode()


def test_a_journalist_of_the_portal_reads_the_revisions_but_cannot_restore(client, edited):
    oldest = edited.revisions.order_by("created_at", "pk").first()
    client.force_login(make_journalist())
    html = client.get(revisions_url(edited)).content.decode()
    assert "Trần Thị Bình" in html
    assert "Khôi phục" not in html
    assert client.post(restore_url(oldest)).status_code == 403
    edited.refresh_from_db()
    assert edited.signer == "Trần Thị Bình"
    assert edited.revisions.count() == 2


def test_a_ward_editor_sees_nothing_of_another_portals_revisions(client, edited):
    oldest = edited.revisions.order_by("created_at", "pk").first()
    client.force_login(make_editor(site=make_site()))
    assert client.get(revisions_url(edited)).status_code == 404
    assert client.post(restore_url(oldest)).status_code == 404
    edited.refresh_from_db()
    assert edited.summary == "Kế hoạch sửa chữa vỉa hè tổ dân phố số 7"
    assert edited.revisions.count() == 2


def test_a_moderator_without_the_right_cannot_read_them(client, edited):
    from tests.factories import make_moderator

    client.force_login(make_moderator())
    assert client.get(revisions_url(edited)).status_code in (403, 404)


def test_restoring_brings_the_old_values_back_and_records_a_new_revision(client, edited):
    oldest = edited.revisions.order_by("created_at", "pk").first()
    response = client.post(restore_url(oldest), follow=True)
    assert "Đã khôi phục phiên bản lưu lúc" in response.content.decode()
    edited.refresh_from_db()
    assert edited.summary == "Kế hoạch sửa chữa đường tổ dân phố số 5"
    assert edited.signer == "Nguyễn Văn An"
    newest = edited.revisions.first()
    assert edited.revisions.count() == 3
    assert newest.summary == "Kế hoạch sửa chữa đường tổ dân phố số 5"
    assert newest.created_by.username == "bientap-vb"
    assert "sửa chữa đường tổ dân phố số 5" in client.get(f"/van-ban/{edited.pk}/").content.decode()


def test_restoring_is_a_post(client, edited):
    assert client.get(restore_url(edited.revisions.last())).status_code == 405
    assert DocumentRevision.objects.count() == 2


def test_restoring_a_version_whose_kind_is_gone_keeps_the_current_kind_and_says_so(client, edited):
    oldest = edited.revisions.order_by("created_at", "pk").first()
    current = edited.kind
    current.name = "Kế hoạch năm"
    current.save()
    response = client.post(restore_url(oldest), follow=True)
    html = response.content.decode()
    assert "Loại văn bản “Kế hoạch” không còn ở cổng này: văn bản giữ loại hiện tại." in html
    edited.refresh_from_db()
    assert edited.kind == current
    assert edited.summary == "Kế hoạch sửa chữa đường tổ dân phố số 5"

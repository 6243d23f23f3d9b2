"""A leader's photo is stored as a clean copy (re-encoded, no metadata, a random
name), as article covers are; a file that is no photo is refused in Vietnamese."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from organisation.models import Leader
from tests.factories import first_site

pytestmark = pytest.mark.django_db


def photo_with_location():
    exif = Image.Exif()
    exif[0x010F] = "Máy ảnh của phóng viên"  # Make
    buffer = io.BytesIO()
    Image.new("RGB", (600, 800), (120, 90, 60)).save(buffer, format="JPEG", exif=exif)
    return SimpleUploadedFile("bui-huyen-mai-nha-rieng.jpg", buffer.getvalue(), content_type="image/jpeg")


def test_a_leaders_photo_is_stored_clean_with_its_size():
    leader = Leader(site=first_site(), name="Bùi Huyền Mai", title="Chủ tịch", photo=photo_with_location())
    leader.full_clean()
    leader.save()
    assert "bui-huyen-mai" not in leader.photo.name
    with leader.photo.open("rb") as stored, Image.open(stored) as image:
        assert not image.getexif()
        assert image.size == (600, 800)
    assert (leader.photo_width, leader.photo_height) == (600, 800)


def test_a_file_that_is_no_photo_is_refused():
    leader = Leader(
        site=first_site(),
        name="Bùi Huyền Mai",
        title="Chủ tịch",
        photo=SimpleUploadedFile("anh.jpg", b"<html>not a photo</html>", content_type="image/jpeg"),
    )
    with pytest.raises(ValidationError) as refused:
        leader.full_clean()
    assert "photo" in refused.value.message_dict

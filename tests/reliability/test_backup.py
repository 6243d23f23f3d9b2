"""`manage.py backup` makes a backup that restores every article, taken while
the site keeps writing."""

import sqlite3
import subprocess
import tarfile
import threading
import uuid
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import connection

from articles.models import Article
from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db(transaction=True)


def restored_titles(folder):
    """Restore the backup the way docs/deploying.md says and read the article titles back."""
    if connection.vendor == "sqlite":
        with sqlite3.connect(folder / "db.sqlite3") as restored:
            return {row[0] for row in restored.execute("SELECT title FROM articles_article")}
    params = connection.get_connection_params()
    scratch = f"restore_{uuid.uuid4().hex[:8]}"
    base = ["-h", params.get("host") or "localhost", "-U", params.get("user") or "postgres"]
    subprocess.run(["createdb", *base, scratch], check=True)
    try:
        subprocess.run(
            ["pg_restore", *base, "--no-owner", "-d", scratch, str(folder / "db.dump")],
            check=True,
            capture_output=True,
        )
        out = subprocess.run(
            ["psql", *base, "-d", scratch, "-Atc", "SELECT title FROM articles_article"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        return set(out.splitlines())
    finally:
        subprocess.run(["dropdb", *base, scratch], check=True)


def test_backup_restores_every_article_and_the_media(tmp_path):
    section = make_section()
    articles = [make_article(title=f"Bài lưu trữ {i}", section=section) for i in range(30)]
    articles[0].cover_alt = "Ảnh"
    articles[0].cover_image.save("anh-bia.jpg", ContentFile(b"\xff\xd8 jpeg bytes"))

    folder = Path(call_command("backup", dest=str(tmp_path / "backups")))

    assert restored_titles(folder) == {a.title for a in Article.objects.all()}
    with tarfile.open(folder / "media.tar.gz") as archive:
        assert f"media/{articles[0].cover_image.name}" in archive.getnames()


def test_backup_while_the_site_keeps_writing(tmp_path):
    section = make_section()
    for i in range(50):
        make_article(title=f"Bài có sẵn {i}", section=section)
    stop = threading.Event()
    written = []

    def keep_writing():
        try:
            number = 0
            while not stop.is_set() and number < 200:
                make_article(title=f"Bài viết trong lúc sao lưu {number}", section=section)
                written.append(number)
                number += 1
        finally:
            connection.close()

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        folder = Path(call_command("backup", dest=str(tmp_path / "backups")))
    finally:
        stop.set()
        writer.join()

    titles = restored_titles(folder)
    assert {f"Bài có sẵn {i}" for i in range(50)} <= titles
    # The backup is one consistent moment: a prefix of the concurrent writes.
    during = sorted(int(t.rsplit(" ", 1)[1]) for t in titles if "trong lúc" in t)
    assert during == list(range(len(during)))
    assert written, "the writer ran during the backup"

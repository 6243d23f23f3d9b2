"""Without the token in the cache, a process keeps the content state it read
while SQLite says nothing changed (newsroom/dbchanges.py): the stamp moves with
every commit by anyone and every write of its own, and a change made any way at
all still shows on the next request."""

import sqlite3

import pytest
from django.db import connection
from django.db.utils import ConnectionHandler
from django.test import Client
from django.utils import timezone

from articles.models import Article
from newsroom.dbchanges import change_stamp
from tests.factories import make_article, make_section


@pytest.fixture
def own_sqlite(tmp_path, django_db_blocker):
    """A SQLite database of the test's own, seen through a Django connection,
    whatever database the suite runs on."""
    path = tmp_path / "stamp.sqlite3"
    with sqlite3.connect(path) as setup:
        setup.execute("PRAGMA journal_mode=WAL")
        setup.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT)")
    handler = ConnectionHandler({"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": str(path)}})
    django_connection = handler["default"]
    with django_db_blocker.unblock():
        yield path, django_connection
        django_connection.close()


def test_the_stamp_stays_while_nothing_changes(own_sqlite):
    _path, own = own_sqlite
    first = change_stamp(own)
    with own.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM note")
    assert change_stamp(own) == first


def test_the_stamp_moves_when_another_process_commits(own_sqlite):
    path, own = own_sqlite
    before = change_stamp(own)
    other = sqlite3.connect(path)
    other.execute("INSERT INTO note (body) VALUES ('từ tiến trình khác')")
    other.commit()
    other.close()
    assert change_stamp(own) != before


def test_the_stamp_moves_when_this_connection_writes(own_sqlite):
    _path, own = own_sqlite
    before = change_stamp(own)
    with own.cursor() as cursor:
        cursor.execute("UPDATE note SET body = 'sửa' WHERE id = 0")
        cursor.execute("INSERT INTO note (body) VALUES ('của chính nó')")
    assert change_stamp(own) != before


def test_no_stamp_inside_a_transaction_or_on_another_database(own_sqlite):
    _path, own = own_sqlite
    own.set_autocommit(False)
    try:
        assert change_stamp(own) is None
    finally:
        own.rollback()
        own.set_autocommit(True)
    if connection.vendor != "sqlite":
        assert change_stamp(connection) is None


@pytest.mark.django_db(transaction=True)
def test_a_write_outside_the_rule_shows_on_the_next_request(settings):
    """Raw SQL, no content_changed(): with the token read from the database, the
    next page is fresh (on SQLite the stamp moved; elsewhere the state is read)."""
    settings.NEWSROOM_CONTENT_TOKEN_IN_CACHE = False
    article = make_article(section=make_section(), title="Tin trước khi sửa thẳng")
    reader = Client()
    url = article.get_absolute_url()
    assert "Tin trước khi sửa thẳng" in reader.get(url).content.decode()
    assert "Tin trước khi sửa thẳng" in reader.get(url).content.decode()
    table = Article._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET title = %s, updated_at = %s WHERE id = %s",
            ["Tin đã sửa thẳng trong cơ sở dữ liệu", timezone.now(), article.pk],
        )
    html = reader.get(url).content.decode()
    assert "Tin đã sửa thẳng trong cơ sở dữ liệu" in html

"""Backups hold password hashes, sessions and commenters' phones: whatever
the umask they run under (cron's is 022), their folder and files are the
owner's alone."""

import os
import stat
from pathlib import Path

import pytest
from django.core.management import call_command

from tests.factories import make_article

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def cron_umask():
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_a_backup_is_readable_by_its_owner_only(tmp_path, cron_umask):
    make_article()
    folder = Path(call_command("backup", dest=str(tmp_path / "backups")))
    assert mode(folder) == 0o700
    assert mode(folder.parent) == 0o700
    files = list(folder.iterdir())
    assert {path.name for path in files} & {"db.sqlite3", "db.dump"}
    assert "media.tar.gz" in {path.name for path in files}
    for path in files:
        assert mode(path) == 0o600, path.name
    # The process's own umask is given back as it was.
    assert os.umask(0o022) == 0o022

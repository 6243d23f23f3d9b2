"""Write a consistent online backup of the database and the uploaded media.

Media are read through the storage API, so a bucket is backed up like a folder.

SQLite is copied with SQLite's own backup API, page by page under a read lock,
so the site can keep serving (and writing) while it runs. PostgreSQL is dumped
with pg_dump, which reads one consistent snapshot.
"""

import os
import shutil
import sqlite3
import subprocess
import tarfile
import time
from pathlib import Path

from django.conf import settings
from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.utils import timezone


class Command(BaseCommand):
    help = "Sao lưu cơ sở dữ liệu và ảnh tải lên vào một thư mục mới."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dest",
            default="backups",
            help="Thư mục chứa các bản sao lưu (mặc định: backups/).",
        )

    def handle(self, *args, dest, **options):
        # A backup holds password hashes, sessions and commenters' phones: the
        # folders and files it makes are the owner's alone whatever umask it
        # runs under (cron's is 022), pg_dump's output included.
        previous = os.umask(0o077)
        try:
            folder = self.write_backup(Path(dest))
        finally:
            os.umask(previous)
        return str(folder)

    def write_backup(self, dest):
        folder = dest / timezone.localtime().strftime("%Y%m%d-%H%M%S")
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=False)
        except OSError as error:
            raise CommandError(f"Không tạo được thư mục sao lưu {folder}: {error}") from error
        folder.chmod(0o700)
        database = self.backup_database(folder)
        media = self.backup_media(folder)
        for written in folder.iterdir():
            written.chmod(0o600)
        self.stdout.write(self.style.SUCCESS(f"Đã sao lưu vào {folder}: {database}, {media}"))
        return folder

    def backup_database(self, folder):
        vendor = connection.vendor
        if vendor == "sqlite":
            target = folder / "db.sqlite3"
            source = sqlite3.connect(settings.DATABASES["default"]["NAME"])
            copy = sqlite3.connect(target)
            try:
                with copy:
                    source.backup(copy, pages=1024)
            finally:
                copy.close()
                source.close()
            return target.name
        if vendor == "postgresql":
            if not shutil.which("pg_dump"):
                raise CommandError("Không tìm thấy pg_dump; hãy cài gói postgresql-client.")
            target = folder / "db.dump"
            params = connection.get_connection_params()
            command = ["pg_dump", "--format=custom", "--no-owner", f"--file={target}"]
            command += [f"--host={params.get('host') or 'localhost'}"]
            command += [f"--port={params.get('port') or 5432}"]
            if params.get("user"):
                command += [f"--username={params['user']}"]
            command += [params.get("dbname") or settings.DATABASES["default"]["NAME"]]
            env = {**os.environ, "PGPASSWORD": params.get("password") or ""}
            result = subprocess.run(command, capture_output=True, text=True, env=env)
            if result.returncode != 0:
                raise CommandError(f"pg_dump thất bại: {result.stderr.strip()}")
            return target.name
        raise CommandError(f"Chưa hỗ trợ sao lưu cơ sở dữ liệu loại {vendor}.")

    def backup_media(self, folder):
        """Every file of the media storage (a local folder or an S3 bucket),
        read through the storage API, into media.tar.gz under media/."""
        target = folder / "media.tar.gz"
        with tarfile.open(target, "w:gz") as archive:
            for name in stored_files(default_storage):
                with default_storage.open(name) as stored:
                    entry = tarfile.TarInfo(f"media/{name}")
                    entry.size = stored.size
                    entry.mode = 0o644
                    entry.mtime = int(time.time())
                    archive.addfile(entry, stored)
        return target.name


def stored_files(storage, folder=""):
    """The names of every file in `storage` under `folder`, depth first."""
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:  # a local media folder that was never made
        return
    prefix = f"{folder}/" if folder else ""
    for name in sorted(files):
        yield prefix + name
    for name in sorted(folders):
        yield from stored_files(storage, prefix + name)

"""Write a consistent online backup of the database and the uploaded media.

SQLite is copied with SQLite's own backup API, page by page under a read lock,
so the site can keep serving (and writing) while it runs. PostgreSQL is dumped
with pg_dump, which reads one consistent snapshot.
"""
import os
import shutil
import sqlite3
import subprocess
import tarfile
from pathlib import Path

from django.conf import settings
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
        folder = Path(dest) / timezone.localtime().strftime("%Y%m%d-%H%M%S")
        try:
            folder.mkdir(parents=True, exist_ok=False)
        except OSError as error:
            raise CommandError(f"Không tạo được thư mục sao lưu {folder}: {error}") from error
        database = self.backup_database(folder)
        media = self.backup_media(folder)
        self.stdout.write(self.style.SUCCESS(f"Đã sao lưu vào {folder}: {database}, {media}"))
        return str(folder)

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
        target = folder / "media.tar.gz"
        media_root = Path(settings.MEDIA_ROOT)
        with tarfile.open(target, "w:gz") as archive:
            if media_root.exists():
                archive.add(media_root, arcname="media")
        return target.name

"""Loaded with `-p tests.environment` before Django's settings are read.

Settings refuse the development secret key when DEBUG is off (as it is under
pytest), so the suite brings its own throw-away key: no secret is needed to test.
"""
import os

os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-key-" + "x" * 50)

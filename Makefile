# Two commands for a fresh machine: `make run` and `make test` (see README.md).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test bench venv browsers clean

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@

venv: $(VENV)/.installed

run: venv
	DJANGO_DEBUG=1 $(PY) manage.py migrate --noinput
	DJANGO_DEBUG=1 $(PY) manage.py seed_demo
	DJANGO_DEBUG=1 $(PY) manage.py seed_demo_questions
	DJANGO_DEBUG=1 $(PY) manage.py seed_demo_schedule
	DJANGO_DEBUG=1 $(PY) manage.py seed_demo_organisation
	DJANGO_DEBUG=1 $(PY) manage.py seed_demo_documents
	# The job worker (OCR of scanned documents) beside the server, stopped with it.
	DJANGO_DEBUG=1 $(PY) manage.py run_huey --quiet & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	DJANGO_DEBUG=1 $(PY) manage.py runserver $(HOST):$(PORT)

test: venv
	$(PY) -m pytest

bench: venv
	$(PY) bench/run.py
	$(PY) bench/edge.py --skip-seed

clean:
	rm -rf $(VENV) db.sqlite3* jobs.sqlite3* test_db.sqlite3* media staticfiles screenshots

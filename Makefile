# Field Inspector: `make run` opens the app on a demo database, `make test` runs every test.
# Both set themselves up first: system packages (as root on Debian/Ubuntu), then .venv.

VENV    ?= .venv
PY      := $(VENV)/bin/python
PIP     := $(VENV)/bin/pip
STAMP   := $(VENV)/.installed
PYTHON  ?= python3

# Qt's runtime libraries, a Chinese font, poppler (PDF to text/PNG), Xvfb, and PostgreSQL
# (the server tests start a private cluster from its binaries; the service itself stays off).
SYSTEM_PACKAGES := libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0 \
	libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 \
	libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-randr0 libxcb-xinerama0 \
	fonts-wqy-microhei poppler-utils poppler-data xvfb xauth \
	postgresql

.PHONY: run test lint bench package system-packages venv clean

run: system-packages venv
	$(VENV)/bin/inspector-gui --demo

test: system-packages venv
	$(VENV)/bin/lint-imports
	$(VENV)/bin/pytest -q

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

bench: system-packages venv
	$(PY) -m benchmarks

# The frozen app (PyInstaller --onedir) in dist/field-inspector/; slow (~1-2 min), so not in test.
# pyinstaller is a build tool, not a dependency: installed into .venv only when missing.
# PYINSTALLER_FLAGS=--clean rebuilds from scratch (after upgrading PySide6 or PyInstaller).
package: system-packages venv
	@$(PY) -c "import PyInstaller" 2>/dev/null || $(PIP) install -q "pyinstaller>=6.10,<7"
	$(VENV)/bin/pyinstaller --noconfirm $(PYINSTALLER_FLAGS) --distpath dist --workpath build/pyinstaller \
		packaging/field-inspector.spec
	@du -sh dist/field-inspector

# Installs only what is missing, only as root with apt-get; elsewhere it is skipped quietly.
system-packages:
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		missing=""; \
		for p in $(SYSTEM_PACKAGES); do \
			dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
		done; \
		if [ -n "$$missing" ]; then \
			echo "Installing system packages:$$missing"; \
			(apt-get install -y -q --no-install-recommends $$missing >/dev/null 2>&1 || \
			 (apt-get update -q >/dev/null && \
			  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing >/dev/null)) \
			|| echo "warning: could not install:$$missing"; \
		fi; \
	fi

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -e '.[dev]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .mypy_cache

# Porte-voix — `make run` starts everything on the embedded defaults; `make test` runs the suite.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 5000
HOST   ?= 127.0.0.1
# honcho gives each process its own PORT; the web process reads WEB_PORT instead.
WEB_PORT := $(PORT)
export HOST WEB_PORT

.PHONY: run test lint install install-test i18n ci-services ci-chromium ci-xmlsec1 clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

i18n: $(VENV)/.installed
	$(BIN)/python -m advocacy.core.catalogs compile

run: install i18n
	$(BIN)/python -m advocacy.run prepare
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/honcho start -f Procfile

# The machine's PostgreSQL and Redis when they answer, else embedded ones (tests/services.py);
# ADVOCACY_TEST_SERVICES=embedded forces the embedded servers. Installs nothing outside .venv.
# The contracts: layered domains and no import cycle (import-linter, `[tool.importlinter]` in
# pyproject.toml), imports at the top of modules and the default checks (ruff, `[tool.ruff]`).
lint: install-test
	$(BIN)/lint-imports
	$(BIN)/ruff check .

# Two processes by default (pytest-xdist, one database and one Redis number each: tests/services.py);
# PYTEST_ARGS="-n 0" runs in one process, PYTEST_ARGS="tests/charter" one area.
PYTEST_ARGS ?= -n 2 --dist loadfile --durations=30
test: install-test i18n lint
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# CI only (.ci/run): start the machine's PostgreSQL and Redis if installed but down.
ci-services:
	@.ci/services

# CI only (.ci/run, as root on Debian): the browser journeys' chromium. Developers: see README.
ci-chromium:
	@command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

# CI only (.ci/run, as root on Debian): xmlsec1 checks SAML signatures (pysaml2 calls it).
# Without it the SAML tests are skipped (and ADVOCACY_SAML_IDP_METADATA refuses to start).
ci-xmlsec1:
	@command -v xmlsec1 >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xmlsec1 >/dev/null; }

clean:
	rm -rf $(VENV) instance/test .pytest_cache

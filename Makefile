# Porte-voix — `make run` starts everything on the embedded defaults; `make test` runs the suite.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 5000
HOST   ?= 127.0.0.1
# honcho gives each process its own PORT; the web process reads WEB_PORT instead.
WEB_PORT := $(PORT)
export HOST WEB_PORT

.PHONY: run test install install-test i18n services e2e-deps clean

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

services:
	@.ci/services

test: install-test i18n services e2e-deps
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Browser journeys drive Debian's chromium (Playwright cannot download its own browser here).
e2e-deps:
	@test -x /usr/bin/chromium || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

clean:
	rm -rf $(VENV) instance/test .pytest_cache

# Segregation plugin for QGIS: the commands a new user and CI run.
# Works on a fresh Debian 12 machine as root (or with sudo); re-running is cheap.

SHELL := /bin/bash
SYS_PYTHON := /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.setup-done
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
APT_PACKAGES := qgis python3-qgis qgis-providers python3-pandas python3-numpy \
	python3-matplotlib python3-openpyxl python3-venv python3-pip qttools5-dev-tools poppler-utils
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
PLUGIN := segregation_plugin
LRELEASE := $(shell command -v lrelease || echo /usr/lib/qt5/bin/lrelease)
# Headless Qt: no display needed anywhere.
export QT_QPA_PLATFORM := offscreen
export XDG_RUNTIME_DIR := $(or $(XDG_RUNTIME_DIR),/tmp/runtime-$(shell id -u))
QGIS_PROFILE_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default

.PHONY: setup test test-unit test-qgis demo package install lint translations bench oracle \
	screenshots clean

setup: $(STAMP)

$(STAMP): requirements-dev.txt Makefile
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq \
	    --no-install-recommends $$missing; \
	fi
	$(SYS_PYTHON) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	@$(PY) -c "import numpy, qgis.core; assert numpy.__version__ < '2', numpy.__version__"
	@mkdir -p $(XDG_RUNTIME_DIR) && chmod 700 $(XDG_RUNTIME_DIR)
	touch $@

translations: setup
	@for ts in i18n/*.ts; do $(LRELEASE) -silent $$ts -qm $${ts%.ts}.qm || exit 1; done

test: setup translations
	$(PY) -m pytest -q -p no:pytest_qgis tests/unit
	$(PY) -m pytest -q tests/qgis

test-unit: setup
	$(PY) -m pytest -q -p no:pytest_qgis tests/unit

test-qgis: setup translations
	$(PY) -m pytest -q tests/qgis

demo: setup translations
	$(PY) tools/demo.py out/demo

# PySAL segregation/inequality: the peer of make bench and the oracle of
# tools/pysal_reference.py, in a venv of its own (numpy 2 is fine there; never in .venv).
ORACLE := .venv-oracle
ORACLE_PYTHON := $(shell command -v python3 2>/dev/null || echo $(SYS_PYTHON))
$(ORACLE)/.done:
	$(ORACLE_PYTHON) -m venv $(ORACLE)
	$(ORACLE)/bin/python -m pip install -q --disable-pip-version-check segregation inequality libpysal
	touch $@

oracle: $(ORACLE)/.done

bench: setup oracle
	SEGREGATION_ORACLE_PYTHON=$(CURDIR)/$(ORACLE)/bin/python $(PY) bench/run_bench.py

screenshots: setup translations
	$(PY) tools/screenshots.py out/screens

lint: setup
	$(VENV)/bin/ruff check $(PLUGIN) tests tools bench
	$(VENV)/bin/ruff format --check $(PLUGIN) tests tools bench

package: translations
	rm -rf dist/build && mkdir -p dist/build/$(PLUGIN)
	cp -r $(PLUGIN)/. dist/build/$(PLUGIN)/
	cp metadata.txt LICENSE dist/build/$(PLUGIN)/
	cp -r resources dist/build/$(PLUGIN)/resources
	mkdir -p dist/build/$(PLUGIN)/i18n && cp i18n/*.qm dist/build/$(PLUGIN)/i18n/
	find dist/build -name '__pycache__' -prune -exec rm -rf {} +
	rm -f dist/$(PLUGIN)-$(VERSION).zip
	cd dist/build && $(SYS_PYTHON) -m zipfile -c ../$(PLUGIN)-$(VERSION).zip $(PLUGIN)
	@echo "dist/$(PLUGIN)-$(VERSION).zip"

install: package
	mkdir -p $(QGIS_PROFILE_DIR)/python/plugins
	rm -rf $(QGIS_PROFILE_DIR)/python/plugins/$(PLUGIN)
	cd $(QGIS_PROFILE_DIR)/python/plugins && $(SYS_PYTHON) -m zipfile -e $(CURDIR)/dist/$(PLUGIN)-$(VERSION).zip .
	$(SYS_PYTHON) tools/enable_plugin.py $(QGIS_PROFILE_DIR) $(PLUGIN)
	@echo "Installed into $(QGIS_PROFILE_DIR)/python/plugins/$(PLUGIN)"

clean:
	rm -rf out dist .pytest_cache i18n/*.qm

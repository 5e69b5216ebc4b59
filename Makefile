# Two commands do everything on a fresh machine:
#   make serve   set up and preview the site (make build: set up and build it)
#   make test    set up and run every test (what CI runs)
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
NODE_STAMP := node_modules/.installed

# Material for MkDocs prints an end-of-life banner at every mkdocs command
# unless this is set (material/templates/__init__.py).
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup serve serve-clean build zensical test lint browser-deps lock clean

# One .venv, filled as far as a command needs: serving and building install
# requirements/serve.txt only; `make zensical` adds Zensical, `make test` the
# test tools (requirements/test.txt holds everything, at the same versions).
# Every package, pip included, is pinned with its hashes (`make lock` writes
# the files); the project itself goes on top with --no-deps, and `pip check`
# catches a lock that misses a dependency pyproject.toml declares.
$(VENV)/.pip: requirements/pip.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes -r requirements/pip.txt
	touch $@

$(VENV)/.installed-%: requirements/%.txt pyproject.toml $(VENV)/.pip
	$(BIN)/pip install --quiet --require-hashes -r $<
	$(BIN)/pip install --quiet --no-deps -e .
	$(BIN)/pip check
	touch $@

SERVE := $(VENV)/.installed-serve
ZENSICAL := $(VENV)/.installed-zensical
TEST := $(VENV)/.installed-test

# axe-core for the accessibility checks in the browser tests (npm registry).
$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $(NODE_STAMP)

setup: $(TEST)

# Re-renders only the pages a save changed (about 2 s at 1,000 articles instead
# of about 40 s); pages of deleted seeds are removed. Restart it after changing
# mkdocs.yml or overrides/, see docs/performance.md. Never deploy its output.
serve: $(SERVE)
	$(BIN)/mkdocs serve --dirty

# Every page rendered again on every save: slow on a large site, never stale.
serve-clean: $(SERVE)
	$(BIN)/mkdocs serve

build: $(SERVE)
	$(BIN)/mkdocs build --strict

# The same site with Zensical: stage docs + generated pages + config in
# build/zensical/, then `zensical build` there (site in build/zensical/site/).
zensical: $(ZENSICAL)
	$(BIN)/python -m generator zensical --build

lint: $(TEST)
	$(BIN)/ruff check generator tests
	$(BIN)/ruff format --check generator tests
	$(BIN)/mypy

# A Chromium for the browser tests: CHROME_PATH, REEX_CHROMIUM, or chromium,
# chromium-browser, google-chrome on PATH; when there is none, Debian's chromium
# without recommended packages (needs root or sudo). See .ci/chromium.sh.
browser-deps:
	@sh .ci/chromium.sh install >/dev/null

# The browser tests drive the Chromium that browser-deps found.
test: $(TEST) $(NODE_STAMP) browser-deps
	$(BIN)/python -m generator check
	$(MAKE) lint
	CHROME_PATH="$$(sh .ci/chromium.sh find)" $(BIN)/pytest

# Write requirements/*.txt again from pyproject.toml with uv (in its own .venv-uv),
# every file's hashes from the package index, keeping today's pins where they
# still fit; LOCK_FLAGS=--upgrade takes the newest versions pyproject allows.
UV := .venv-uv/bin/uv
COMPILE := $(UV) pip compile --quiet --universal --python-version 3.11 --generate-hashes $(LOCK_FLAGS)

$(UV):
	$(PYTHON) -m venv .venv-uv
	.venv-uv/bin/pip install --quiet "uv==0.13.9"

lock: $(UV)
	echo pip | $(COMPILE) - -o requirements/pip.txt
	$(COMPILE) pyproject.toml --extra test --extra import --extra zensical -o requirements/test.txt
	$(COMPILE) pyproject.toml --extra zensical -c requirements/test.txt -o requirements/zensical.txt
	$(COMPILE) pyproject.toml -c requirements/test.txt -o requirements/serve.txt

clean:
	rm -rf site .generated build/zensical .pytest_cache .mypy_cache .ruff_cache

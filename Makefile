# Two commands do everything on a fresh machine:
#   make serve   set up and preview the site (make build: set up and build it)
#   make test    set up and run every test (what CI runs)
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed

.PHONY: setup serve serve-clean build zensical test lint browser-deps clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test,zensical]"
	touch $(STAMP)

# axe-core for the accessibility checks in the browser tests (npm registry).
$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $(NODE_STAMP)

setup: $(STAMP)

# Re-renders only the pages a save changed (about 2 s at 1,000 articles instead
# of about 40 s); pages of deleted seeds are removed. Restart it after changing
# mkdocs.yml or overrides/, see docs/performance.md. Never deploy its output.
serve: $(STAMP)
	$(BIN)/mkdocs serve --dirty

# Every page rendered again on every save: slow on a large site, never stale.
serve-clean: $(STAMP)
	$(BIN)/mkdocs serve

build: $(STAMP)
	$(BIN)/mkdocs build --strict

# The same site with Zensical: stage docs + generated pages + config in
# build/zensical/, then `zensical build` there (site in build/zensical/site/).
zensical: $(STAMP)
	$(BIN)/python -m generator zensical --build

lint: $(STAMP)
	$(BIN)/ruff check generator tests
	$(BIN)/ruff format --check generator tests
	$(BIN)/mypy

# A Chromium for the browser tests: CHROME_PATH, REEX_CHROMIUM, or chromium,
# chromium-browser, google-chrome on PATH; when there is none, Debian's chromium
# without recommended packages (needs root or sudo). See .ci/chromium.sh.
browser-deps:
	@sh .ci/chromium.sh install >/dev/null

# The browser tests drive the Chromium that browser-deps found.
test: $(STAMP) $(NODE_STAMP) browser-deps
	$(BIN)/python -m generator check
	$(MAKE) lint
	CHROME_PATH="$$(sh .ci/chromium.sh find)" $(BIN)/pytest

clean:
	rm -rf site .generated build/zensical .pytest_cache .mypy_cache .ruff_cache

# Two commands on a fresh machine (as root, PyPI and Debian reachable):
#   make run    set up .venv, install kg, build the graph from the bundled samples into exports/
#   make test   set up .venv and the system packages the tests use, run the test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test install system-deps bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/kg build samples --out exports

# Chromium and CJK fonts render the HTML view in the tests; skipped when already present.
system-deps:
	@if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; \
	fi

test: $(STAMP) system-deps
	$(BIN)/python -m pytest -q

clean:
	rm -rf exports/* .pytest_cache

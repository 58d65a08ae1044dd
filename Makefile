# newsevents: two commands set up a fresh machine.
#   make demo   create .venv, install from the lock, run the flow on samples/ into the warehouse
#   make test   create .venv, install from the lock, then ruff, mypy and the whole pytest suite
# The lock (requirements/lock.txt: exact versions, each with its sha256) is made from
# pyproject.toml's ranges by `make lock`; `make test-latest` checks the newest versions
# those ranges allow, without the lock. See "Dependencies" in README.md.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
# The compiled coder's record of its sources (see `native` below).
NATIVE := $(VENV)/newsevents-native/SOURCES.sha256
DB ?= warehouse/events.duckdb
SHARED ?= ../shared
UV := $(BIN)/uv pip install --python $(BIN)/python
LOCK := requirements/lock.txt
# The second environment of `make test-latest`: pyproject.toml's ranges alone.
LATEST_VENV ?= .venv-latest
# RANGES=1 installs from the ranges instead of the lock (what `make test-latest` does).
RANGES ?=
# Every lock is resolved for all platforms from Python 3.11 on, with every wheel's hash.
COMPILE = $(BIN)/uv pip compile --quiet --universal --python-version 3.11 --generate-hashes \
	--custom-compile-command "make lock"

.PHONY: setup native demo test lint typecheck eval bench clean lock lock-upgrade test-latest

setup: $(STAMP) $(NATIVE)

# The coder's per-sentence modules compiled to C by mypyc (extractors/native.py), into the
# environment's own folder; rebuilt when an extractor changes. Without a C compiler the
# coder runs as Python, with the same events (slower): the set-up goes on.
$(NATIVE): $(STAMP) $(wildcard extractors/*.py)
	$(BIN)/python -c 'import sys; from extractors.native import main; sys.exit(main(["build"]))' \
		|| echo "compiled coder not built (it needs gcc and Python's headers): the coder runs as Python"

native: $(NATIVE)

# uv itself comes pinned and hashed (requirements/uv.txt), like everything it installs.
$(VENV)/.uv-stamp: requirements/uv.txt
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check --require-hashes -r requirements/uv.txt
	touch $@

ifeq ($(RANGES),1)
$(STAMP): pyproject.toml requirements/parser.txt
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	# No lock: the newest versions the ranges allow, installed by the environment's own
	# pip, as anyone installing the package into their own environment gets them.
	$(BIN)/python -m pip install -q --disable-pip-version-check -e ".[dev,dask]"
	$(BIN)/python -m pip install -q --disable-pip-version-check --no-deps --require-hashes \
		-r requirements/parser.txt
	$(BIN)/python -m pip freeze --exclude-editable > $(VENV)/resolved.txt
	touch $(STAMP)
else
$(STAMP): $(VENV)/.uv-stamp pyproject.toml $(LOCK) requirements/parser.txt
	# Exact versions from the lock, each checked against its sha256 (a changed upload fails
	# here); compiled to bytecode now, as pip does, so no command compiles them at import.
	$(UV) -q --require-hashes --compile-bytecode -r $(LOCK)
	# The project itself, built by the locked setuptools (no unpinned build environment).
	$(UV) -q --no-deps --no-build-isolation -e .
	# The parser extra, verified against its pinned sha256 (a changed upload fails here).
	$(UV) -q --no-deps --require-hashes -r requirements/parser.txt
	touch $(STAMP)
endif

# Re-resolve the lock after editing pyproject.toml's dependencies: versions already in
# the lock are kept where the ranges still allow them.
lock: $(VENV)/.uv-stamp
	$(COMPILE) $(LOCK_FLAGS) --extra dev --extra dask pyproject.toml requirements/build.in -o $(LOCK)
	echo uv | $(COMPILE) $(LOCK_FLAGS) - -o requirements/uv.txt

# Move every locked version (uv's own too) to the newest the ranges allow.
lock-upgrade:
	$(MAKE) --no-print-directory lock LOCK_FLAGS=--upgrade

# The whole of `make test` in a second, new environment built from the ranges alone:
# a failure here is drift that the next `make lock-upgrade` would bring in.
test-latest:
	rm -rf $(LATEST_VENV)
	$(MAKE) --no-print-directory test VENV=$(LATEST_VENV) RANGES=1
	@echo "newest versions tested: $(LATEST_VENV)/resolved.txt (compare with $(LOCK))"

demo: $(STAMP) $(NATIVE)
	$(BIN)/newsevents run samples --db $(DB)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

test: lint typecheck $(NATIVE)
	$(BIN)/pytest -q

eval: $(STAMP) $(NATIVE)
	# PETRARCH-2's unit tests test its grammar on fictional actors: read as PETRARCH-2 reads.
	$(BIN)/newsevents evaluate events $(SHARED)/data/dev/events/petrarch2_unittest.gold.jsonl --all-actors \
		--dictionaries $(SHARED)/data/dictionaries/petrarch2/PETR.Validate.verbs.txt \
		--dictionaries $(SHARED)/data/dictionaries/petrarch2/PETR.Validate.actors.txt \
		--dictionaries $(SHARED)/data/dictionaries/petrarch2/PETR.Validate.agents.txt \
		--dictionaries $(SHARED)/data/dictionaries/petrarch2/PETR.Validate.discards.txt
	$(BIN)/newsevents evaluate events $(SHARED)/data/dev/events/realnews_consensus.jsonl \
		$(SHARED)/data/dev/events/plover_gsr.jsonl \
		$(SHARED)/data/dev/events/conflibert_cameo_class_train.tsv
	$(BIN)/newsevents evaluate dates $(SHARED)/data/dev/dates/docs.jsonl $(SHARED)/data/dev/dates/timex.jsonl
	$(BIN)/newsevents evaluate places $(SHARED)/data/dev/geo/lgl.xml $(SHARED)/data/dev/geo/GeoVirus.xml

bench: $(STAMP) $(NATIVE)
	$(BIN)/newsevents bench $(SHARED)/data/corpus/reuters21578.jsonl

clean:
	rm -rf $(VENV) $(LATEST_VENV) .mypy_cache .ruff_cache .pytest_cache

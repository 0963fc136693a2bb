# Everything a fresh machine needs: `make run` and `make test` create the venv themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
TS := $(wildcard desktop/ui/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test bench lint translations lupdate install clean soak

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

translations: $(STAMP) $(QM)

desktop/ui/translations/%.qm: desktop/ui/translations/%.ts
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts sources from the UI code (run by developers, not by CI).
lupdate: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $$(find desktop/ui -name '*.py' | sort) -ts $(TS)

run: translations
	$(BIN)/halotki

test: translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.bench.run

lint: $(STAMP)
	$(BIN)/ruff check desktop sync tests

clean:
	rm -rf $(VENV) build dist *.egg-info $(QM)

# Everything a fresh machine needs: `make run` and `make test` create the venv themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DIST := dist/HaloTKI
TS := $(wildcard desktop/ui/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run demo test bench lint translations lupdate install clean soak package package-smoke

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,server]'
	touch $(STAMP)

translations: $(STAMP) $(QM)

desktop/ui/translations/%.qm: desktop/ui/translations/%.ts
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts sources from the UI code (run by developers, not by CI).
lupdate: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $$(find desktop/ui -name '*.py' | sort) -ts $(TS)

run: translations
	$(BIN)/halotki

# A demo office with 2,000 cases in ./demo-data (reused if there; DEMO_FRESH=1 makes it
# anew), its accounts and passwords printed, then the app on that folder.
DEMO_DIR ?= demo-data
DEMO_CASES ?= 2000
demo: translations
	$(BIN)/python -m desktop.demo.office --data-dir $(DEMO_DIR) --cases $(DEMO_CASES) \
		$(if $(DEMO_FRESH),--fresh)
	$(BIN)/halotki --data-dir $(DEMO_DIR)

# The import contracts (pyproject.toml, [tool.importlinter]) first: a broken room fails fast.
test: translations
	$(BIN)/lint-imports --no-cache
	# One worker per core (at most 4: each opens its own PostgreSQL database and Qt).
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n auto --maxprocesses 4

# The installed program: PyInstaller one-folder build in dist/HaloTKI (packaging/README.md has
# the Windows installer and the Linux desktop entry).
package: translations
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/halotki.spec

# CI: build it, then prove the frozen program works: its self-test, and the login window
# offscreen (build/smoke/login.png shows what it drew).
package-smoke: package
	$(BIN)/python packaging/smoke.py $(DIST) --screenshot build/smoke/login.png

bench: package
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.bench.run
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.bench.package_bench --dist $(DIST)
	$(BIN)/python -m tests.bench.sync_bench

# The sync property test with thousands of random examples (CI runs 200, derandomized).
# SOAK_EXAMPLES=N to change; a failure prints its steps and a @reproduce_failure blob.
SOAK_EXAMPLES ?= 5000
soak: $(STAMP)
	HALOTKI_SOAK_EXAMPLES=$(SOAK_EXAMPLES) HALOTKI_PG_EXAMPLES=$$(( $(SOAK_EXAMPLES) / 10 )) \
		$(BIN)/python -m pytest -q -p no:cacheprovider tests/sync/test_property.py

lint: $(STAMP)
	$(BIN)/ruff check desktop sync tests packaging
	$(BIN)/lint-imports --no-cache

clean:
	rm -rf $(VENV) build dist *.egg-info $(QM)

# Two commands for a new user (see README.md):
#   make run   - set up and start the app on the bundled example draft
#   make test  - set up everything the tests need and run them all
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
EXAMPLE := resources/examples/cybercrime.dres

.PHONY: run test setup setup-test lint bench bundle clean translations

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# The editable install is made again only when the package's metadata changes (a stamp file
# per extra), so `make run` starts the app without pip and setuptools' messages every time.
$(VENV)/.installed: pyproject.toml setup.py | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml setup.py | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test]'
	@touch $@ $(VENV)/.installed

setup: $(VENV)/.installed

setup-test: $(BIN)/python
	./scripts/install-system-deps.sh
	$(MAKE) --no-print-directory $(VENV)/.installed-test

run: setup
	$(BIN)/delegate-editor $(EXAMPLE)

test: setup-test
	$(BIN)/ruff check delegate_editor tests bench
	$(BIN)/ruff format --check delegate_editor tests bench
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n auto --dist loadfile

bench: setup-test
	$(BIN)/python -m pip install -q -e '.[bench]'
	$(BIN)/python bench/run.py

# The interface's translations (docs/user-guide.md, "Languages"): lupdate gathers every
# self.tr/translate string of ui/ into the .ts sources (translated in Qt Linguist or any
# editor), lrelease compiles them to the .qm files the app loads; both are committed.
TS := $(wildcard resources/i18n/delegate_editor_*.ts)
translations: setup
	$(BIN)/pyside6-lupdate -extensions py -locations none -no-obsolete delegate_editor/ui -ts $(TS)
	for ts in $(TS); do $(BIN)/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm; done

bundle: setup
	$(BIN)/python -m pip install -q -e '.[package]'
	$(BIN)/python -m PyInstaller --noconfirm --clean packaging/delegate-editor.spec

clean:
	rm -rf $(VENV) build dist *.egg-info

# Two commands for a new user (see README.md):
#   make run   - set up and start the app on the bundled example draft
#   make test  - set up everything the tests need and run them all
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
EXAMPLE := resources/examples/cybercrime.dres

.PHONY: run test setup setup-test lint bench bundle clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

setup: $(BIN)/python
	$(BIN)/python -m pip install -q -e .

setup-test: $(BIN)/python
	./scripts/install-system-deps.sh
	$(BIN)/python -m pip install -q -e '.[test]'

run: setup
	$(BIN)/delegate-editor $(EXAMPLE)

test: setup-test
	$(BIN)/ruff check delegate_editor tests bench
	$(BIN)/ruff format --check delegate_editor tests bench
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: setup-test
	$(BIN)/python -m pip install -q -e '.[bench]'
	$(BIN)/python bench/run.py

bundle: setup
	$(BIN)/python -m pip install -q -e '.[package]'
	$(BIN)/python -m PyInstaller --noconfirm --clean packaging/delegate-editor.spec

clean:
	rm -rf $(VENV) build dist *.egg-info

# make draft   set up .venv, render output/draft.docx from the bundled example minutes and put an
#              `assembler` launcher in ~/.local/bin (it says how to put that on the PATH if needed)
# make test    run the test suite on the checkout (what .ci/run runs, with test-wheel)
# make test-wheel  the same suite against the built, installed wheel (tools/test-wheel.sh)
# make eval    accuracy figures (classification against the reference labels, dedup P/R)
# make bench   speed and memory figures
# make mutate  do the tests bite? break the code on purpose, one decision at a time
#              (tools/mutations.py: every break must make a named test fail)
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: draft test test-wheel eval bench mutate venv clean messages

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

draft: $(STAMP)
	$(VENV)/bin/assembler build examples/minutes -o output/draft.docx
	@sh tools/install-launcher.sh

test: $(STAMP)
	$(PY) -m pytest tests assembler

test-wheel: $(STAMP)
	sh tools/test-wheel.sh

eval: $(STAMP)
	$(PY) benchmarks/run.py eval

bench: $(STAMP)
	$(PY) benchmarks/run.py bench

mutate: $(STAMP)
	$(PY) tools/mutations.py

clean:
	rm -rf $(VENV) build *.egg-info output/*.docx output/*.json output/*.csv output/*.xlsx

# make messages   after adding or changing a message: extract it into the Japanese catalog
#                 (assembler/locale/ja/LC_MESSAGES/assembler.po), compile the .mo
messages: $(STAMP)
	$(PY) tools/messages.py

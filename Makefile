PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint eval train clean

$(PY):
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed ($(PYTHON) not found); set PYTHON=/path/to/python3.11"; exit 2; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[test]"
	@touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/claimscope run corpus/ --out outputs/
	$(VENV)/bin/claimscope compare outputs/ --out outputs/

test: $(STAMP)
	$(VENV)/bin/ruff check pipeline tests scripts
	$(PY) -m pytest

eval: $(STAMP)
	$(PY) scripts/evaluate.py

train: $(STAMP)
	$(PY) scripts/train.py

clean:
	rm -rf $(VENV) outputs/*.csv outputs/*.jsonl

# Two commands for a new user: `make run` and `make test`. Everything else is a step they depend on.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV    := .venv
PY      := $(VENV)/bin/python
RASA    := $(VENV)/bin/rasa
STAMP   := $(VENV)/.installed
SPACY   := var/spacy/waymark_en/meta.json
CATALOGUE_STAMP := var/.catalogue-loaded
MODEL_STAMP := models/.trained

# The fact extractor loads the spaCy pipeline at run time, so only what Rasa trains on is listed.
TRAINING_INPUTS := config.yml domain.yml $(shell find data -name '*.yml' 2>/dev/null) \
                   $(wildcard components/*.py)
NLP_INPUTS := bot/language/nlp.py bot/language/places.py bot/language/phrases.py bot/data/gazetteer.yml

.PHONY: help venv install nlp catalogue train run run-prod stop-prod shell test test-all unit-test rasa-test bench prove eval clean

help:
	@echo "make run    - install, build, train if needed, start Waymark and say where to chat"
	@echo "make test   - the suite (unit, data validation, conversation stories, end to end); its last"
	@echo "              lines name any test it could not run here"
	@echo "make test-all - everything CI runs, nothing skipped: installs Chromium, PostgreSQL and Redis"
	@echo "              from Debian's packages (sudo) and starts PostgreSQL and Redis on loopback"
	@echo "make shell  - chat in the terminal (rasa shell) with the running action server"
	@echo "make bench  - benchmarks; figures go to docs/performance.md"
	@echo "make prove  - the fault drills at full length (soak, kill/restart under load)"
	@echo "make eval   - the residents' evaluation set against a freshly started assistant (docs/nlu.md)"
	@echo "make run-prod  - production profile on this machine: PostgreSQL, Redis, nginx, 2 Rasa replicas"
	@echo "make stop-prod - stop PostgreSQL, Redis (and a stray nginx) started for run-prod"

$(STAMP): requirements.txt constraints.txt pyproject.toml
	@py=$$(scripts/find-python310) || exit 1; \
	 echo "Using $$py"; \
	 [ -x $(PY) ] || $$py -m venv $(VENV); \
	 echo "Installing pinned dependencies into $(VENV) (first time: a few minutes, about 2.8 GB; Rasa brings TensorFlow)"; \
	 $(PY) -m pip install -q --disable-pip-version-check -r requirements.txt -c constraints.txt && \
	 $(PY) -m pip install -q --disable-pip-version-check --no-deps -e . && \
	 touch $@

venv install: $(STAMP)

$(SPACY): $(STAMP) $(NLP_INPUTS)
	$(PY) -m bot nlp build

nlp: $(SPACY)

$(CATALOGUE_STAMP): $(STAMP) pathways.yml
	$(PY) -m bot pathways load pathways.yml && touch $@

catalogue: $(CATALOGUE_STAMP)

$(MODEL_STAMP): $(STAMP) $(SPACY) $(TRAINING_INPUTS)
	$(PY) -m bot.quiet rasa train --fixed-model-name waymark --out models && touch $@

train: $(MODEL_STAMP)

run: $(STAMP) $(SPACY) $(CATALOGUE_STAMP) $(MODEL_STAMP)
	$(PY) -m bot.supervisor

# Production profile (docs/deploying.md): PostgreSQL and Redis from Debian's packages on loopback
# (installed when missing; they keep running after Ctrl-C until `make stop-prod`), migrations, the
# catalogue, then nginx + Rasa replicas + action servers + gateway under the supervisor.
run-prod: $(STAMP) $(SPACY) $(MODEL_STAMP)
	scripts/prod-services start
	scripts/prod-services catalogue
	$(PY) -m bot.supervisor --production

stop-prod:
	scripts/prod-services stop

# `python -m bot.quiet rasa ...` is Rasa's own CLI with the known third-party warnings filtered.
# rasa shell starts its own Rasa on a second loopback port; it shares the action server and the
# tracker store that `make run` started (var/run/endpoints.yml is written by it).
shell: $(MODEL_STAMP)
	@[ -f var/run/endpoints.yml ] || { echo "Start Waymark first: make run (in another terminal)"; exit 1; }
	$(PY) -m components.shell --model models/waymark.tar.gz --endpoints var/run/endpoints.yml -i 127.0.0.1 -p 5006

test: $(STAMP) $(SPACY) $(MODEL_STAMP)
	scripts/test-all

# What CI runs (.ci/run): the browser and production-profile tests must run, never skip.
test-all:
	.ci/run

# The production profile's figures need the production profile's PostgreSQL and Redis (started here when missing;
# `make stop-prod` stops them). Each script prints its figures; docs/performance.md quotes them.
bench: $(STAMP) $(SPACY) $(CATALOGUE_STAMP) $(MODEL_STAMP)
	$(PY) scripts/bench_match.py
	$(PY) scripts/bench_turns.py
	scripts/prod-services start
	eval "$$(scripts/prod-services env --test)" && \
	  $(PY) scripts/bench_match.py --postgres-admin-url "$$WAYMARK_TEST_POSTGRES_URL" && \
	  $(PY) scripts/bench_stack.py

# The fault drills at full length (10-minute soak at 50 residents, then each fault under load);
# `make test` runs them shortened.
prove: $(STAMP) $(SPACY) $(MODEL_STAMP)
	scripts/prod-services start
	eval "$$(scripts/prod-services env --test)" && $(PY) scripts/prove.py

# The residents' evaluation set (eval/residents/, both parts) against the real assistant, started on free
# loopback ports with a throwaway var dir and stopped afterwards; prints the report (docs/nlu.md).
eval: $(STAMP) $(SPACY) $(MODEL_STAMP)
	$(PY) scripts/eval_residents.py --start --set all

clean:
	rm -rf models var results .pytest_cache

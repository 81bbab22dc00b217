"""Known third-party warnings are filtered at start-up, each by its exact module; ours never are."""

import logging
import os
import subprocess
import sys
import warnings

import pytest

from bot import quiet


@pytest.fixture(autouse=True)
def own_warning_functions(monkeypatch):
    """install() keeps its filters first by wrapping these two; put the originals back afterwards."""
    monkeypatch.setattr(warnings, "filterwarnings", quiet._FILTERWARNINGS)
    monkeypatch.setattr(warnings, "simplefilter", quiet._SIMPLEFILTER)


def shown(module: str, message: str, category=DeprecationWarning) -> bool:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        quiet.install()
        warnings.warn_explicit(message, category, "x.py", 1, module=module)
    return bool(caught)


@pytest.mark.parametrize("known", quiet.KNOWN, ids=lambda k: k.module)
def test_each_known_warning_is_filtered_from_its_own_module_only(known):
    message = known.message + " (as measured)" if known.message else "anything"
    assert not shown(known.module, message, known.category)
    assert shown(known.module + "_elsewhere", message, known.category)  # not a prefix match
    assert shown("bot.pathways.catalogue", message, known.category)


def test_no_filter_names_a_module_of_ours():
    assert not [k.module for k in quiet.KNOWN if k.module.split(".")[0] in quiet.OUR_PACKAGES]


def test_the_same_filters_reach_child_processes_through_pythonwarnings():
    env = {**os.environ, **quiet.environment({})}
    # UserWarnings: shown by default, unlike DeprecationWarnings outside __main__.
    code = ("import warnings\n"
            "warnings.warn_explicit('Slot auto-fill has been removed in 3.0 and replaced', UserWarning, 'a.py', 1,"
            " module='rasa.shared.core.slot_mappings')\n"
            "warnings.warn_explicit('our own warning', UserWarning, 'b.py', 1, module='bot.language.vocab')\n")
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert "Invalid -W option" not in result.stderr
    assert "our own warning" in result.stderr and "auto-fill" not in result.stderr
    assert env["TF_CPP_MIN_LOG_LEVEL"] == "2"


def test_a_persons_own_settings_are_kept_and_win():
    env = quiet.environment({"PYTHONWARNINGS": "error", "TF_CPP_MIN_LOG_LEVEL": "0"})
    assert env["PYTHONWARNINGS"].endswith(",error") and "TF_CPP_MIN_LOG_LEVEL" not in env


def test_filters_stay_in_front_of_what_libraries_add_as_they_load():
    """Sanic adds `once` for every DeprecationWarning when it loads, Rasa's CLI `once` for every
    UserWarning (pyparsing's deprecations are both): ours must still win, and ours alone."""
    from pyparsing.warnings import PyparsingDeprecationWarning

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        quiet.install()
        from warnings import filterwarnings  # as sanic.app imports it

        filterwarnings("once", category=DeprecationWarning)
        warnings.filterwarnings("once", category=UserWarning)
        warnings.simplefilter("default")
        tag = id(caught)
        warnings.warn_explicit(f"'parseString' deprecated {tag}", PyparsingDeprecationWarning, "m.py", 1,
                               module="matplotlib.fontconfig_pattern")
        warnings.warn_explicit(f"distutils Version classes are deprecated. {tag}", DeprecationWarning, "e.py", 39,
                               module="sanic_cors.extension")
        warnings.warn_explicit(f"our own {tag}", UserWarning, "v.py", 1, module="bot.language.vocab")
        ours = [f for f in warnings.filters
                if getattr(f[3], "pattern", "") == r"sanic_cors\.extension\Z"]
        assert len(ours) == 1  # moved to the front each time, not piled up
    assert [str(w.message) for w in caught] == [f"our own {tag}"]

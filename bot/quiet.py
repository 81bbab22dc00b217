"""Known third-party warnings, filtered at start-up so a person sees Waymark's own output.

Each filter names the exact module the warning is attributed to, so nothing raised in `bot`,
`actions` or `components` (or any module not listed) is ever hidden. Measured with Rasa 3.6.21's
pinned dependencies: `rasa shell` printed 17 of these before "Bot loaded" (0 through `python -m
bot.quiet rasa shell`); importing Rasa, loading the model and importing the action server, 20 (0 with
`install()`). None is something we can act on.

- in our processes: `install()` (components.server, actions.server, `python -m bot.quiet rasa ...`);
- in processes we start: `environment()` (PYTHONWARNINGS, read by Python before any import).

Libraries put their own filters in front of ours as they load (Sanic: `once` for every
DeprecationWarning when sanic.app is imported; Rasa's CLI: `once` for every UserWarning), which would
let these through again. So `install()` also makes `warnings.filterwarnings` and `simplefilter` put ours
back in front after any such call: a filter of theirs never outranks one of these named exceptions.
"""

from __future__ import annotations

import os
import sys
import warnings
from dataclasses import dataclass
from typing import Dict, Mapping, Optional, Sequence, Type


@dataclass(frozen=True)
class Known:
    module: str  # exactly as Python attributes the warning (the caller's __name__)
    category: Type[Warning]
    message: str = ""  # the start of the message; empty: any message from that module and category
    why: str = ""


KNOWN: Sequence[Known] = (
    Known("pkg_resources", DeprecationWarning, "Deprecated call to `pkg_resources.declare_namespace",
          "ruamel and mpl_toolkits still declare namespaces the old way"),
    Known("apscheduler", DeprecationWarning, "pkg_resources is deprecated", "APScheduler 3.x (Rasa's pin)"),
    Known("rasa.shared.utils.validation", DeprecationWarning, "pkg_resources is deprecated",
          "Rasa 3.6 reads its schema files through pkg_resources (rasa data validate, training)"),
    Known("sanic_cors.extension", DeprecationWarning, "distutils Version classes are deprecated"),
    Known("tensorflow.lite.python.util", DeprecationWarning, "jax.xla_computation is deprecated"),
    Known("typer", DeprecationWarning, "'click.utils.", "typer 0.x with Click 8.2"),
    Known("typer.completion", DeprecationWarning, "'BaseCommand' is deprecated"),
    Known("spacy.cli._util", DeprecationWarning, "Importing 'parser.split_arg_string' is deprecated"),
    Known("matplotlib.fontconfig_pattern", DeprecationWarning, "", "pyparsing 3 renames (matplotlib 3.5)"),
    Known("packaging.markers", DeprecationWarning, "", "pyparsing 3 renames (packaging 20)"),
    Known("packaging.requirements", DeprecationWarning, "", "pyparsing 3 renames (packaging 20)"),
    Known("rasa.core.tracker_store", DeprecationWarning, "Deprecated API features detected",
          "Rasa's SQL tracker store uses SQLAlchemy 1.4's legacy API"),
    Known("rasa.shared.core.slot_mappings", UserWarning, "Slot auto-fill has been removed in 3.0",
          "raised on every domain load whatever the domain says"),
    Known("importlib._bootstrap", DeprecationWarning, "the load_module() method is deprecated",
          "a third-party import hook; nothing of ours calls load_module"),
)

OUR_PACKAGES = ("bot", "actions", "components")


_FILTERWARNINGS = warnings.filterwarnings
_SIMPLEFILTER = warnings.simplefilter


def install(known: Sequence[Known] = KNOWN) -> None:
    """Add the filters to this process, in front, and keep them there (see the module's docstring)."""
    _add(known)
    if getattr(warnings.filterwarnings, "waymark_quiet", False):
        return

    def filterwarnings(*args, **kwargs):
        _FILTERWARNINGS(*args, **kwargs)
        _add(known)

    def simplefilter(*args, **kwargs):
        _SIMPLEFILTER(*args, **kwargs)
        _add(known)

    filterwarnings.waymark_quiet = simplefilter.waymark_quiet = True  # type: ignore[attr-defined]
    warnings.filterwarnings, warnings.simplefilter = filterwarnings, simplefilter


def _add(known: Sequence[Known]) -> None:
    for item in reversed(known):  # each goes in front; an existing copy is moved, not duplicated
        _FILTERWARNINGS("ignore", message=_prefix(item.message), category=item.category,
                        module=_exactly(item.module))


def environment(env: Optional[Mapping[str, str]] = None, known: Sequence[Known] = KNOWN) -> Dict[str, str]:
    """Variables for a child process: the same filters as PYTHONWARNINGS (after any the person set)
    and TensorFlow's C++ start-up notices off unless TF_CPP_MIN_LOG_LEVEL is set."""
    env = os.environ if env is None else env
    ours = ",".join(pythonwarnings_entry(item) for item in known)
    given = env.get("PYTHONWARNINGS", "")
    # PYTHONWARNINGS: later entries win, so what the person set comes last.
    out = {"PYTHONWARNINGS": ours + ("," + given if given else "")}
    if "TF_CPP_MIN_LOG_LEVEL" not in env:
        out["TF_CPP_MIN_LOG_LEVEL"] = "2"
    return out


def pythonwarnings_entry(item: Known) -> str:
    """`action:message:category:module`; Python matches the message as a prefix and the module
    exactly. A message cannot carry a ':' or ',' here, so it is cut before one."""
    message = item.message.split(":", 1)[0].split(",", 1)[0]
    return f"ignore:{message}:{item.category.__name__}:{item.module}"


def run_rasa(argv: Sequence[str]) -> int:
    """Rasa's own CLI (`rasa shell`, `rasa train`...) with the filters installed first."""
    install()
    from rasa.__main__ import main as rasa_main

    sys.argv = ["rasa", *argv]
    try:
        rasa_main()
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
    return 0


def _prefix(message: str) -> str:
    import re

    return re.escape(message)


def _exactly(module: str) -> str:
    import re

    return re.escape(module) + r"\Z"


if __name__ == "__main__":
    if sys.argv[1:2] == ["rasa"]:
        raise SystemExit(run_rasa(sys.argv[2:]))
    # `python -m bot.quiet`: the PYTHONWARNINGS value, for shells and Makefiles.
    print(environment()["PYTHONWARNINGS"])

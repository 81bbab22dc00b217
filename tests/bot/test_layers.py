"""The domain stands below the faces, and its modules do not go round in circles.

No module in bot/ (outside the faces bot/gateway/ and bot/console/) imports a face, at the top or inside
a function, so the rules can be run and tested without a web server; and no import cycle joins the
domain's modules, lazy imports included."""

import ast
from pathlib import Path

import bot

BOT = Path(bot.__file__).parent
FACES = ("gateway", "console")
NOT_DOMAIN = FACES + ("migrations",)
# A composition root builds the faces' parts (lazily) and hands them to the domain; it is not the domain.
# These are the command-line entry points: each builds the process's one Twilio sender
# (bot.gateway.notifier.build_outbound) for the jobs and commands that text residents.
ROOTS = {"bot.__main__", "bot.jobs", "bot.ops.admin_cli", "bot.pathways.pathways_cli"}


def domain_modules(folder: Path, package: str = "bot") -> dict:
    """dotted name -> source, for every domain module under `folder` (the faces and migrations left out)."""
    out = {}
    for path in sorted(folder.rglob("*.py")):
        parts = path.relative_to(folder).with_suffix("").parts
        if parts[0] in NOT_DOMAIN:
            continue
        name = ".".join((package,) + (parts[:-1] if parts[-1] == "__init__" else parts))
        out[name] = path.read_text(encoding="utf-8")
    return out


def imports(source: str) -> set:
    """Every dotted name a file imports, wherever the statement is; `from a import b` gives a and a.b."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def is_face(name: str) -> bool:
    return any(name == f"bot.{face}" or name.startswith(f"bot.{face}.") for face in FACES)


def face_imports(source: str) -> set:
    """The face modules a file imports; `from bot import gateway` counts as importing bot.gateway."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if is_face(alias.name))
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if is_face(node.module):
                found.add(node.module)
            else:
                found.update(f"{node.module}.{a.name}" for a in node.names if is_face(f"{node.module}.{a.name}"))
    return found


def face_arrows(folder: Path) -> set:
    return {(module, name) for module, source in domain_modules(folder).items() if module not in ROOTS
            for name in face_imports(source)}


def test_no_domain_module_imports_a_web_face():
    assert sorted(face_arrows(BOT)) == []


def test_the_command_line_roots_reach_the_faces_only_to_build_a_sender_or_run_the_local_sms():
    """A root that starts using the faces for anything else is doing the domain's work in the wrong place."""
    allowed = {"bot.gateway.notifier", "bot.gateway.local_sms", "bot.gateway"}
    used = {name for module, source in domain_modules(BOT).items() if module in ROOTS
            for name in face_imports(source)}
    assert used and used <= allowed


def test_an_import_inside_a_function_is_still_an_arrow(tmp_path):
    # (made-up module names, so that no rename of bot's real modules rewrites them)
    (tmp_path / "alpha.py").write_text("def f():\n    from bot.gateway.wording import NOT_RECEIVED\n")
    (tmp_path / "beta.py").write_text("from bot import console\n")
    (tmp_path / "__main__.py").write_text("import bot.gateway.app\n")
    assert sorted(face_arrows(tmp_path)) == [("bot.alpha", "bot.gateway.wording"), ("bot.beta", "bot.console")]


def domain_graph(folder: Path) -> dict:
    """module -> the domain modules it imports (anywhere in the file)."""
    modules = domain_modules(folder)
    return {name: {n for n in imports(source) if n in modules and n != name and not name.startswith(n + ".")}
            for name, source in modules.items()}


def a_cycle(graph: dict) -> list:
    """One import cycle (as a list of modules), or [] when there is none."""
    state = {}

    def visit(node, path):
        state[node] = "open"
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == "open":
                return path[path.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt, path + [nxt])
                if found:
                    return found
        state[node] = "done"
        return []

    for start in sorted(graph):
        if start not in state:
            found = visit(start, [start])
            if found:
                return found
    return []


def test_no_two_domain_modules_import_each_other_even_through_others():
    assert a_cycle(domain_graph(BOT)) == []


def test_a_cycle_through_a_lazy_import_is_found(tmp_path):
    (tmp_path / "alpha.py").write_text("def main():\n    from bot import beta\n")
    (tmp_path / "beta.py").write_text("from bot.gamma import Stack\nfrom bot.alpha import keep\n")
    (tmp_path / "gamma.py").write_text("import os\n")
    assert a_cycle(domain_graph(tmp_path)) == ["bot.alpha", "bot.beta", "bot.alpha"]

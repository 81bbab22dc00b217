"""The domain stands below the faces: no module in bot/ imports the gateway or the console (at the
top or inside a function), so the rules can be run and tested without a web server."""

import ast
from pathlib import Path

import bot

BOT = Path(bot.__file__).parent
FACES = ("bot.gateway", "bot.console")
# A composition root may build the faces (lazily); it is not the domain.
ROOTS = {"__main__.py"}
# Known arrows still to be turned round, each with who owns it. Remove an entry when its arrow goes.
PENDING = {
    # The default Twilio notifier when no `send` is given: the outbound work turns it into a parameter.
    ("notify.py", "bot.gateway.messaging"), ("notify.py", "bot.gateway.rasa_client"),
    ("notify.py", "bot.gateway.ratelimit"), ("notify.py", "bot.gateway.twilio"),
}


def is_face(name: str) -> bool:
    return any(name == face or name.startswith(face + ".") for face in FACES)


def face_imports(source: str) -> set:
    """Every face module a file imports, wherever the import statement is; `from bot import gateway`
    counts as importing bot.gateway."""
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


def face_arrows(folder: Path) -> list:
    return [(path.name, name) for path in sorted(folder.glob("*.py")) if path.name not in ROOTS
            for name in face_imports(path.read_text(encoding="utf-8"))]


def test_no_domain_module_imports_a_web_face():
    assert sorted(set(face_arrows(BOT)) - PENDING) == []


def test_the_pending_list_names_only_arrows_that_still_exist():
    assert PENDING <= set(face_arrows(BOT))


def test_an_import_inside_a_function_is_still_an_arrow(tmp_path):
    (tmp_path / "rules.py").write_text("def f():\n    from bot.gateway.store import Store\n")
    (tmp_path / "words.py").write_text("from bot import console\n")
    (tmp_path / "__main__.py").write_text("import bot.gateway.app\n")
    assert sorted(face_arrows(tmp_path)) == [("rules.py", "bot.gateway.store"), ("words.py", "bot.console")]


def bot_imports(folder: Path, package: str = "bot") -> dict:
    """module -> the sibling modules it imports (anywhere in the file)."""
    names = {path.stem for path in folder.glob("*.py")}
    graph = {}
    for path in folder.glob("*.py"):
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module)
                found.update(f"{node.module}.{alias.name}" for alias in node.names)
        graph[path.stem] = {name.split(".")[1] for name in found if name.startswith(package + ".")
                            and name.count(".") == 1 and name.split(".")[1] in names} - {path.stem}
    return graph


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
    assert a_cycle(bot_imports(BOT)) == []


def test_a_cycle_through_a_lazy_import_is_found(tmp_path):
    (tmp_path / "supervisor.py").write_text("def main():\n    from bot import production\n")
    (tmp_path / "production.py").write_text("from bot.processes import Stack\nfrom bot.supervisor import keep\n")
    (tmp_path / "processes.py").write_text("import os\n")
    assert a_cycle(bot_imports(tmp_path)) == ["production", "supervisor", "production"]

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

"""`make test` ends by naming every test it did not run, why, and the one command that runs them."""

import subprocess
import sys

from bot.settings import ROOT


def test_the_log_ends_with_what_was_skipped_and_how_to_run_it(tmp_path):
    (tmp_path / "test_somewhere.py").write_text(
        "import pytest\n"
        "def test_ran():\n    pass\n"
        "def test_browser():\n    pytest.skip('Chromium is not installed at /usr/bin/chromium')\n"
        "def test_other_browser():\n    pytest.skip('Chromium is not installed at /usr/bin/chromium')\n")
    subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--junitxml=out.xml",
                    "test_somewhere.py"], cwd=tmp_path, capture_output=True, timeout=120)
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "skip-summary"), str(tmp_path / "out.xml")],
                         capture_output=True, text=True, timeout=60).stdout
    lines = out.splitlines()
    assert lines[0] == "== NOT RUN: 2 tests skipped"
    assert lines[1] == "   test_somewhere.py: 2 (Chromium is not installed at /usr/bin/chromium)"
    assert lines[-1].startswith("   To run them all: make test-all")


def test_nothing_skipped_is_said_too(tmp_path):
    (tmp_path / "test_all.py").write_text("def test_ran():\n    pass\n")
    subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--junitxml=out.xml",
                    "test_all.py"], cwd=tmp_path, capture_output=True, timeout=120)
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "skip-summary"), str(tmp_path / "out.xml")],
                         capture_output=True, text=True, timeout=60).stdout
    assert out.strip() == "== every test ran (none skipped)"

"""Snippets are code that learners copy: they, and the rest of the repository, are clean under ruff."""

import subprocess
import sys

from conftest import ROOT


def _ruff(*args):
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args, "--no-cache", "."], cwd=ROOT, capture_output=True, text=True
    )


def test_ruff_check_finds_nothing():
    result = _ruff("check", "--output-format=concise")
    assert result.returncode == 0, (
        f"ruff found problems (try: python -m ruff check --fix .):\n{result.stdout}"
    )


def test_code_is_formatted():
    result = _ruff("format", "--check")
    assert result.returncode == 0, f"run: python -m ruff format .\n{result.stdout}"

"""Shared fixtures: the repository on sys.path, and one build of the site for all tests."""

import logging
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "hooks")]

import snippets  # noqa: E402,F401  (quiet, repeatable environment for everything below)


class _Collect(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages = []

    def emit(self, record):
        self.messages.append(f"{record.levelname}: {record.getMessage()}")


def build_site(site_dir: Path, config_file: Path = ROOT / "mkdocs.yml", **overrides) -> list[str]:
    """Build the site in this process, strict; return the warnings (raises on errors)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    collect = _Collect()
    logging.getLogger("mkdocs").addHandler(collect)
    try:
        config = load_config(str(config_file), strict=True, site_dir=str(site_dir), **overrides)
        config.plugins.on_startup(command="build", dirty=False)
        try:
            build(config)
        finally:
            config.plugins.on_shutdown()
    except Exception as exc:
        details = "\n".join(collect.messages) or str(exc)
        raise AssertionError(f"mkdocs build --strict failed:\n{details}\n{exc}") from None
    finally:
        logging.getLogger("mkdocs").removeHandler(collect)
    return collect.messages


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The site, built once per test session (after the notebooks, whose runs it reuses)."""
    site_dir = tmp_path_factory.mktemp("site")
    build_site(site_dir)
    return site_dir

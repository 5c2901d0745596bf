"""Shared fixtures: the repository on sys.path, and one build of the site for all tests."""

import logging
import os
import shutil
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


# --- The site in a real browser (tests/test_browser.py, tests/test_accessibility.py) ---------

SITE_PREFIX = "/keras-concepts/"  # as on GitHub Pages: a project site lives under a path
BROWSER_ARGS = [
    "--no-sandbox",  # CI runs as root
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE = ROOT / "tools" / "node_modules" / "axe-core" / "axe.min.js"


def _unavailable(reason: str):
    """Skip a browser test on a machine without a browser; fail under CI, where one is installed."""
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"CI=true but {reason}. .ci/run installs chromium and dev.py runs `npm ci` in tools/.")
    pytest.skip(reason)


def _chromium_candidates() -> list[str | None]:
    found = [os.environ.get("CHROMIUM")]
    found += [shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome", "chrome")]
    return [path for path in dict.fromkeys(found) if path] + [None]  # None: Playwright's own download


@pytest.fixture(scope="session")
def served_site(site) -> str:
    """The built site on 127.0.0.1, gzipped, under the same path prefix as on GitHub Pages."""
    from tools.serve_static import Server

    with Server(site, SITE_PREFIX) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole session: the system's, or Playwright's own."""
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        _unavailable("Python playwright is not installed (it is in requirements.txt)")
    with sync_playwright() as playwright:
        problems = []
        for path in _chromium_candidates():
            try:
                browser = playwright.chromium.launch(executable_path=path, args=BROWSER_ARGS)
                break
            except Error as exc:
                problems.append(f"{path or 'playwright chromium'}: {str(exc).splitlines()[0]}")
        else:
            _unavailable(
                "no Chromium found (install the `chromium` package, or run `playwright install "
                "chromium`): " + "; ".join(problems)
            )
        yield browser
        browser.close()


class Visit:
    """A browser tab that lets through only requests to the local server and records what
    went wrong: requests to other hosts, console errors, uncaught exceptions."""

    def __init__(self, browser, base_url: str, **context_options):
        self.base_url = base_url
        self.origin = "/".join(base_url.split("/")[:3])
        self.blocked: list[str] = []
        self.requested: list[str] = []
        self.errors: list[str] = []
        self.context = browser.new_context(**context_options)
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda exc: self.errors.append(f"uncaught: {exc}"))

    def _route(self, route):
        url = route.request.url
        self.requested.append(url)
        if url.startswith(self.origin + "/") or url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort("blockedbyclient")

    def _console(self, message):
        if message.type == "error":
            self.errors.append(f"console: {message.text} ({message.location.get('url', '')})")

    def open(self, path: str):
        self.page.goto(self.base_url + path, wait_until="load")
        return self.page

    def assert_clean(self):
        assert not self.blocked, f"requests to other hosts: {self.blocked}"
        assert not self.errors, "\n".join(self.errors)

    def close(self):
        self.context.close()


@pytest.fixture
def visit(browser, served_site):
    """visit.open("concepts/tensors/") opens a page of the served site in a fresh tab."""
    tab = Visit(browser, served_site)
    yield tab
    tab.close()


def pytest_collection_finish(session):
    """Start the JAX and PyTorch snippet processes now, so that they run beside the other tests."""
    for item in session.items:
        if getattr(item, "originalname", None) == "test_snippet_on_another_backend":
            item.module.start(session.items)
            break

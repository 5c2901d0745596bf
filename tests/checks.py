"""Checks over the page sources and the built site; each returns a list of problems,
worded for the contributor who has to fix them."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

# Shell sessions may be typed into a page; code and output come from snippets/.
SHELL_LANGUAGES = {"bash", "sh", "shell", "console", "powershell", "pwsh", "bat", "cmd"}
_FENCE = re.compile(r"^\s*(`{3,}|~{3,})\s*\{?\s*\.?([\w+-]*)")


def hand_typed_blocks(docs_dir: Path) -> list[str]:
    problems = []
    for page in sorted(docs_dir.rglob("*.md")):
        fence = None
        for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), start=1):
            if fence:
                if line.strip().startswith(fence):
                    fence = None
                continue
            match = _FENCE.match(line)
            if not match:
                continue
            fence, language = match.group(1), match.group(2).lower()
            if language != "snippet" and language not in SHELL_LANGUAGES:
                where = page.relative_to(docs_dir.parent).as_posix()
                problems.append(
                    f"{where}:{number}: a ```{language or '(no language)'} block typed into the "
                    "page. Code and output shown on the site must come from snippets/: move the "
                    "code to snippets/<topic>/<name>.py, record it with 'python -m snippets update "
                    "<topic>/<name>' and include it with a ```snippet block (see CONTRIBUTING.md)"
                )
    return problems


class _Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[str, str]] = []  # (tag, url)
        self.loads: list[tuple[str, str]] = []  # resources the browser fetches by itself

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for key in ("id", "name"):
            if attrs.get(key):
                self.ids.add(attrs[key])
        if tag == "a" and attrs.get("href"):
            self.links.append((tag, attrs["href"]))
        for key in ("src", "href", "poster", "data"):
            url = attrs.get(key)
            if not url or (tag == "a") or (tag == "link" and not _fetched(attrs)):
                continue
            self.links.append((tag, url))
            self.loads.append((tag, url))


def _fetched(link_attrs: dict) -> bool:
    rel = (link_attrs.get("rel") or "").lower()
    return any(word in rel for word in ("stylesheet", "icon", "preload", "modulepreload", "manifest"))


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8", errors="replace"))
    return page


def _resolve(site_dir: Path, page: Path, path: str, base_path: str) -> Path:
    if path.startswith("/"):
        target = site_dir / unquote(path).removeprefix(base_path).lstrip("/")
    else:
        target = page.parent / unquote(path)
    if path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target


def broken_links(site_dir: Path, site_url: str = "") -> list[str]:
    """Every internal link, image, script and #anchor of the built site must resolve."""
    base_path = urlsplit(site_url).path.rstrip("/")
    pages = {path: _parse(path) for path in sorted(site_dir.rglob("*.html"))}
    problems = []
    for path, page in pages.items():
        where = path.relative_to(site_dir).as_posix()
        for tag, url in page.links:
            parts = urlsplit(url)
            if parts.scheme or parts.netloc or url.startswith(("mailto:", "javascript:", "data:")):
                continue
            target = _resolve(site_dir, path, parts.path, base_path) if parts.path else path
            if not target.exists():
                problems.append(f"{where}: <{tag}> points to {url}, which is not in the site")
                continue
            if parts.fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else _parse(target).ids
                if unquote(parts.fragment) not in ids:
                    problems.append(
                        f"{where}: link {url} names the anchor #{parts.fragment}, which "
                        f"{target.relative_to(site_dir).as_posix()} does not have"
                    )
    return problems


def third_party_requests(site_dir: Path) -> list[str]:
    """Pages must load nothing (scripts, styles, fonts, images) from another host."""
    problems = []
    for path in sorted(site_dir.rglob("*.html")):
        for tag, url in _parse(path).loads:
            if urlsplit(url).scheme in ("http", "https") or url.startswith("//"):
                problems.append(f"{path.relative_to(site_dir).as_posix()}: <{tag}> loads {url}")
    for path in sorted(site_dir.rglob("*.css")):
        if re.search(r"url\(\s*['\"]?(https?:)?//", path.read_text(errors="replace")):
            problems.append(f"{path.relative_to(site_dir).as_posix()}: CSS loads from another host")
    return problems

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


def _fences(page: Path) -> list[tuple[int, str, str]]:
    """The fenced blocks of a Markdown page: (line number, language, content)."""
    blocks: list[tuple[int, str, str]] = []
    open_block = None  # (fence, line number, language, lines so far)
    for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), start=1):
        if open_block:
            fence, start, language, body = open_block
            if line.strip().startswith(fence):
                blocks.append((start, language, "\n".join(body)))
                open_block = None
            else:
                body.append(line)
        elif match := _FENCE.match(line):
            open_block = (match.group(1), number, match.group(2).lower(), [])
    return blocks


def hand_typed_blocks(docs_dir: Path) -> list[str]:
    problems = []
    for page in sorted(docs_dir.rglob("*.md")):
        for number, language, _ in _fences(page):
            if language not in ("snippet", "exercise") and language not in SHELL_LANGUAGES:
                where = page.relative_to(docs_dir.parent).as_posix()
                problems.append(
                    f"{where}:{number}: a ```{language or '(no language)'} block typed into the "
                    "page. Code and output shown on the site must come from snippets/: move the "
                    "code to snippets/<topic>/<name>.py, record it with 'python -m snippets update "
                    "<topic>/<name>' and include it with a ```snippet block (see CONTRIBUTING.md)"
                )
    return problems


EXERCISES_PER_PAGE = 3


def missing_exercises(docs_dir: Path) -> list[str]:
    """Every concept page ends with "predict the output" exercises (its translation has the
    same ones: tools/translations.py compares them)."""
    problems = []
    for page in sorted((docs_dir / "concepts").glob("*.md")):
        if page.name.endswith(".zh.md"):
            continue
        count = sum(1 for _, language, _ in _fences(page) if language == "exercise")
        if count < EXERCISES_PER_PAGE:
            where = page.relative_to(docs_dir.parent).as_posix()
            problems.append(
                f"{where}: a concept page ends with at least {EXERCISES_PER_PAGE} 'predict the output' "
                f"exercises, in a section '## Predict the output {{ #predict-the-output }}'; it has "
                f"{count}. Write each as an ```exercise block: a snippet's name, then the answer "
                "explained in two sentences (see CONTRIBUTING.md, 'Add a concept page')"
            )
    return problems


class _Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[str, str]] = []  # (tag, url)
        self.empty: list[str] = []  # tags with src="", which fetch the page itself

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for key in ("id", "name"):
            if attrs.get(key):
                self.ids.add(attrs[key])
        for key in ("src", "href", "poster", "data"):
            url = attrs.get(key)
            if url and not (tag == "link" and not _fetched(attrs)):
                self.links.append((tag, url))
        if attrs.get("src") == "":
            self.empty.append(tag)


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
    site = urlsplit(site_url)
    base_path = site.path.rstrip("/")
    pages = {path: _parse(path) for path in sorted(site_dir.rglob("*.html"))}
    problems = []
    for path, page in pages.items():
        where = path.relative_to(site_dir).as_posix()
        problems += [f'{where}: <{tag} src=""> fetches the page itself; remove it' for tag in page.empty]
        for tag, url in page.links:
            parts = urlsplit(url)
            if url.startswith(("mailto:", "javascript:", "data:")):
                continue
            own = parts.netloc and parts.netloc == site.netloc and parts.path.startswith(base_path + "/")
            if (not parts.netloc or own) and "//" in parts.path:
                # A host may or may not serve /a//b as /a/b; the link is wrong either way.
                problems.append(
                    f"{where}: <{tag}> points to {url}, whose path has a double slash; write it "
                    "with one (in a template, look at how the parts are joined: {{ base_url }} "
                    "may end with a slash already)"
                )
                continue
            if parts.scheme or parts.netloc:
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


# ---- links that leave the Chinese edition ---------------------------------------------------


class _Links(HTMLParser):
    """Every URL of a page (any tag), and whether the tag says it goes to another language."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str, bool]] = []  # (tag, url, has hreflang)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for key in ("src", "href", "poster", "data", "action"):
            if attrs.get(key):
                self.links.append((tag, attrs[key], bool(attrs.get("hreflang"))))
        for candidate in (attrs.get("srcset") or "").split(","):
            if candidate.split():
                self.links.append((tag, candidate.split()[0], False))


def links_leaving_edition(
    site_dir: Path, docs_dir: Path, site_url: str = "", edition: str = "zh"
) -> list[str]:
    """A page of the Chinese edition (site/zh/) links and loads only pages and files under zh/.

    Links that say they go to another language (hreflang: the language menu, the notice on a
    translation marked behind) are the only ones allowed to leave it."""
    site = urlsplit(site_url)
    base_path = site.path.rstrip("/")
    site_dir = site_dir.resolve()
    root = site_dir / edition
    problems = []
    for path in sorted(root.rglob("*.html")):
        page = path.relative_to(site_dir).as_posix()
        parser = _Links()
        parser.feed(path.read_text(encoding="utf-8", errors="replace"))
        for tag, url, other_language in parser.links:
            parts = urlsplit(url)
            own = parts.netloc == site.netloc and parts.path.startswith(base_path + "/")
            if (
                other_language
                or parts.scheme in ("mailto", "javascript", "data")
                or (parts.netloc and not own)
            ):
                continue
            if not parts.path:
                continue  # #anchor: this page
            target = _resolve(site_dir, path, parts.path, base_path).resolve()
            if target.is_relative_to(root):
                continue
            source = _source_of(page, docs_dir)
            where = source.relative_to(docs_dir.parent).as_posix() if source else page
            problems.append(
                f"{where}: <{tag}> points to {url}, in the English edition (in the built {page}). "
                "Write the link as the English page does, to the Markdown file (models.md) or a "
                "file in docs/: the Chinese edition then links its own page"
            )
    return problems


# ---- requests to other hosts ----------------------------------------------------------------

# A URL that a script or style sheet can fetch: a string literal that is a URL ("https://…",
# '//host/…', `https://…${x}`), or a CSS url(…). A URL inside a comment or a sentence (license
# headers, "See https://…" in an error message) is not fetched, and is not matched.
_FETCHABLE = re.compile(r"""(?:["'`]|url\(\s*["']?)((?:https?:)?//[^\s"'`)]+)""", re.I)
_ANY_URL = re.compile(r"(?:https?:)?//[\w.-]+\.[a-z]{2,}[^\s\"'`)]*", re.I)
# Namespace names are identifiers that look like URLs; nothing fetches them.
_NAMESPACES = ("http://www.w3.org/",)
_NAMESPACE_ATTRIBUTES = ("xmlns", "rdf:resource", "rdf:about")  # SVG's own and its RDF metadata
# URLs in Material's bundle that are fetched only under a condition this site never meets.
# Each condition is checked in the built pages (_CONDITION_MET), so that the day one is met
# the test fails; the bundle itself is not ours to change.
_CONDITIONAL = {
    # only in a browser without ResizeObserver (every browser since 2020)
    "polyfill": re.compile(r"https://unpkg\.com/resize-observer-polyfill"),
    # only on a page with a Mermaid diagram, <pre class="mermaid">
    "mermaid": re.compile(r"https://unpkg\.com/mermaid@"),
    # only for the repository facts (stars, forks) of Material's data-md-component="source",
    # which overrides/partials/source.html leaves out: GitHub's API, or a GitLab host's
    "source": re.compile(r"https://(api\.github\.com/|\$\{\w+\}/api/v4/)"),
}
_CONDITION_MET = {
    "mermaid": (
        re.compile(r"<pre\b[^>]*\bclass=\"[^\"]*\bmermaid\b"),
        "has a Mermaid diagram, for which Material loads mermaid from unpkg.com; draw it "
        "as a figure in a snippet instead",
    ),
    "source": (
        re.compile(r"data-md-component=\"source\""),
        "shows Material's repository facts (data-md-component=source), which Material fetches "
        "from api.github.com; keep overrides/partials/source.html",
    ),
}
# The host part of a URL: a name with a dot in it, or one computed at run time (${host}).
_HOST = re.compile(r"(?:https?:)?//(?:[a-z0-9-]+(?:\.[a-z0-9-]+)+|\$\{)", re.I)


def _other_host(url: str, own: tuple[str, ...]) -> bool:
    return bool(_HOST.match(url)) and not url.startswith(own + _NAMESPACES)


class _Loads(HTMLParser):
    """What a page can fetch by itself: attributes other than a link to click, inline
    scripts and styles. Text a reader reads, and the href of <a>, load nothing."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str]] = []  # (where in the page, url)
        self.raw: str | None = None  # the tag whose text is script or style

    def handle_starttag(self, tag, attrs):
        attrs_dict = dict(attrs)
        for name, value in attrs:
            if not value or name.startswith(_NAMESPACE_ATTRIBUTES):
                continue
            if name == "href" and (tag in ("a", "area") or (tag == "link" and not _fetched(attrs_dict))):
                continue
            for url in _ANY_URL.findall(value):
                self.found.append((f"<{tag} {name}>", url))
        self.raw = tag if tag in ("script", "style") else None

    def handle_endtag(self, tag):
        self.raw = None

    def handle_data(self, data):
        if self.raw:
            self.found += [(f"an inline <{self.raw}>", url) for url in _FETCHABLE.findall(data)]


def third_party_requests(site_dir: Path, site_url: str = "", repo_url: str = "") -> list[str]:
    """Nothing in the site may fetch anything (a script, a style, a font, an image, a module)
    from another host: not in HTML attributes, inline scripts and styles, nor JS, CSS or SVG files."""
    own = tuple(url.split("://", 1)[-1] for url in (site_url, repo_url) if url)
    own = tuple(p for url in own for p in ("https://" + url, "http://" + url, "//" + url))
    problems, conditional = [], {}
    for path in sorted(site_dir.rglob("*")):
        where = path.relative_to(site_dir).as_posix()
        if path.suffix in (".html", ".svg"):
            text = path.read_text(encoding="utf-8", errors="replace")
            parser = _Loads()
            parser.feed(text)
            found = parser.found
            for name, (pattern, what) in _CONDITION_MET.items():
                if path.suffix == ".html" and pattern.search(text):
                    conditional.setdefault(name, []).append(f"{where}: the page {what}")
        elif path.suffix in (".js", ".mjs", ".css"):
            text = path.read_text(encoding="utf-8", errors="replace")
            found = [("", url) for url in _FETCHABLE.findall(text)]
        else:
            continue
        for place, url in found:
            if not _other_host(url, own):
                continue
            if path.match("assets/javascripts/bundle.*.js") and any(
                pattern.match(url) for pattern in _CONDITIONAL.values()
            ):
                continue  # its condition is checked above
            problems.append(
                f"{where}: {place + ' ' if place else ''}loads {url}, from another host. Put the file "
                "in the site instead (docs/ or overrides/), or remove what loads it"
            )
    return problems + [problem for found in conditional.values() for problem in found]


# ---- code blocks in the built site ----------------------------------------------------------

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
# Where a <pre> may stand: a snippet block (hooks/snippet_blocks.py wraps each in
# <div class="snippet">) or a notebook's code cell (its source and the outputs of its run).
_FROM_A_RUN = {"snippet", "jp-CodeCell"}


class _CodeBlocks(HTMLParser):
    """Every <pre> of a page: its language and first line, and whether a run produced it."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, set[str]]] = []
        self.blocks: list[dict] = []
        self.pre = 0

    def handle_starttag(self, tag, attrs):
        if tag in _VOID:
            return
        classes = set((dict(attrs).get("class") or "").split())
        if tag == "pre" and not self.pre:
            inside = {c for _, cs in self.stack for c in cs} | classes
            languages = [c.removeprefix("language-") for c in inside if c.startswith("language-")]
            self.blocks.append(
                {"ran": bool(inside & _FROM_A_RUN), "language": (languages or [""])[0], "text": ""}
            )
        if tag == "code" and self.pre and not self.blocks[-1]["language"]:
            languages = [c.removeprefix("language-") for c in classes if c.startswith("language-")]
            self.blocks[-1]["language"] = (languages or [""])[0]
        self.pre += tag == "pre"
        self.stack.append((tag, classes))

    def handle_endtag(self, tag):
        if not any(name == tag for name, _ in self.stack):
            return
        while self.stack:
            name, _ = self.stack.pop()
            self.pre -= name == "pre"
            if name == tag:
                break

    def handle_data(self, data):
        if self.pre:
            self.blocks[-1]["text"] += data


def _source_of(page: str, docs_dir: Path) -> Path | None:
    """The docs/ file a built page was made from (zh/X: the translation X.zh.md or X.zh.py)."""
    lang = ".zh" if page.startswith("zh/") else ""
    page = page.removeprefix("zh/") if lang else page
    stem = page.removesuffix("index.html").rstrip("/") or "index"
    for candidate in (f"{stem}.md", f"{stem}/index.md", f"{stem}.py", page.replace(".html", ".md")):
        candidate = candidate[: -len(Path(candidate).suffix)] + lang + Path(candidate).suffix
        if (docs_dir / candidate).is_file():
            return docs_dir / candidate
    return None


def _words(text: str) -> str:
    return " ".join(text.split())


def code_not_from_a_run(site_dir: Path, docs_dir: Path) -> list[str]:
    """Every code block of the built site, however the Markdown wrote it (a fence, an indented
    block, raw <pre>), must come from a snippet or a notebook cell, or be a shell session
    written as a shell fence (```bash, ```console, ...) in the page's source."""
    problems = []
    for path in sorted(site_dir.rglob("*.html")):
        page = path.relative_to(site_dir).as_posix()
        source = _source_of(page, docs_dir)
        shell = set()
        if source and source.suffix == ".md":
            shell = {_words(body) for _, language, body in _fences(source) if language in SHELL_LANGUAGES}
        parser = _CodeBlocks()
        parser.feed(path.read_text(encoding="utf-8", errors="replace"))
        for block in parser.blocks:
            if block["ran"] or block["language"].lower() in SHELL_LANGUAGES or _words(block["text"]) in shell:
                continue
            first = next((line.strip() for line in block["text"].splitlines() if line.strip()), "")
            where = source.relative_to(docs_dir.parent).as_posix() if source else page
            problems.append(
                f"{where}: a code block typed into the page, starting {first[:60]!r} (in the built "
                f"{page}). Code and output shown on the site must come from snippets/: move the "
                "code to snippets/<topic>/<name>.py, record it with 'python -m snippets update "
                "<topic>/<name>' and include it with a ```snippet block (see CONTRIBUTING.md); "
                "a shell command may be a ```bash or ```console block"
            )
    return problems


# ---- the navigation -------------------------------------------------------------------------


def _nav_paths(items) -> list[str]:
    found = []
    for item in items if isinstance(items, list) else [items]:
        if isinstance(item, dict):
            for value in item.values():
                found += _nav_paths(value)
        elif isinstance(item, str):
            found.append(item)
    return found


def pages_not_in_nav(root: Path) -> list[str]:
    """Every page in docs/ is in the nav of mkdocs.yml, and of mkdocs.zh.yml (the Chinese
    edition's own menu) where there is one, or matched by the not_in_nav patterns."""
    import pathspec
    from mkdocs.utils.yaml import yaml_load  # understands !ENV and the other MkDocs tags

    config = yaml_load((root / "mkdocs.yml").read_text(encoding="utf-8"))
    docs_dir = root / config.get("docs_dir", "docs")
    menus = {"mkdocs.yml": config}
    if (root / "mkdocs.zh.yml").is_file():
        chinese = (root / "mkdocs.zh.yml").read_text(encoding="utf-8")
        menus["mkdocs.zh.yml"] = {**config, **yaml_load(chinese)}  # INHERIT: mkdocs.yml
    # Tutorials are written as tutorials/<name>.py and become tutorials/<name>.ipynb (hooks/notebooks.py).
    pages = {p.relative_to(docs_dir).as_posix(): p for p in docs_dir.rglob("*.md")}
    for path in (docs_dir / "tutorials").glob("[!_]*.py"):
        pages[path.relative_to(docs_dir).with_suffix(".ipynb").as_posix()] = path
    problems = []
    for name, menu in menus.items():
        in_nav = set(_nav_paths(menu.get("nav") or []))
        not_in_nav = pathspec.GitIgnoreSpec.from_lines((menu.get("not_in_nav") or "").splitlines())
        for uri, path in sorted(pages.items()):
            if path.name.count(".") > 1:  # a translation, page.zh.md: shown at its English page's place
                continue
            if uri not in in_nav and not not_in_nav.match_file(uri):
                edition = " of the Chinese edition" if name != "mkdocs.yml" else ""
                problems.append(
                    f"{path.relative_to(root).as_posix()}: the page is in no menu{edition}. Add it to "
                    f"`nav` in {name} as {uri}, where it belongs in the reading order"
                )
    return problems


# ---- requirements ---------------------------------------------------------------------------

# Where a requirement can be used: the code and the configuration, comments left out.
_CODE = ["hooks/**/*.py", "snippets/**/*.py", "tests/**/*.py", "tools/**/*.py", "docs/**/*.py", "dev.py"]
_CONFIG = ["mkdocs.yml", "pyproject.toml", ".ci/run", ".github/workflows/*.yml"]


def _without_comments(path: Path) -> str:
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix == ".py":
        import io
        import tokenize

        try:
            tokens = tokenize.generate_tokens(io.StringIO(text).readline)
            return " ".join(t.string for t in tokens if t.type != tokenize.COMMENT)
        except (tokenize.TokenError, SyntaxError):
            return text
    return re.sub(r"(^|\s)#.*", "", text, flags=re.M)


def _names_of(distribution, top_level: dict[str, list[str]]) -> set[str]:
    """What a project writes to use a distribution: the modules it installs, its MkDocs plugins
    and themes, pytest plugins, console scripts, and the Jupyter kernels it provides.

    top_level is importlib.metadata.packages_distributions(), which reads every installed
    distribution's file list: once for all requirements, not once for each (20 s)."""
    name = distribution.metadata["Name"]
    modules = {m for m, ds in top_level.items() if name in ds}
    groups = ("mkdocs.plugins", "mkdocs.themes", "console_scripts")
    entry_points = {e.name for e in distribution.entry_points if e.group in groups}
    # A pytest plugin is active once installed; it is used when its options are.
    for entry_point in distribution.entry_points.select(group="pytest11"):
        entry_points |= _pytest_options(entry_point.load())
    kernels = {
        f.parts[f.parts.index("kernels") + 1]
        for f in distribution.files or []
        if "kernels" in f.parts[:-1] and f.parts[f.parts.index("kernels") - 1] == "jupyter"
    }
    return {n for n in modules | entry_points | kernels if not n.startswith("_")}


class _Options:
    """Stands in for pytest's parser to collect the options a plugin adds."""

    def __init__(self):
        self.names: set[str] = set()

    def getgroup(self, *args, **kwargs):
        return self

    def addoption(self, *names, **kwargs):
        self.names.update(names)

    def addini(self, name, *args, **kwargs):
        self.names.add(name)


def _pytest_options(plugin) -> set[str]:
    options = _Options()
    if hasattr(plugin, "pytest_addoption"):
        try:
            plugin.pytest_addoption(options)
        except TypeError:
            plugin.pytest_addoption(options, None)
    return options.names


def unused_requirements(root: Path) -> list[str]:
    """Every requirement pinned in requirements.txt is imported or configured somewhere."""
    import importlib.metadata

    from packaging.requirements import Requirement

    used_in = " ".join(
        _without_comments(path)
        for pattern in _CODE + _CONFIG
        for path in root.glob(pattern)
        if path.is_file() and ".venv" not in path.parts
    )
    problems = []
    top_level = importlib.metadata.packages_distributions()
    for line in (root / "requirements.txt").read_text(encoding="utf-8").splitlines():
        line = re.sub(r"(^|\s)#.*", "", line).strip()
        if not line:
            continue
        requirement = Requirement(line)
        if requirement.marker and not requirement.marker.evaluate():
            continue  # for another platform
        try:
            names = _names_of(importlib.metadata.distribution(requirement.name), top_level)
        except importlib.metadata.PackageNotFoundError:
            problems.append(f"requirements.txt: {requirement.name} is not installed; run python dev.py test")
            continue
        if not any(re.search(rf"(?<![\w.-]){re.escape(n)}(?![\w-])", used_in) for n in names):
            problems.append(
                f"requirements.txt: {requirement.name} is pinned, but nothing imports or configures "
                f"it (looked for {', '.join(sorted(names)) or 'its modules'} in the code and in "
                f"{', '.join(_CONFIG)}). Use it or remove it"
            )
    return problems

"""MkDocs hook: a lighter search index, without code listings, and a cheaper one to make.

Material's search worker downloads search/search_index.json on every page, so its size
counts for every reader. Code listings (`<pre>` blocks: snippets, notebook cells, and
notebook code a second time as plain text) made up about half of it, and a learner searches
for ideas and terms, which the prose and the glossary carry; names in running text
(`<code>`) stay searchable. Results show plain text, and the glossary's A-Z sections, which
repeat the entries, are left out. Runs before the offline plugin, which inlines this file
into search_index.js.

Making the index was about a third of a rebuild: Material's search plugin parses every
page's HTML with Python's HTMLParser, tag by tag. Here it parses each page without what the
index leaves out anyway (code listings, notebook style sheets, the figures' data URIs), and
a page whose HTML has not changed since the last build is not parsed at all: its sections
are kept in .cache/search.json (one per edition). The Chinese edition renders every page a
second time, so this counts twice.
"""

import hashlib
import json
import re
import sys
from pathlib import Path
from types import SimpleNamespace

from mkdocs.plugins import event_priority

sys.path.insert(0, str(Path(__file__).resolve().parent))  # MkDocs loads hooks by path

from build_cache import BuildCache, cache_path  # noqa: E402

PRE = re.compile(r"<pre\b[^>]*>.*?</pre>", re.S)
TAG = re.compile(r"<[^>]+>")
# The frame of every snippet block: its file name, "Output", and the command to run it.
SNIPPET_FRAME = re.compile(
    r"snippets/[\w/]+\.py|\bOutput\b(?= Run it yourself)|Run it yourself: python -m snippets run [\w/]+"
)
NOTEBOOK_PROMPT = re.compile(r"(In|Out)\s*\[\d*\]:\s*(Copied!\s*)?")
SPACES = re.compile(r"\s+")
# What the parser need not read: the text of <pre> (dropped from the index below), of <style>
# and <script> and comments (never indexed), images (void: never indexed), and the markup of
# typeset formulas (MathJax's CommonHTML and MathML, a dozen tags per symbol: half of what is
# left of a page), of which only the text counts. Each element stays, emptied, so that the
# parser sees the same structure: where a section starts depends on the first element. A
# "<pre" inside a script or a comment is passed over with it.
_UNREAD = re.compile(
    r"(?P<open><(?P<tag>pre|style|script)\b[^>]*>).*?(?P<close></(?P=tag)\s*>)"
    r"|(?P<math><mjx-container\b[^>]*>)(?P<formula>.*?)</mjx-container>"
    r"|<!--.*?-->|<img\b[^>]*>",
    re.S | re.I,
)
_MARKUP = re.compile(r"<[^>]*>")


def _emptied(match: re.Match) -> str:
    if match["open"]:
        return match["open"] + match["close"]
    if match["math"]:
        return match["math"] + _MARKUP.sub("", match["formula"]) + "</mjx-container>"
    return "" if match[0].startswith("<!--") else "<img>"


def parse(html: str) -> list[list]:
    """Material's search parser on a page's HTML: each indexed section's [id, title, text]."""
    from material.plugins.search.plugin import Parser

    parser = Parser()
    parser.feed(html)
    parser.close()
    return [[s.id, s.title, s.text] for s in parser.data if not s.is_excluded()]


def lighter(html: str) -> str:
    return _UNREAD.sub(_emptied, html)


_sections: BuildCache | None = None


@event_priority(-100)  # after the search plugin's on_config, which makes its index
def on_config(config):
    global _sections
    search = next((p for name, p in config.plugins.items() if name.endswith("search")), None)
    index = getattr(search, "search_index", None)
    if index is None:  # search disabled
        _sections = None
        return config
    from material import __version__ as material

    version = hashlib.sha256(Path(__file__).read_bytes() + material.encode()).hexdigest()
    _sections = cache = BuildCache(cache_path(config, "search.json"), version)

    def add_entry_from_context(page):
        """Material's SearchIndex.add_entry_from_context, on lighter HTML and cached by page."""
        if (page.meta.get("search") or {}).get("exclude"):
            return
        html = lighter(page.content)
        key = hashlib.sha256(html.encode()).hexdigest()
        sections = cache.get(key)
        if sections is None:
            sections = parse(html)
        cache.put(key, sections)
        for id, title, text in sections:
            # create_entry_for_section reads these three (and may set the title): no need for
            # Material's Section class, which also holds the parser's state.
            section = SimpleNamespace(id=id, title=list(title), text=list(text))
            index.create_entry_for_section(section, page.toc, page.url, page)

    index.add_entry_from_context = add_entry_from_context
    return config


def indexed_text(text: str) -> str:
    """What the index keeps of a section's text (see on_post_build), before the notebook code."""
    return SPACES.sub(" ", NOTEBOOK_PROMPT.sub(" ", PRE.sub(" ", text))).strip()


def notebook_code(site: Path, location: str) -> list[str]:
    """The code cells of the tutorial at this search location, whitespace-normalised."""
    match = re.match(r"tutorials/([\w-]+)(/|\.html)", location)
    if not match:
        return []
    stem = match.group(1)
    for path in (site / "tutorials" / stem / f"{stem}.ipynb", site / "tutorials" / f"{stem}.ipynb"):
        if path.is_file():
            cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
            sources = (
                "".join(c["source"]) if isinstance(c["source"], list) else c["source"]
                for c in cells
                if c["cell_type"] == "code"
            )
            return sorted({SPACES.sub(" ", s).strip() for s in sources} - {""}, key=len, reverse=True)
    return []


def on_post_build(config):
    if _sections:
        _sections.save()
    site = Path(config.site_dir)
    path = site / "search" / "search_index.json"
    if not path.is_file():
        return
    index = json.loads(path.read_text(encoding="utf-8"))
    # The A-Z sections of the glossary index repeat every entry's definition: one hit is enough.
    index["docs"] = [
        doc for doc in index["docs"] if not re.fullmatch(r"glossary/(index\.html)?#.+", doc["location"])
    ]
    for doc in index["docs"]:
        text = indexed_text(doc["text"])
        for code in notebook_code(site, doc["location"]):  # mkdocs-jupyter indexes code as text too
            text = text.replace(code, " ")
        text = SNIPPET_FRAME.sub(" ", TAG.sub(" ", text))  # results show plain text
        doc["text"] = SPACES.sub(" ", text).strip()
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")

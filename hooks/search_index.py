"""MkDocs hook: a lighter search index, without code listings.

Material's search worker downloads search/search_index.json on every page, so its size
counts for every reader. Code listings (`<pre>` blocks: snippets, notebook cells, and
notebook code a second time as plain text) made up about half of it, and a learner searches
for ideas and terms, which the prose and the glossary carry; names in running text
(`<code>`) stay searchable. Results show plain text, and the glossary's A-Z sections, which
repeat the entries, are left out. Runs before the offline plugin, which inlines this file
into search_index.js.
"""

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # MkDocs loads hooks by path

import editions  # noqa: E402

PRE = re.compile(r"<pre\b[^>]*>.*?</pre>", re.S)
TAG = re.compile(r"<[^>]+>")
# The frame of every snippet block, in either edition: its file name, "Output", and the command
# to run it.
_RUN = [re.escape(w["run_it"]).replace(re.escape("{command}"), "") for w in editions.WORDS.values()]
SNIPPET_FRAME = re.compile(
    r"snippets/[\w/]+\.py|"
    + "|".join(
        rf"{re.escape(w['output'])}(?= {run})" for w, run in zip(editions.WORDS.values(), _RUN, strict=True)
    )
    + "|"
    + "|".join(rf"{run}python -m snippets run [\w/]+" for run in _RUN)
)
NOTEBOOK_PROMPT = re.compile(r"(In|Out)\s*\[\d*\]:\s*(Copied!\s*)?")
SPACES = re.compile(r"\s+")


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
        text = SPACES.sub(" ", NOTEBOOK_PROMPT.sub(" ", PRE.sub(" ", doc["text"])))
        for code in notebook_code(site, doc["location"]):  # mkdocs-jupyter indexes code as text too
            text = text.replace(code, " ")
        text = SNIPPET_FRAME.sub(" ", TAG.sub(" ", text))  # results show plain text
        doc["text"] = SPACES.sub(" ", text).strip()
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")

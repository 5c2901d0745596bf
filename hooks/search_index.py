"""MkDocs hook: a lighter search index, without code listings.

Material's search worker downloads search/search_index.json on every page, so its size
counts for every reader. Code listings (`<pre>` blocks: snippets, notebook cells) made up
about a third of it, and a learner searches for ideas and terms, which the prose and the
glossary carry; names in running text (`<code>`) stay searchable. Runs before the offline
plugin, which inlines this file into search_index.js.
"""

import json
import re
from pathlib import Path

PRE = re.compile(r"<pre\b[^>]*>.*?</pre>", re.S)
NOTEBOOK_PROMPT = re.compile(r"(In|Out)\s*\[\d*\]:\s*(Copied!\s*)?")
SPACES = re.compile(r"\s+")


def on_post_build(config):
    path = Path(config.site_dir) / "search" / "search_index.json"
    if not path.is_file():
        return
    index = json.loads(path.read_text(encoding="utf-8"))
    for doc in index["docs"]:
        text = NOTEBOOK_PROMPT.sub(" ", PRE.sub(" ", doc["text"]))
        doc["text"] = SPACES.sub(" ", text).strip()
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")

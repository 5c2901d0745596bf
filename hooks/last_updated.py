"""MkDocs hook: the date each page's source was last committed, shown under the page.

One `git log` for the whole build instead of one per page (which is what the
mkdocs-git-revision-date-localized plugin would do, so it is not used); Material shows
page.meta.revision_date. Pages with no commit yet (or no git) show no date.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

_dates: dict[str, str] = {}


def on_pre_build(config):
    _dates.clear()
    root = Path(config["config_file_path"]).parent
    try:
        log = subprocess.run(
            ["git", "log", "--format=@%cs", "--name-only", "--", "docs"],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return
    date = None
    for line in log.splitlines():
        if line.startswith("@"):
            date = line[1:]
        elif line:
            _dates.setdefault(line, date)  # newest commit first


def on_page_markdown(markdown, page, config, files):
    source = f"docs/{page.file.edit_uri or page.file.src_uri}"  # a Chinese page: its translation
    if source.endswith(".ipynb"):  # tutorials are written as .py (see hooks/notebooks.py)
        source = source.removesuffix(".ipynb") + (".zh.py" if config.extra.get("edition") == "zh" else ".py")
    if source in _dates:
        page.meta["revision_date"] = _dates[source]
    return markdown

"""Print the figures we watch: build times, test time, page weight, and how much there is.

    python dev.py bench            (or: .venv/bin/python tools/benchmark.py)

Targets on a 2-core machine: cold build <= 60 s, warm rebuild <= 5 s, tests <= 3 min.
This is a measurement, not a test: it never fails because something is slow.
"""

from __future__ import annotations

import gzip
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from snippets import runner  # noqa: E402

CACHE = ROOT / ".cache"
PAGES = [
    "index.html",
    "concepts/tensors/index.html",
    "glossary/index.html",
    "tutorials/first_network/index.html",
]


def timed(args: list[str]) -> float:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    start = time.perf_counter()
    subprocess.run(args, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def clear_caches() -> None:
    for name in ("notebooks", "mkdocs-jupyter", "glossary"):
        shutil.rmtree(CACHE / name, ignore_errors=True)


def page_weight(site: Path, page: str) -> tuple[int, int, bool]:
    """Bytes of the page plus the local CSS and JS it loads: raw and gzipped; and whether it has math."""
    html_path = site / page
    html = html_path.read_text(encoding="utf-8")
    files = [html_path]
    for url in re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"#?]+\.(?:js|css))', html):
        target = (html_path.parent / url).resolve()
        if target.is_file():
            files.append(target)
    has_math = 'class="arithmatex"' in html or "jp-RenderedMarkdown" in html
    if has_math:  # loaded by javascripts/mathjax.js after first paint
        files.append(site / "assets" / "mathjax" / "tex-chtml.js")
    raw = sum(f.stat().st_size for f in files)
    packed = sum(len(gzip.compress(f.read_bytes())) for f in files)
    return raw, packed, has_math


def main() -> None:
    python = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        build = [python, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)]
        clear_caches()
        cold = timed(build)
        warm = timed(build)
        print(f"cold build (caches cleared)      {cold:6.1f} s   (target <= 60 s)")
        print(f"warm rebuild (nothing changed)   {warm:6.1f} s   (target <= 5 s)")
        print("page weight (HTML + local CSS/JS; MathJax where the page has math):")
        for page in PAGES:
            raw, packed, math = page_weight(site, page)
            note = "  incl. MathJax" if math else ""
            print(f"  {page:<40} {raw / 1024:7.0f} KB raw {packed / 1024:6.0f} KB gzip{note}")
    clear_caches()
    tests = timed([python, "-m", "pytest", "-q", "-p", "no:cacheprovider"])
    print(f"test suite (caches cleared)      {tests:6.1f} s   (target <= 180 s)")
    print(f"snippets                         {len(runner.discover()):6d}")
    print(f"tutorial notebooks               {len(list((ROOT / 'docs' / 'tutorials').glob('*.py'))):6d}")


if __name__ == "__main__":
    main()

"""MkDocs hook: serve MathJax 3 from the site itself, never from a CDN.

The files come from the pinned PyPI package django-static-mathjax (importable as
`mathjax`) and are published under assets/mathjax/. docs/javascripts/mathjax.js
loads them only on pages that contain math.
"""

from pathlib import Path

import mathjax
from mkdocs.structure.files import File

ES5 = Path(mathjax.__file__).parent / "static" / "mathjax" / "es5"
# The components docs/javascripts/mathjax.js loads (not the all-in-one tex-chtml.js, whose
# context menu alone is 108 KB gzipped), plus what they load on demand.
PARTS = [
    "startup.js",
    "core.js",
    "input/tex.js",
    "input/tex/extensions",  # \require and autoloaded TeX packages
    "output/chtml.js",
    "output/chtml/fonts/tex.js",
    "output/chtml/fonts/woff-v2",
    "a11y/assistive-mml.js",  # hidden MathML, read by screen readers
]


def on_files(files, config):
    for part in PARTS:
        path = ES5 / part
        for file in [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file()):
            uri = f"assets/mathjax/{file.relative_to(ES5).as_posix()}"
            files.append(File.generated(config, uri, abs_src_path=str(file)))
    return files

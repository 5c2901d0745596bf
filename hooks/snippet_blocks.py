"""MkDocs hook: a ```snippet fence becomes the snippet's code, its recorded output,
its figure and the command that runs it.

    ```snippet
    tensors/axis_sum
    ```

Pages never contain code or output typed by hand: both come from snippets/, and
the tests check that the recorded output is what the code prints today.

An ```exercise fence is a "predict the output" question: the snippet's code, the question, and
its recorded output folded away under "Answer" with the explanation written below the name:

    ```exercise
    tensors/uint8_wraps

    `uint8` holds 0 to 255, so 250 + 10 wraps around to 4.
    ```

The answer is a recording like any other, so the tests guarantee it; the explanation is the
page's own Markdown, in its language.

The fence may stand indented, inside an admonition, a content tab or a list item: its
replacement is indented the same way and is Markdown only. Python-Markdown sees raw HTML
(`<div markdown>`, `<p>`) only at the top level, so the wrapper is a `/// html | div.snippet`
block (pymdownx.blocks.html, listed in mkdocs.yml) and the run command a paragraph with
an attribute list.
"""

from __future__ import annotations

import difflib
import posixpath
import re
import sys
import textwrap
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # "mkdocs serve" from the console script does not see the repo root

sys.path.insert(0, str(ROOT / "hooks"))  # MkDocs loads hooks by path, not as a package

import editions  # noqa: E402  (hooks/, beside this file)

from snippets import runner, where  # noqa: E402

FENCE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<kind>snippet|exercise)[ \t]*\n"
    r"(?P<body>.*?)\n(?P=indent)(?P=fence)[ \t]*$",
    re.M | re.S,
)
FIGURE_DIR = "assets/snippets"


def on_files(files, config):
    """Publish every recorded figure under assets/snippets/<topic>/<name>[.<backend>].svg."""
    for snippet in runner.discover():
        for path in [snippet.figure_path, *(snippet.figure_path_for(b) for b in runner.BACKENDS)]:
            if path.exists():
                uri = f"{FIGURE_DIR}/{snippet.name.rpartition('/')[0]}/{path.name}"
                files.append(File.generated(config, uri, abs_src_path=str(path)))
    return files


def _listing(names: list[str], words: dict) -> str:
    """ "TensorFlow, JAX and PyTorch" (or "TensorFlow、JAX 和 PyTorch")."""
    return names[0] if len(names) == 1 else words["list_sep"].join(names[:-1]) + words["and"] + names[-1]


def _missing(page_path: str, name: str) -> PluginError:
    known = [s.name for s in runner.discover()]
    close = difflib.get_close_matches(name, known, n=1)
    hint = f" Did you mean '{close[0]}'?" if close else ""
    return PluginError(
        f"{page_path} includes snippet '{name}', but snippets/{name}.py does not exist.{hint} "
        "Fix the name ('python -m snippets list' shows them all) or create the snippet, "
        f"then record its output with: python -m snippets update {name}"
    )


def _find(name: str) -> runner.Snippet:
    """runner.find without listing every snippet (a page may show many)."""
    topic, _, stem = name.removesuffix(".py").partition("/")
    path = runner.SNIPPETS_DIR / topic / f"{stem}.py"
    if stem and "/" not in stem and not topic.startswith("_") and not stem.startswith("_") and path.is_file():
        return runner.Snippet(f"{topic}/{stem}", path)
    return runner.find(name)


def render(
    name: str, page_src_uri: str, page_path: str, edition: str = "en", answer: str | None = None
) -> str:
    """The Markdown that stands in a page for one snippet; with answer (Markdown), an exercise:
    the output and the answer folded away under "Answer"."""
    words = editions.WORDS[edition]
    try:
        snippet = _find(name)
    except runner.SnippetError:
        raise _missing(page_path, name) from None
    try:
        recorded = runner.recordings(snippet)
    except runner.SnippetError as exc:
        raise PluginError(f"{page_path}: {exc}") from None
    if not recorded:
        raise PluginError(
            f"{page_path} includes snippet '{name}', whose output has not been recorded yet "
            f"({where(snippet.output_path)} is missing). "
            f"Run: python -m snippets update {name}"
        )
    code = snippet.path.read_text(encoding="utf-8").rstrip("\n")
    parts = [f'```python title="{snippet.relpath}"\n{code}\n```']

    def figure(path) -> str:
        target = f"{FIGURE_DIR}/{snippet.name.rpartition('/')[0]}/{path.name}"
        rel = posixpath.relpath(target, posixpath.dirname(page_src_uri) or ".")
        try:
            alt = snippet.description_zh if edition == "zh" else snippet.description
        except runner.SnippetError as exc:
            raise PluginError(f"{page_path}: {exc}") from None
        return f"![{alt}]({rel}){{ .snippet-figure loading=lazy }}"

    def output(recording: runner.Recording, backends: tuple[str, ...]) -> list[str]:
        """The output block and the stamp saying what printed it."""
        blocks = []
        text = recording.output.rstrip("\n")
        if text:
            blocks.append(f'```text title="{words["output"]}"\n{text}\n```')
        if recording.stamp:
            same = ""
            if len(backends) > 1:
                same = words["same_on"].format(_listing([runner.LABELS[b] for b in backends], words)) + " · "
            blocks.append(f"{same}{recording.stamp}\n{{ .snippet-stamp }}")
        return blocks

    shown: list[str] = []  # what the snippet printed: folded away in an exercise
    keys = [k for k in (snippet.backends or (None,)) if k in recorded]
    shared_output = len({recorded[k].path for k in keys}) == 1
    figures = {k: runner.figure_for(snippet, k) for k in keys}
    if shared_output and len(set(figures.values())) <= 1:
        if keys:
            shown += output(recorded[keys[0]], recorded[keys[0]].backends)
        if keys and figures[keys[0]]:
            shown.append(figure(figures[keys[0]]))
    else:  # one tab per backend; Material's content.tabs.link keeps the same tab open across the page
        for key in keys:
            inner = output(recorded[key], (key,))
            if figures[key]:
                inner.append(figure(figures[key]))
            body = "\n\n".join(inner)
            shown.append(
                f'=== "{runner.LABELS[key]}"\n\n'
                + "\n".join("    " + line if line else line for line in body.splitlines())
            )
    if answer is None:
        parts += shown
    else:
        folded = "\n\n".join([*shown, answer.strip()])
        parts.append(words["predict"] + "\n{ .exercise-question }")
        parts.append(f'??? success "{words["answer"]}"\n\n' + _indent(folded, "    "))
    only = f" --backend {snippet.backends[0]}" if snippet.backends in (("jax",), ("torch",)) else ""
    command = f"`python -m snippets run {snippet.name}{only}`"
    parts.append(words["run_it"].format(command=command) + "\n{ .snippet-run }")
    frame = "div.snippet.exercise" if answer is not None else "div.snippet"
    return f"/// html | {frame}\n\n" + "\n\n".join(parts) + "\n\n///"


def _indent(text: str, indent: str) -> str:
    return "\n".join(indent + line if line else line for line in text.splitlines())


def expand(markdown: str, page_src_uri: str, page_path: str, edition: str = "en") -> str:
    def replace(match: re.Match) -> str:
        indent = match["indent"]
        body = textwrap.dedent(match["body"])
        if match["kind"] == "exercise":
            name, _, answer = body.strip().partition("\n")
            names = name.split()
            if len(names) != 1 or not answer.strip():
                raise PluginError(
                    f"{page_path}: an exercise fence names one snippet on its first line and "
                    "explains the answer below it, e.g.\n```exercise\ntensors/uint8_wraps\n\n"
                    "`uint8` holds 0 to 255, so 250 + 10 wraps around to 4.\n```"
                )
            block = render(names[0], page_src_uri, page_path, edition, answer=answer)
        else:
            names = body.split()
            if len(names) != 1:
                raise PluginError(
                    f"{page_path}: a snippet fence names exactly one snippet, e.g. tensors/axis_sum "
                    f"(found {names or 'nothing'})"
                )
            block = render(names[0], page_src_uri, page_path, edition)
        return _indent(block, indent)

    return FENCE.sub(replace, markdown)


@event_priority(-50)  # after the glossary hook, which may add a snippet fence to an entry
def on_page_markdown(markdown, page, config, files):
    if not page.file.src_uri.endswith(".md"):
        return markdown
    source = where(Path(page.file.abs_src_path)) if page.file.abs_src_path else f"docs/{page.file.src_uri}"
    return expand(markdown, page.file.src_uri, source, editions.edition(config))

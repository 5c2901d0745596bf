"""Find, run, record and check snippets.

All snippets run inside one Python process (TensorFlow takes seconds to import),
each in a fresh temporary working directory and with Keras' global state reset,
so a snippet's output does not depend on which snippets ran before it.
"""

from __future__ import annotations

import ast
import contextlib
import difflib
import io
import math
import os
import re
import runpy
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from snippets import where

SNIPPETS_DIR = Path(__file__).resolve().parent
OUTPUT_SUFFIX = ".output.txt"
FIGURE_SUFFIX = ".svg"

# What a progress bar or a timing looks like in Keras output: never part of a recorded run.
_NOISE = re.compile(r"ms/step|s/step|\bETA\b|\r")
_NUMBER = re.compile(
    r"[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?|[-+]?\b(?:nan|inf)\b"
)
# matplotlib names SVG clip paths and glyphs after a hash of their coordinates.
_SVG_ID = re.compile(r"\b([a-zA-Z]+)[0-9a-f]{10}\b")


class SnippetError(Exception):
    """A problem with a snippet, worded for the person who has to fix it."""


@dataclass(frozen=True)
class Snippet:
    name: str  # "topic/name", as used on pages and on the command line
    path: Path

    @property
    def output_path(self) -> Path:
        return self.path.with_name(self.path.stem + OUTPUT_SUFFIX)

    @property
    def figure_path(self) -> Path:
        return self.path.with_suffix(FIGURE_SUFFIX)

    @property
    def relpath(self) -> str:
        return where(self.path)

    @property
    def description(self) -> str:
        doc = ast.get_docstring(
            ast.parse(self.path.read_text(encoding="utf-8"))
        )
        if not doc:
            raise SnippetError(
                f"{self.relpath} has no docstring: start it with a one-line description, "
                'e.g. """Sum a matrix along each axis."""'
            )
        return doc.strip().splitlines()[0]

    @property
    def description_zh(self) -> str:
        """The Chinese description, a docstring line "zh: ...": the figure's alt text in the Chinese edition."""
        doc = (
            ast.get_docstring(ast.parse(self.path.read_text(encoding="utf-8")))
            or ""
        )
        for line in doc.splitlines():
            if line.startswith("zh:"):
                return line.removeprefix("zh:").strip()
        raise SnippetError(
            f"{self.relpath} draws a figure but its docstring has no Chinese description "
            "for the figure's alt text in the Chinese edition: add a line such as "
            '"zh: 沿每个轴对矩阵求和。" below the first line'
        )


@dataclass(frozen=True)
class Run:
    output: str
    figure: str | None


def discover() -> list[Snippet]:
    found = []
    for path in sorted(SNIPPETS_DIR.glob("*/*.py")):
        if not path.name.startswith("_") and not path.parent.name.startswith(
            "_"
        ):
            found.append(Snippet(f"{path.parent.name}/{path.stem}", path))
    return found


def find(name: str) -> Snippet:
    """Accept "tensors/axis_sum", "tensors/axis_sum.py" or "snippets/tensors/axis_sum.py"."""
    key = name.replace("\\", "/").removesuffix(".py").removeprefix("snippets/")
    snippets = {s.name: s for s in discover()}
    if key in snippets:
        return snippets[key]
    close = difflib.get_close_matches(key, snippets, n=1)
    hint = f" Did you mean '{close[0]}'?" if close else ""
    raise SnippetError(
        f"no snippet named '{key}' (looked for snippets/{key}.py).{hint} "
        "'python -m snippets list' shows them all."
    )


@contextlib.contextmanager
def _isolated(workdir: Path):
    """A fresh working directory, environment and Keras session for one run."""
    saved_env = dict(os.environ)
    saved_cwd = os.getcwd()
    keras = sys.modules.get("keras")
    saved_keras = (
        (
            keras.config.image_data_format(),
            keras.config.floatx(),
            keras.config.epsilon(),
        )
        if keras
        else None
    )
    # matplotlib writes the date into SVG metadata unless this is set.
    os.environ["SOURCE_DATE_EPOCH"] = "0"
    os.chdir(workdir)
    if keras:
        keras.utils.clear_session()  # layer names restart at "dense", not "dense_7"
    try:
        yield
    finally:
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_env)
        keras = sys.modules.get("keras")
        if keras and saved_keras:
            keras.config.set_image_data_format(saved_keras[0])
            keras.config.set_floatx(saved_keras[1])
            keras.config.set_epsilon(saved_keras[2])
        pyplot = sys.modules.get("matplotlib.pyplot")
        if pyplot:
            pyplot.close("all")


def execute(snippet: Snippet) -> Run:
    """Run a snippet as a script and return what it printed and the figure it saved."""
    stdout = io.StringIO()
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        try:
            with _isolated(workdir), contextlib.redirect_stdout(stdout):
                runpy.run_path(str(snippet.path), run_name="__main__")
        except Exception as exc:
            raise SnippetError(
                f"{snippet.relpath} raised {type(exc).__name__}: {exc}\n"
                f"Run it alone to see the traceback: python -m snippets run {snippet.name}"
            ) from exc
        figure_name = snippet.path.stem + FIGURE_SUFFIX
        written = sorted(p.name for p in workdir.iterdir())
        stray = [name for name in written if name != figure_name]
        if stray:
            raise SnippetError(
                f"{snippet.relpath} wrote {', '.join(stray)}: a snippet may only write its figure, "
                f"saved as plt.savefig('{figure_name}')"
            )
        figure = None
        if figure_name in written:
            figure = (workdir / figure_name).read_text(encoding="utf-8")
    output = stdout.getvalue()
    if _NOISE.search(output):
        raise SnippetError(
            f"{snippet.relpath} printed a progress bar or a timing, which changes from run to run: "
            "pass verbose=0 to fit/evaluate/predict and print the numbers that matter"
        )
    return Run(output=output, figure=figure)


def _mismatch(expected: str, actual: str, *, figure: bool) -> str | None:
    """First difference that matters: text must match, numbers may differ in the last digit."""
    if figure:
        expected, actual = (
            _SVG_ID.sub(r"\1#", expected),
            _SVG_ID.sub(r"\1#", actual),
        )
    exp_lines, act_lines = expected.splitlines(), actual.splitlines()
    if len(exp_lines) != len(act_lines):
        return f"{len(exp_lines)} lines recorded, {len(act_lines)} printed now"
    for number, (exp, act) in enumerate(
        zip(exp_lines, act_lines, strict=True), start=1
    ):
        if _NUMBER.sub("#", exp) != _NUMBER.sub("#", act):
            return f"line {number} differs"
        for want, got in zip(
            _NUMBER.findall(exp), _NUMBER.findall(act), strict=True
        ):
            if not _numbers_agree(want, got, figure=figure):
                return f"line {number}: recorded {want}, now {got}"
    return None


def _numbers_agree(want: str, got: str, *, figure: bool) -> bool:
    if want == got:
        return True
    if figure:  # coordinates in points: a visible change moves things by far more than this
        return math.isclose(float(want), float(got), rel_tol=1e-3, abs_tol=0.5)
    if not any(c in want + got for c in ".eEni"):
        return False  # integers (shapes, counts, labels) must match exactly
    decimals = max(
        len(t.partition(".")[2].split("e")[0].split("E")[0])
        for t in (want, got)
    )
    return math.isclose(
        float(want), float(got), rel_tol=1e-4, abs_tol=2 * 10.0**-decimals
    )


def drift(snippet: Snippet, run: Run) -> str | None:
    """A message saying how the run differs from what is recorded, or None if it agrees."""
    fix = f"If the change is intended, run: python -m snippets update {snippet.name}"
    out_rel, fig_rel = where(snippet.output_path), where(snippet.figure_path)
    if not snippet.output_path.exists():
        return f"{snippet.relpath} has no recorded output ({out_rel} is missing). {fix}"
    recorded = snippet.output_path.read_text(encoding="utf-8")
    problem = _mismatch(recorded, run.output, figure=False)
    if problem:
        diff = "".join(
            difflib.unified_diff(
                recorded.splitlines(keepends=True),
                run.output.splitlines(keepends=True),
                fromfile=f"{out_rel} (recorded)",
                tofile=f"{snippet.relpath} (printed now)",
            )
        )
        return f"{snippet.relpath}: output drifted from {out_rel} ({problem}).\n{diff}{fix}"
    has_figure = snippet.figure_path.exists()
    if run.figure is None and has_figure:
        return f"{snippet.relpath} no longer saves a figure, but {fig_rel} exists. {fix}"
    if run.figure is not None:
        if not has_figure:
            return f"{snippet.relpath} saves a figure that is not recorded ({fig_rel}). {fix}"
        problem = _mismatch(
            snippet.figure_path.read_text(encoding="utf-8"),
            run.figure,
            figure=True,
        )
        if problem:
            return f"{snippet.relpath}: figure drifted from {fig_rel} ({problem}). {fix}"
    return None


def record(snippet: Snippet, run: Run) -> None:
    snippet.output_path.write_text(run.output, encoding="utf-8", newline="\n")
    if run.figure is not None:
        snippet.figure_path.write_text(
            run.figure, encoding="utf-8", newline="\n"
        )
    elif snippet.figure_path.exists():
        snippet.figure_path.unlink()

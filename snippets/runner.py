"""Find, run, record and check snippets, on each Keras backend.

Keras fixes its backend when it is imported, so each backend runs in its own process
(snippets/worker.py); the snippets of one backend share that process (TensorFlow takes
seconds to import), each in a fresh temporary working directory and with Keras' global
state reset, so a snippet's output does not depend on which snippets ran before it.

Which backends a snippet is for: a snippet that imports neither Keras nor a backend's own
framework is backend-free and runs once. A Keras snippet runs on all three backends unless
it says otherwise at module level, e.g. ``BACKENDS = ("tensorflow",)``, which it must when it
imports ``tensorflow``, ``jax`` or ``torch``.

Recordings: ``<name>.output.txt`` holds what every backend named in its first line (the
stamp, e.g. ``#| Keras 3.15.1 · TensorFlow 2.21.0 · JAX 0.10.2 · CPU``) printed, when they
agree; where they differ, each backend has its own ``<name>.<backend>.output.txt``. Figures
follow the same pattern (``<name>.svg`` or ``<name>.<backend>.svg``).

A snippet that is meant to fail (an entry of the "Common errors" pages) says which exception it
raises at module level: ``RAISES = "ValueError"``, or per backend, where they differ,
``RAISES = {"tensorflow": "UnimplementedError", "jax": None, "torch": None}`` (None: it runs to
the end there). Its recording is what it printed, then the end of the traceback a learner sees
(``error_text``). Not raising, or raising another type, is an error that names the snippet; a
changed message is a drift like any other. An unmarked snippet that raises is an error.
"""

from __future__ import annotations

import ast
import contextlib
import difflib
import importlib.util
import io
import json
import math
import os
import re
import runpy
import subprocess
import sys
import sysconfig
import tempfile
import traceback
from dataclasses import dataclass
from pathlib import Path

from snippets import where

SNIPPETS_DIR = Path(__file__).resolve().parent
OUTPUT_SUFFIX = ".output.txt"
FIGURE_SUFFIX = ".svg"

# The Keras backends, in the order pages show them; the name is KERAS_BACKEND's value.
BACKENDS = ("tensorflow", "jax", "torch")
LABELS = {"tensorflow": "TensorFlow", "jax": "JAX", "torch": "PyTorch"}
# The modules that are a backend's own API: a portable snippet imports none of them.
FRAMEWORKS = {
    "tensorflow": "tensorflow",
    "jax": "jax",
    "jaxlib": "jax",
    "torch": "torch",
}
# How to get a backend that is not installed (PyTorch is optional: see README).
INSTALL = {
    "tensorflow": "pip install -r requirements.txt",
    "jax": "pip install -r requirements.txt",
    "torch": "pip install -r requirements-torch.txt",
}
STAMP_PREFIX = "#| "

# What a progress bar or a timing looks like in Keras output: never part of a recorded run.
_NOISE = re.compile(r"ms/step|s/step|\bETA\b|\r")
_NUMBER = re.compile(
    r"[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?|[-+]?\b(?:nan|inf)\b"
)
# The first line of a recorded error, as Python prints it above the frames.
TRACEBACK = "Traceback (most recent call last):"
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
        """The recording shared by every backend its stamp names (or the only one)."""
        return self.path.with_name(self.path.stem + OUTPUT_SUFFIX)

    @property
    def figure_path(self) -> Path:
        return self.path.with_suffix(FIGURE_SUFFIX)

    def output_path_for(self, backend: str) -> Path:
        """The recording of one backend, where the backends' outputs differ."""
        return self.path.with_name(f"{self.path.stem}.{backend}{OUTPUT_SUFFIX}")

    def figure_path_for(self, backend: str) -> Path:
        return self.path.with_name(f"{self.path.stem}.{backend}{FIGURE_SUFFIX}")

    @property
    def backends(self) -> tuple[str, ...]:
        """The backends this snippet is for; () for a snippet that uses no backend at all."""
        return _backends(self)

    @property
    def raises(self) -> dict[str | None, str | None]:
        """The exception each backend (key None for a backend-free snippet) is meant to raise,
        None where it runs to the end; {} for a snippet that is not meant to fail."""
        return _raises(self)

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
    stamp: dict[str, str] | None = (
        None  # {"Keras": "3.15.1", "jax": "0.10.2", "device": "CPU"}
    )


def _imports(tree: ast.Module) -> set[str]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.partition(".")[0] for alias in node.names)
        elif (
            isinstance(node, ast.ImportFrom) and node.module and not node.level
        ):
            found.add(node.module.partition(".")[0])
    return found


def _backends(snippet: Snippet) -> tuple[str, ...]:
    """Read and check the snippet's BACKENDS marker against what it imports."""
    tree = ast.parse(snippet.path.read_text(encoding="utf-8"))
    imports = _imports(tree)
    frameworks = sorted(
        {FRAMEWORKS[m] for m in imports if m in FRAMEWORKS}, key=BACKENDS.index
    )
    marked = None
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if any(isinstance(t, ast.Name) and t.id == "BACKENDS" for t in targets):
            try:
                marked = ast.literal_eval(node.value)
            except ValueError:
                marked = None
            if not (
                isinstance(marked, tuple)
                and marked
                and all(isinstance(b, str) for b in marked)
            ):
                raise SnippetError(
                    f"{snippet.relpath} line {node.lineno}: BACKENDS must be a tuple of backend names "
                    f'written out, e.g. BACKENDS = ("tensorflow",)'
                )
            unknown = [b for b in marked if b not in BACKENDS]
            if unknown:
                close = difflib.get_close_matches(unknown[0], BACKENDS, n=1)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                raise SnippetError(
                    f"{snippet.relpath} line {node.lineno}: '{unknown[0]}' is not a Keras backend{hint}; "
                    f"BACKENDS may name {', '.join(BACKENDS)}"
                )
    if marked is None:
        if frameworks:
            names = " and ".join(frameworks)
            raise SnippetError(
                f"{snippet.relpath} imports {names}, a backend's own API, so it cannot run on every "
                f"backend: either mark it for that backend with a line BACKENDS = "
                f"({', '.join(repr(f) for f in frameworks)},) below the imports, or make it portable "
                "with keras.ops, keras.random and keras.utils.set_random_seed instead"
            )
        return BACKENDS if "keras" in imports else ()
    others = [f for f in frameworks if f not in marked]
    if others:
        raise SnippetError(
            f"{snippet.relpath} imports {' and '.join(others)} but BACKENDS = {marked!r} does not "
            f"include it: a snippet may use only its own backends' APIs; add it to BACKENDS or "
            "drop the import"
        )
    return tuple(b for b in BACKENDS if b in marked)


def _raises(snippet: Snippet) -> dict[str | None, str | None]:
    """Read and check the snippet's RAISES marker."""
    tree = ast.parse(snippet.path.read_text(encoding="utf-8"))
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if not any(
            isinstance(t, ast.Name) and t.id == "RAISES" for t in targets
        ):
            continue
        backends = snippet.backends
        example = (
            'RAISES = "ValueError", or one per backend where they differ, e.g. '
            'RAISES = {"tensorflow": "InvalidArgumentError", "jax": "TypeError", "torch": None} '
            "(None: it runs to the end on that backend)"
        )
        try:
            marked = ast.literal_eval(node.value)
        except ValueError:
            marked = None
        if isinstance(marked, str) and marked.isidentifier():
            return dict.fromkeys(backends or (None,), marked)
        if (
            backends
            and isinstance(marked, dict)
            and set(marked) == set(backends)
            and all(
                v is None or (isinstance(v, str) and v.isidentifier())
                for v in marked.values()
            )
            and any(marked.values())
        ):
            return {b: marked[b] for b in backends}
        if (
            isinstance(marked, dict)
            and backends
            and set(marked) != set(backends)
        ):
            return _bad_raises(
                snippet,
                node,
                f"its keys must be the backends it runs on, {', '.join(backends)}, each once",
            )
        return _bad_raises(
            snippet,
            node,
            f"it must name the exception class as Python prints it: {example}",
        )
    return {}


def _bad_raises(snippet: Snippet, node: ast.stmt, why: str):
    raise SnippetError(
        f"{snippet.relpath} line {node.lineno}: RAISES is not understood: {why}"
    )


def available(backend: str) -> bool:
    """Whether this Python can import the backend's framework."""
    return importlib.util.find_spec(backend) is not None


def current_backend() -> str:
    return os.environ.get("KERAS_BACKEND", "tensorflow")


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


def _unstable(workdir: Path) -> list[tuple[re.Pattern, str]]:
    """What changes from machine to machine in an error message, and what it becomes: the
    run's working directory and any other temporary directory (<tmp>), the Python installation
    (<site-packages>, <python>), the repository (paths inside it become relative), the home
    directory (~) and memory addresses (0x…); also terminal bold codes, call stacks inside the
    message (frames, as in the traceback: "  ...") and TensorFlow's function counters."""
    sep = r"[\\/]"
    tmp = tempfile.gettempdir()
    site = {sysconfig.get_paths()[k] for k in ("purelib", "platlib")}
    # Innermost first: the installation and the repository may themselves be in a temporary
    # directory (a clone in /tmp, as CI makes), and must not become <tmp>.
    places = [
        *(
            (path, "<site-packages>", "")
            for path in sorted(site, key=len, reverse=True)
        ),
        (sys.base_prefix, "<python>", f"(?={sep})"),
        (workdir, "<tmp>", ""),
        (SNIPPETS_DIR.parent, "", sep),
        # a directory a snippet made with tempfile.TemporaryDirectory()
        (tmp, "<tmp>", sep + r"[^\s\\/'\"]+"),
        (Path.home(), "~", f"(?={sep})"),
    ]
    patterns = []
    for path, stand_in, after in places:
        variants = {str(path), os.path.realpath(path)} - {"", os.sep}
        if variants:
            alternatives = "|".join(
                re.escape(v) for v in sorted(variants, key=len, reverse=True)
            )
            patterns.append(
                (re.compile(f"(?:{alternatives}){after}"), stand_in)
            )
    return [
        *patterns,
        (re.compile(r"\b0x[0-9a-fA-F]{6,}\b"), "0x…"),
        # Terminal bold and colour codes (Keras makes the key line of some messages bold).
        (re.compile(r"\x1b\[[0-9;]*m"), ""),
        # A call stack inside the message (TensorFlow's "defined at (most recent call last):"
        # lists the frames of the process that traced the graph): shortened like the traceback's.
        (
            re.compile(
                r'(?:^[ \t]*File "[^"\n]*", line \d+, in [^\n]*\n(?:[ \t]*\n)*)+',
                re.M,
            ),
            "  ...\n\n",
        ),
        # TensorFlow numbers a traced function by how many it traced before in the process.
        (re.compile(r"(__inference_\w+?)_\d+\]"), r"\1_…]"),
    ]


def error_text(exc: BaseException, snippet: Snippet, workdir: Path) -> str:
    """The end of the traceback a learner sees: the header, the snippet's own line(s) that led
    to the error, "  ..." for the frames inside the libraries, and the exception as Python prints
    it (its type, message and notes; not the exceptions it was raised from), its unstable parts
    normalized (_unstable). Python 3.11+ underlines the failing expression with ^ on some
    versions; the frame lines here never do, so the recording is the same on every Python."""
    frames = traceback.extract_tb(exc.__traceback__)
    own = [
        i
        for i, f in enumerate(frames)
        if Path(f.filename).resolve() == snippet.path.resolve()
    ]
    lines = [TRACEBACK]
    for i in own:
        lines.append(
            f'  File "{snippet.relpath}", line {frames[i].lineno}, in {frames[i].name}'
        )
        if frames[i].line:
            lines.append(f"    {frames[i].line.strip()}")
    if not own or own[-1] != len(frames) - 1:
        lines.append("  ...")
    message = "".join(traceback.format_exception_only(exc))
    for pattern, stand_in in _unstable(workdir):
        message = pattern.sub(stand_in, message)
    return "\n".join(lines) + "\n" + message


def error_lines(output: str) -> list[str]:
    """The exception's lines in a recorded output (after the traceback's header and frames)."""
    lines = output.splitlines()
    if TRACEBACK not in lines:
        return []
    rest = lines[lines.index(TRACEBACK) + 1 :]
    while rest and rest[0].startswith("  "):
        rest.pop(0)
    return rest


def _type_names(exc: BaseException) -> set[str]:
    kind = type(exc)
    return {
        kind.__name__,
        kind.__qualname__,
        f"{kind.__module__}.{kind.__qualname__}",
    }


def execute(snippet: Snippet) -> Run:
    """Run a snippet as a script and return what it printed and the figure it saved (and, for
    a snippet marked RAISES, the end of its traceback)."""
    stdout = io.StringIO()
    key = current_backend() if snippet.backends else None
    expected = snippet.raises.get(key)
    on = f" on {LABELS[key]}" if key else ""
    flag = f" --backend {key}" if key else ""
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        error = ""
        try:
            with _isolated(workdir), contextlib.redirect_stdout(stdout):
                runpy.run_path(str(snippet.path), run_name="__main__")
        except Exception as exc:
            if expected is None:
                raise SnippetError(
                    f"{snippet.relpath} raised {type(exc).__name__}{on}: {exc}\n"
                    f"Run it alone to see the traceback: python -m snippets run {snippet.name}{flag}"
                    + (
                        "\nIf it is meant to fail, say so at module level: "
                        f'RAISES = "{type(exc).__name__}" (see CONTRIBUTING.md, "A snippet that fails")'
                        if not snippet.raises
                        else ""
                    )
                ) from exc
            if expected not in _type_names(exc):
                raise SnippetError(
                    f"{snippet.relpath} is marked RAISES {expected}{on}, but raised "
                    f"{type(exc).__name__}: {exc}\nIf that is the error its page now explains, "
                    f"change RAISES and the page, then run: {update_command(snippet)}"
                ) from exc
            error = error_text(exc, snippet, workdir)
        else:
            if expected is not None:
                raise SnippetError(
                    f"{snippet.relpath} is marked RAISES {expected}{on}, but it ran to the end without "
                    "an error: Keras, a backend or the snippet changed. Make it fail again, or, if the "
                    "mistake is now harmless, mark that backend None (or drop RAISES) and say so on its "
                    f"page; then run: {update_command(snippet)}"
                )
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
    if output and not output.endswith("\n") and error:
        output += "\n"
    output += error
    if _NOISE.search(output):
        raise SnippetError(
            f"{snippet.relpath} printed a progress bar or a timing, which changes from run to run: "
            "pass verbose=0 to fit/evaluate/predict and print the numbers that matter"
        )
    return Run(
        output=output,
        figure=figure,
        stamp=stamp_now() if snippet.backends else None,
    )


_STAMP: dict[str, str] = {}


def stamp_now() -> dict[str, str]:
    """What this process runs snippets with: Keras, its backend's version, and the device."""
    if not _STAMP:
        import keras

        backend = keras.config.backend()
        module = importlib.import_module(backend)
        if backend == "tensorflow":
            gpu = bool(module.config.list_physical_devices("GPU"))
        elif backend == "jax":
            gpu = module.default_backend() != "cpu"
        else:
            gpu = module.cuda.is_available()
        _STAMP.update(
            {
                "Keras": keras.__version__,
                backend: module.__version__.split("+")[0],
                "device": "GPU" if gpu else "CPU",
            }
        )
    return dict(_STAMP)


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


def stamp_text(versions: dict[str, str], backends: tuple[str, ...]) -> str:
    """ "Keras 3.15.1 · TensorFlow 2.21.0 · JAX 0.10.2 · CPU": shown above an output block."""
    parts = [f"Keras {versions['Keras']}"] + [
        f"{LABELS[b]} {versions[b]}" for b in backends
    ]
    return " · ".join([*parts, versions["device"]])


def _parse_stamp(
    line: str, path: Path
) -> tuple[tuple[str, ...], dict[str, str]]:
    by_label = {label: backend for backend, label in LABELS.items()}
    parts = line.removeprefix(STAMP_PREFIX).strip().split(" · ")
    versions, backends = {"device": parts[-1]}, []
    for part in parts[:-1]:
        label, _, version = part.rpartition(" ")
        if label == "Keras":
            versions["Keras"] = version
        elif label in by_label:
            backends.append(by_label[label])
            versions[by_label[label]] = version
        else:
            raise SnippetError(
                f"{where(path)}: the first line is not a stamp this runner wrote ({line!r}); "
                "recordings are written by python -m snippets update only"
            )
    if "Keras" not in versions or not backends:
        raise SnippetError(
            f"{where(path)}: the stamp {line!r} names no Keras version or no backend; "
            "recordings are written by python -m snippets update only"
        )
    return tuple(backends), versions


@dataclass(frozen=True)
class Recording:
    """One recorded output file, and which backends (none: a backend-free snippet) it is for."""

    path: Path
    backends: tuple[str, ...]
    versions: dict[str, str]
    output: str

    @property
    def stamp(self) -> str | None:
        return (
            stamp_text(self.versions, self.backends) if self.backends else None
        )


def _read(path: Path) -> Recording:
    text = path.read_text(encoding="utf-8")
    first, newline, rest = text.partition("\n")
    if not first.startswith(STAMP_PREFIX):
        return Recording(path, (), {}, text)
    backends, versions = _parse_stamp(first, path)
    return Recording(path, backends, versions, rest)


def update_command(snippet: Snippet, backend: str | None = None) -> str:
    flag = f" --backend {backend}" if backend else ""
    return f"python -m snippets update {snippet.name}{flag}"


def recordings(snippet: Snippet) -> dict[str | None, Recording]:
    """Each backend's recording (key None for a backend-free snippet), after checking that no
    file is left over for a backend the snippet is no longer for."""
    supported = snippet.backends
    found: dict[str | None, Recording] = {}
    if snippet.output_path.exists():
        shared = _read(snippet.output_path)
        if not supported and shared.backends:
            raise SnippetError(
                f"{where(shared.path)} was recorded on {', '.join(LABELS[b] for b in shared.backends)}, "
                f"but {snippet.relpath} no longer uses Keras or a backend. Run: {update_command(snippet)}"
            )
        if supported and not shared.backends:
            raise SnippetError(
                f"{where(shared.path)} has no stamp (its first line says which Keras and backends "
                f"printed it), so it was not written by this runner. Run: {update_command(snippet)}"
            )
        stale = [b for b in shared.backends if b not in supported]
        if stale:
            raise SnippetError(
                f"{where(shared.path)} was recorded on {LABELS[stale[0]]}, which {snippet.relpath} is no "
                f"longer for (BACKENDS = {supported!r}). Run: {update_command(snippet)}"
            )
        for backend in shared.backends or (None,):
            found[backend] = shared
    for backend in BACKENDS:
        for path in (
            snippet.output_path_for(backend),
            snippet.figure_path_for(backend),
        ):
            if not path.exists():
                continue
            if backend not in supported:
                raise SnippetError(
                    f"{where(path)} is a recording for {LABELS[backend]}, which {snippet.relpath} is not "
                    f"for: delete it (git rm {where(path)}), or add {backend!r} to its BACKENDS"
                )
            if path.suffix == FIGURE_SUFFIX:
                continue
            if backend in found:
                raise SnippetError(
                    f"{where(path)} and {where(snippet.output_path)} both record {LABELS[backend]}: "
                    f"delete both and run: {update_command(snippet)}"
                )
            own = _read(path)
            if own.backends != (backend,):
                raise SnippetError(
                    f"{where(path)}: its stamp should name {LABELS[backend]} only. Run: "
                    f"{update_command(snippet, backend)}"
                )
            found[backend] = own
    return found


def figure_for(snippet: Snippet, backend: str | None) -> Path | None:
    """The recorded figure a backend's run is compared with, if there is one."""
    if backend and snippet.figure_path_for(backend).exists():
        return snippet.figure_path_for(backend)
    return snippet.figure_path if snippet.figure_path.exists() else None


def drift(snippet: Snippet, run: Run, backend: str | None = None) -> str | None:
    """A message saying how a backend's run differs from what is recorded, or None if it agrees.

    backend None means the process's own backend (or none, for a backend-free snippet)."""
    if backend is None and snippet.backends:
        backend = current_backend()
    if backend is not None and backend not in snippet.backends:
        return f"{snippet.relpath} is not for {LABELS.get(backend, backend)} (BACKENDS = {snippet.backends!r})"
    key = backend if snippet.backends else None
    fix = f"If the change is intended, run: {update_command(snippet, key)}"
    on = f" on {LABELS[key]}" if key else ""
    try:
        recorded = recordings(snippet).get(key)
    except SnippetError as exc:
        return str(exc)
    if recorded is None:
        out_rel = where(snippet.output_path)
        return f"{snippet.relpath} has no recorded output{on} ({out_rel} or its per-backend twin is missing). {fix}"
    out_rel = where(recorded.path)
    problem = _mismatch(recorded.output, run.output, figure=False)
    if problem:
        diff = "".join(
            difflib.unified_diff(
                recorded.output.splitlines(keepends=True),
                run.output.splitlines(keepends=True),
                fromfile=f"{out_rel} (recorded)",
                tofile=f"{snippet.relpath} (printed now{on})",
            )
        )
        return f"{snippet.relpath}: output{on} drifted from {out_rel} ({problem}).\n{diff}{fix}"
    if key and run.stamp:
        then = stamp_text(recorded.versions, (key,))
        now = stamp_text(run.stamp, (key,))
        if then != now:
            return f"{snippet.relpath}: {out_rel} was recorded with {then}, this run used {now}. {fix}"
    figure = figure_for(snippet, key)
    if run.figure is None and figure:
        return f"{snippet.relpath} no longer saves a figure{on}, but {where(figure)} exists. {fix}"
    if run.figure is not None:
        if not figure:
            return f"{snippet.relpath} saves a figure{on} that is not recorded ({where(snippet.figure_path)}). {fix}"
        problem = _mismatch(
            figure.read_text(encoding="utf-8"), run.figure, figure=True
        )
        if problem:
            return f"{snippet.relpath}: figure{on} drifted from {where(figure)} ({problem}). {fix}"
    return None


def _agree(texts: list[str], *, figure: bool) -> bool:
    return all(_mismatch(texts[0], t, figure=figure) is None for t in texts[1:])


def record(snippet: Snippet, runs: dict[str, Run] | Run) -> list[Path]:
    """Write the recordings of the runs given (backend -> run), keeping the other backends'.

    All backends' outputs agree: one shared file whose stamp names them; else one file each.
    Returns the files written."""
    if isinstance(runs, Run):
        runs = {current_backend() if snippet.backends else None: runs}
    try:
        old = recordings(snippet)
    except SnippetError:
        old = {}  # a leftover from a backend the snippet dropped: rewritten from scratch
    keys = snippet.backends or (None,)
    keras_now = next((r.stamp["Keras"] for r in runs.values() if r.stamp), None)
    outputs, versions, figures = {}, {"device": "CPU"}, {}
    for key in keys:
        if key in runs:
            outputs[key], figures[key] = runs[key].output, runs[key].figure
            if runs[key].stamp:
                versions.update(runs[key].stamp)
        elif key in old and (
            key is None or old[key].versions.get("Keras") == keras_now
        ):
            outputs[key] = old[key].output
            if key:
                versions.setdefault(key, old[key].versions[key])
            figure = figure_for(snippet, key)
            figures[key] = (
                figure.read_text(encoding="utf-8") if figure else None
            )
    for backend in BACKENDS:
        for path in (
            snippet.output_path_for(backend),
            snippet.figure_path_for(backend),
        ):
            path.unlink(missing_ok=True)
    snippet.output_path.unlink(missing_ok=True)
    snippet.figure_path.unlink(missing_ok=True)
    covered = tuple(k for k in keys if k in outputs)
    written = []

    def write(path: Path, text: str) -> None:
        path.write_text(text, encoding="utf-8", newline="\n")
        written.append(path)

    def stamped(backends: tuple[str, ...], text: str) -> str:
        return (
            f"{STAMP_PREFIX}{stamp_text(versions, backends)}\n{text}"
            if backends
            else text
        )

    if _agree([outputs[k] for k in covered], figure=False):
        write(
            snippet.output_path,
            stamped(covered if covered != (None,) else (), outputs[covered[0]]),
        )
    else:
        for key in covered:
            write(snippet.output_path_for(key), stamped((key,), outputs[key]))
    drawn = [figures[k] for k in covered]
    if all(f is not None for f in drawn) and _agree(drawn, figure=True):
        write(snippet.figure_path, drawn[0])
    elif any(f is not None for f in drawn):
        for key in covered:
            if figures[key] is not None:
                write(snippet.figure_path_for(key), figures[key])
    return written


# --- one process per backend ---------------------------------------------------------------


class Job:
    """The snippets of one backend, running in their own process (snippets/worker.py)."""

    def __init__(self, backend: str, snippets: list[Snippet]):
        self.backend, self.snippets = backend, snippets
        self.seconds: dict[
            str, float
        ] = {}  # each run's time: check prints the slowest
        self._results = tempfile.NamedTemporaryFile(
            suffix=".jsonl", delete=False
        )
        self._results.close()
        self._stderr = tempfile.TemporaryFile()
        env = dict(os.environ, KERAS_BACKEND=backend)
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "snippets.worker",
                self._results.name,
                *(s.name for s in snippets),
            ],
            cwd=SNIPPETS_DIR.parent,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=self._stderr,
        )

    def results(self) -> dict[str, Run | SnippetError]:
        """Wait for the process; each snippet's run, or the error it raised."""
        code = self.process.wait()
        found: dict[str, Run | SnippetError] = {}
        path = Path(self._results.name)
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            self.seconds[item["name"]] = item.get("seconds", 0.0)
            if "error" in item:
                found[item["name"]] = SnippetError(item["error"])
            else:
                found[item["name"]] = Run(
                    item["output"], item["figure"], item["stamp"]
                )
        path.unlink(missing_ok=True)
        self._stderr.seek(0)
        log = self._stderr.read().decode("utf-8", "replace").strip()
        for snippet in self.snippets:
            if snippet.name not in found:
                found[snippet.name] = SnippetError(
                    f"the {LABELS[self.backend]} process ended (exit code {code}) before running "
                    f"{snippet.relpath}:\n{log[-2000:]}"
                )
        return found


def run_on(
    backends: list[str], snippets: list[Snippet]
) -> dict[str, dict[str, Run | SnippetError]]:
    """Run each snippet on each of the given backends it is for, one process per backend, side
    by side; a backend-free snippet runs once, in the first backend's process."""
    jobs = []
    for index, backend in enumerate(backends):
        mine = [
            s
            for s in snippets
            if backend in s.backends or (index == 0 and not s.backends)
        ]
        if mine:
            jobs.append(Job(backend, mine))
    return {job.backend: job.results() for job in jobs}

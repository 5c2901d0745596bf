"""MkDocs hook: tutorials are jupytext "percent" scripts, executed once per change.

docs/tutorials/<name>.py is run as a notebook (nbclient, a fresh kernel, no errors
allowed) and the executed <name>.ipynb is handed to mkdocs-jupyter to render, and
offered for download. Executed notebooks are cached under .cache/notebooks, keyed on
everything that can change an output: the tutorial, the snippet modules it imports, the
environment kernels run in (snippets/__init__.py), this file, the pinned requirements, the
Python version and the machine type. The tests use the same cache, so a notebook executed
by the tests is not executed again by the build.

The site shows the TensorFlow run. The tests also run every tutorial on JAX and PyTorch
(execute(source, backend="jax")), in fresh kernels with KERAS_BACKEND set, cached apart
(.cache/notebooks-backends/<backend>/) under the same key plus the backend, so the build,
which runs and shows TensorFlow only, never deletes or waits for them.

Importing TensorFlow and Keras costs about 7 s of CPU, and every tutorial starts with it. On
Linux, one process imports them once and forks each tutorial's kernel from there (see
KernelServer): a forked kernel is a new interpreter in all but the modules already loaded,
since nothing has run in it yet, so a tutorial prints exactly what it prints in a fresh
kernel.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from html import escape
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # "mkdocs serve" from the console script does not see the repo root

from snippets import where  # noqa: E402  (importing snippets also quiets TensorFlow in the kernels)

TUTORIALS_DIR = ROOT / "docs" / "tutorials"
CACHE_DIR = ROOT / ".cache" / "notebooks"
BACKEND_CACHE_DIR = ROOT / ".cache" / "notebooks-backends"
SHOWN_BACKEND = "tensorflow"  # the run the site shows; the others are checked by the tests
BACKEND_LABELS = {"tensorflow": "TensorFlow", "jax": "JAX", "torch": "PyTorch"}
CELL_TIMEOUT = 300  # seconds; a tutorial should take well under a minute in total
# Progress bars and timings change from run to run; stderr is warnings a reader should not see.
_NOISE = re.compile(r"ms/step|s/step|\bETA\b|\r")


class NotebookError(Exception):
    """A tutorial that failed, worded for the person who has to fix it."""


def sources() -> list[Path]:
    """The tutorials: not helpers (_x.py), not translations (x.zh.py, shown by the Chinese edition)."""
    return sorted(
        p for p in TUTORIALS_DIR.glob("*.py") if not p.name.startswith("_") and p.name.count(".") == 1
    )


_IMPORT = re.compile(r"^\s*(?:from|import)\s+(snippets(?:\.\w+)*)", re.M)


def snippet_modules(source: Path) -> list[Path]:
    """The files of the snippets package a script imports, directly or through another one."""
    found: list[Path] = []
    todo = [source]
    while todo:
        for name in _IMPORT.findall(todo.pop().read_text(encoding="utf-8")):
            parts = name.split(".")
            for depth in range(1, len(parts) + 1):  # snippets.a.b also runs snippets/a/__init__.py
                base = ROOT.joinpath(*parts[:depth])
                for path in (base / "__init__.py", base.with_suffix(".py")):
                    if path.is_file() and path not in found:
                        found.append(path)
                        todo.append(path)
    return sorted(found)


def _other(backend: str | None) -> bool:
    return backend not in (None, SHOWN_BACKEND)


def cache_key(source: Path, backend: str | None = None) -> str:
    # Not every snippet: editing a snippet re-runs only the tutorials that import it.
    # snippets/__init__.py sets the environment every kernel runs in (hooks import it).
    digest = hashlib.sha256()
    extra = [ROOT / "requirements-torch.txt"] if backend == "torch" else []
    for path in [
        source,
        Path(__file__),
        ROOT / "requirements.txt",
        *extra,
        ROOT / "snippets" / "__init__.py",
        *snippet_modules(source),
    ]:
        digest.update(where(path).encode())
        digest.update(path.read_bytes())
    digest.update(f"{sys.version} {platform.system()} {platform.machine()}".encode())
    if _other(backend):
        digest.update(backend.encode())
    return digest.hexdigest()[:20]


def cached_path(source: Path, backend: str | None = None) -> Path:
    base = BACKEND_CACHE_DIR / backend if _other(backend) else CACHE_DIR
    return base / cache_key(source, backend) / "tutorials" / f"{source.stem}.ipynb"


def _line_of(source: Path, cell_source: str) -> int:
    first = next((line for line in cell_source.splitlines() if line.strip()), "")
    for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), start=1):
        if first and line.strip() == first.strip():
            return number
    return 0


def _images(cell) -> int:
    return sum(
        any(kind.startswith("image/") for kind in output.get("data", {}))
        for output in cell.get("outputs", [])
    )


def _problem(source: Path, nb, backend: str | None = None) -> str | None:
    again = f"Check it again with: python dev.py test tests/test_notebooks.py -k {source.stem}"
    on = ""
    if _other(backend):
        again = (
            "Every tutorial runs on TensorFlow, JAX and PyTorch: fix it the portable way (keras.ops, "
            "keras.random, keras.ops.convert_to_numpy; CONTRIBUTING.md, 'Add a tutorial'). "
            f"Check it again with: BACKENDS_NOTEBOOKS=1 "
            f'python dev.py test tests/test_notebooks.py -k "{backend} and {source.stem}"'
        )
        on = f" on {BACKEND_LABELS[backend]} (KERAS_BACKEND={backend})"
    code_cells = [c for c in nb.cells if c.cell_type == "code"]
    for number, cell in enumerate(code_cells, start=1):
        at = f"{where(source)}, code cell {number} (line {_line_of(source, cell.source)}){on}"
        if _images(cell) and not cell.metadata.get("alt"):
            return (
                f"{at} draws a figure without a description for readers who cannot see it: "
                'start the cell with  # %% alt="what the figure shows"'
            )
        for output in cell.get("outputs", []):
            if output.output_type == "error":
                return f"{at} raised {output.ename}: {output.evalue}\nFix the cell. {again}"
            if output.output_type == "stream" and output.name == "stderr":
                return (
                    f"{at} wrote to stderr, which readers would see as a warning:\n"
                    f"{output.text.strip()[:500]}\nFix the cause of the warning. {again}"
                )
            if output.output_type == "stream" and _NOISE.search(output.text):
                return (
                    f"{at} printed a progress bar or a timing, which changes from run to run: "
                    f"pass verbose=0 to fit/evaluate/predict. {again}"
                )
    return None


# ---- kernels forked from a process that has imported TensorFlow already -----------------

PRELOAD = ["tensorflow", "keras", "sklearn"]  # what the tutorials import first; ~7 s of CPU
# A tutorial that sets environment variables may do so to change how a module imports
# (KERAS_BACKEND): it gets a kernel of its own.
_SETS_ENVIRONMENT = re.compile(r"\benviron\b|\bputenv\b|%env\b|%set_env\b")

# The server: imports PRELOAD, then forks a kernel for every relay that connects. Anything the
# imports write to stderr (a warning) is reported instead, and then kernels start fresh, where
# the warning shows in the tutorial's first cell as it should.
_SERVER = r"""
import json, os, select, signal, socket, sys, tempfile
path, modules = sys.argv[1], sys.argv[2:]
if sys.path and sys.path[0] == "":
    del sys.path[0]  # as ipykernel_launcher does; IPython puts it back in the kernel
log, saved = tempfile.TemporaryFile(), os.dup(2)
os.dup2(log.fileno(), 2)
for name in modules:
    __import__(name)
sys.stderr.flush()
os.dup2(saved, 2)
os.close(saved)
log.seek(0)
noise = log.read().decode(errors="replace")
log.close()
server = socket.socket(socket.AF_UNIX)
server.bind(path)
server.listen()
print(json.dumps(noise), flush=True)
relays = {}
while True:
    ready = select.select([sys.stdin, server, *relays.values()], [], [], 0.05)[0]
    if sys.stdin in ready:  # closed: the build is done with us
        break
    if server in ready:
        relay = server.accept()[0]
        request = json.loads(relay.makefile().readline())
        pid = os.fork()
        if pid == 0:
            for sock in (server, relay, *relays.values()):
                sock.close()
            null = os.open(os.devnull, os.O_RDONLY)
            os.dup2(null, 0)
            os.dup2(2, 1)  # nobody reads our stdout
            os.chdir(request["cwd"])
            os.environ.clear()
            os.environ.update(request["env"])
            from importlib.util import find_spec
            sys.argv = [find_spec("ipykernel_launcher").origin, *request["argv"]]
            from ipykernel import kernelapp
            kernelapp.launch_new_instance()
            os._exit(0)
        relay.sendall(b"%d\n" % pid)
        relays[pid] = relay
    for pid, relay in relays.items():
        if relay in ready:  # the relay was killed: so is its kernel
            os.kill(pid, signal.SIGKILL)
    while relays and (done := os.waitpid(-1, os.WNOHANG))[0]:
        relay = relays.pop(done[0])
        try:
            relay.sendall(b"%d\n" % os.waitstatus_to_exitcode(done[1]))
        except OSError:
            pass
        relay.close()
for pid in relays:
    os.kill(pid, signal.SIGKILL)
"""

# The kernel process jupyter_client starts, watches, signals and kills: it asks the server for
# a kernel, passes signals on to it and ends with it.
_RELAY = r"""
import json, os, signal, socket, sys
server = socket.socket(socket.AF_UNIX)
server.connect(sys.argv[1])
request = {"argv": sys.argv[2:], "cwd": os.getcwd(), "env": dict(os.environ)}
server.sendall(json.dumps(request).encode() + b"\n")
replies = server.makefile()
pid = int(replies.readline())
for number in (signal.SIGINT, signal.SIGTERM):
    signal.signal(number, lambda number, frame: os.kill(pid, number))
sys.exit(int(replies.readline() or 1))
"""


def _kernel_env() -> dict[str, str]:
    # Snippets' matplotlib settings (Agg, a fixed rc file) would hide a notebook's inline figures.
    return {k: v for k, v in os.environ.items() if k not in ("MPLBACKEND", "MATPLOTLIBRC")}


class KernelServer:
    """One process that imports PRELOAD once and forks a kernel for each tutorial (Linux)."""

    def __init__(self):
        self._dir = tempfile.mkdtemp(prefix="kernels-")
        self.path = os.path.join(self._dir, "server")
        self._process = subprocess.Popen(
            [sys.executable, "-c", _SERVER, self.path, *PRELOAD],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            cwd=self._dir,
            env=_kernel_env(),
            text=True,
        )
        line = self._process.stdout.readline()
        try:
            noise = json.loads(line)
        except ValueError:  # it failed to start: kernels start fresh
            noise = line or "no answer"
        self.usable = noise == ""

    def manager_class(self):
        from jupyter_client.manager import AsyncKernelManager

        path = self.path

        class ForkedKernelManager(AsyncKernelManager):
            def format_kernel_cmd(self, extra_arguments=None):
                cmd = super().format_kernel_cmd(extra_arguments)
                launcher = cmd.index("ipykernel_launcher")  # [python, -m, ipykernel_launcher, -f, ...]
                return [sys.executable, "-c", _RELAY, path, *cmd[launcher + 1 :]]

        return ForkedKernelManager

    def close(self):
        self._process.stdin.close()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
        shutil.rmtree(self._dir, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def execute(source: Path, server: KernelServer | None = None, backend: str | None = None) -> Path:
    """Return the executed notebook for a tutorial, running it unless it is cached.

    With a usable server, a tutorial that sets no environment variable runs in a kernel
    forked from it; otherwise in a fresh kernel. On another backend than the one the site
    shows, always in a fresh kernel (the server has imported Keras on TensorFlow)."""
    import jupytext
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    target = cached_path(source, backend)
    if target.exists():
        return target
    nb = jupytext.read(source)
    env = _kernel_env()
    if _other(backend):
        server = None
        env["KERAS_BACKEND"] = backend
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata.pop("jupytext", None)  # the download is a plain notebook
    forked = {}
    if server and server.usable and not _SETS_ENVIRONMENT.search(source.read_text(encoding="utf-8")):
        forked["kernel_manager_class"] = server.manager_class()
    with tempfile.TemporaryDirectory() as workdir:  # whatever a tutorial writes stays out of the repo
        client = NotebookClient(
            nb,
            timeout=CELL_TIMEOUT,
            kernel_name="python3",
            allow_errors=False,
            resources={"metadata": {"path": workdir}},
            # The kernel's own start-up notices are not the tutorial's output.
            extra_arguments=["--IPKernelApp.log_level=ERROR"],
            **forked,
        )
        try:
            client.execute(env=env)
        except CellExecutionError:
            pass  # the error is in the cell's outputs; _problem words it
    problem = _problem(source, nb, backend)
    if problem:
        raise NotebookError(problem)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    nbformat.write(nb, partial)
    partial.replace(target)  # never leave a half-written notebook in the cache
    return target


def execute_all(paths: list[Path], backend: str | None = None) -> dict[Path, Path]:
    """Execute tutorials side by side, one kernel per core, each forked from one KernelServer
    (on the backend the site shows; on another, each in a fresh kernel)."""
    todo = [p for p in paths if not cached_path(p, backend).exists()]
    # Longest first (the size of the source is a fair guess), so that no long one starts last.
    todo.sort(key=lambda p: p.stat().st_size, reverse=True)
    fork = len(todo) > 1 and sys.platform == "linux" and not _other(backend)
    server = KernelServer() if fork else None
    try:
        with ThreadPoolExecutor(max_workers=max(1, min(len(todo), os.cpu_count() or 1))) as pool:
            list(pool.map(lambda p: execute(p, server, backend), todo))
    finally:
        if server:
            server.close()
    if _other(backend) and set(paths) >= set(sources()):
        keep = {cached_path(p, backend).parents[1].name for p in paths}
        for stale in (BACKEND_CACHE_DIR / backend).glob("*"):
            if stale.name not in keep:  # a run of an earlier version: never read again
                shutil.rmtree(stale, ignore_errors=True)
    return {p: execute(p, backend=backend) for p in paths}  # all cached by now


def localize(executed: Path, translation: Path) -> Path:
    """The Chinese notebook: the translation's Markdown cells and figure alt text around the
    English run's outputs, so a tutorial's code runs once for both editions."""
    import jupytext
    import nbformat

    run_dir = executed.parents[1]
    digest = hashlib.sha256(translation.read_bytes()).hexdigest()[:12]
    target = run_dir.with_name(f"{run_dir.name}{_ZH}{digest}") / "tutorials" / executed.name
    if target.exists():
        return target
    english = nbformat.read(executed, as_version=4)
    nb = jupytext.read(translation)
    ran = [cell for cell in english.cells if cell.cell_type == "code"]
    code = [cell for cell in nb.cells if cell.cell_type == "code"]
    if [cell.source for cell in code] != [cell.source for cell in ran]:
        raise NotebookError(
            f"{where(translation)}: its code cells differ from those of "
            f"{where(translation.with_name(executed.stem + '.py'))}. A translation changes only the "
            "Markdown cells and each figure's alt text: copy the code cells from the English tutorial "
            "(python dev.py test tests/test_translations.py shows the first difference)."
        )
    for mine, run in zip(code, ran, strict=True):
        mine.outputs, mine.execution_count = run.outputs, run.execution_count
        mine.metadata = {**run.metadata, **{k: v for k, v in mine.metadata.items() if k == "alt"}}
    for cell in nb.cells:
        for key in ("source_blob", "behind"):  # bookkeeping of the translation, not of the download
            cell.metadata.pop(key, None)
    nb.metadata = english.metadata
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    nbformat.write(nb, partial)
    partial.replace(target)
    return target


_ZH = "-zh-"  # .cache/notebooks/<key>-zh-<translation hash>: a Chinese notebook made from run <key>


# ---- MkDocs events -------------------------------------------------------------------

_sources: dict[str, str] = {}  # "tutorials/x.ipynb" -> "tutorials/x.py"
_english: dict[str, Path] = {}  # Chinese edition: "tutorials/x.ipynb" -> the English executed notebook


@event_priority(100)  # before mkdocs-jupyter looks for notebooks
def on_files(files, config):
    tutorials = [f for f in files if re.fullmatch(r"tutorials/[^/_.][^/.]*\.py", f.src_uri)]
    chinese = config.extra.get("edition") == "zh"
    translations = {}
    if chinese:
        translations = {f: Path(f.abs_src_path).with_suffix(".zh.py") for f in tutorials}
        missing = [where(t) for t in translations.values() if not t.is_file()]
        if missing:
            raise PluginError(
                f"The Chinese edition has no tutorial {', '.join(missing)}: every tutorial needs its "
                "translation beside it (CONTRIBUTING.md, 'Translate a page')."
            )
    try:
        executed = execute_all([Path(f.abs_src_path) for f in tutorials])
        shown = {f: executed[Path(f.abs_src_path)] for f in tutorials}
        if chinese:
            shown = {f: localize(notebook, translations[f]) for f, notebook in shown.items()}
    except NotebookError as exc:
        raise PluginError(str(exc)) from None
    runs = {path.parents[1].name for path in executed.values()}
    kept = {path.parents[1].name for path in shown.values()}
    for stale in CACHE_DIR.glob("*"):
        run, zh, _ = stale.name.partition(_ZH)
        # Runs of earlier versions are never shown again; each edition keeps its own notebooks.
        if run not in runs or (bool(zh) == chinese and stale.name not in kept):
            shutil.rmtree(stale, ignore_errors=True)
    for file in tutorials:
        notebook = shown[file]
        files.remove(file)
        uri = file.src_uri.removesuffix(".py") + ".ipynb"
        _sources[uri] = where(translations.get(file, Path(file.abs_src_path))).removeprefix("docs/")
        if chinese:
            _english[uri] = executed[Path(file.abs_src_path)]
        files.append(
            File(
                uri,
                src_dir=str(notebook.parents[1]),
                dest_dir=config["site_dir"],
                use_directory_urls=config["use_directory_urls"],
            )
        )
    return files


# A tutorial links another as "name.ipynb", which works in Jupyter beside the downloaded files.
_NOTEBOOK_LINK = re.compile(r'href="([\w-]+)\.ipynb(#[^"]*)?"')


_NO_ALT = 'alt="No description has been provided for this image"'  # nbconvert's stand-in


def heading_ids(notebook: Path) -> list[str]:
    """The ids of a notebook's headings, in order, as mkdocs-jupyter's table of contents gives them."""
    import markdown
    import nbformat

    cells = nbformat.read(notebook, as_version=4).cells
    md = markdown.Markdown(extensions=["toc"])
    md.convert("\n\n".join(cell.source for cell in cells if cell.cell_type == "markdown"))
    found, todo = [], list(md.toc_tokens)
    while todo:
        token = todo.pop(0)
        found.append(token["id"])
        todo[:0] = token["children"]
    return found


_HEADING = re.compile(r'<h([1-6]) id="[^"]*">(.*?)</h\1>', re.S)


def english_anchors(html: str, page, english: Path) -> str:
    """A Chinese tutorial's headings get the ids of the English ones (Chinese text slugifies to
    nothing), in the page and in its table of contents, so that #anchors mean the same in both."""
    ids = heading_ids(english)
    toc, todo = [], list(page.toc)
    while todo:
        item = todo.pop(0)
        toc.append(item)
        todo[:0] = item.children
    headings = _HEADING.findall(html)
    if len(headings) != len(ids) or len(toc) != len(ids):
        raise PluginError(
            f"docs/{_sources[page.file.src_uri]} has {len(headings)} headings, its English tutorial "
            f"{len(ids)}: translate every heading of the English Markdown cells, and add none."
        )
    for item, anchor in zip(toc, ids, strict=True):
        item.id = anchor
    found = iter(ids)

    def english(match: re.Match) -> str:
        anchor = next(found)
        inner = re.sub(
            r'class="anchor-link" href="#[^"]*"', f'class="anchor-link" href="#{anchor}"', match[2]
        )
        return f'<h{match[1]} id="{anchor}">{inner}</h{match[1]}>'

    return _HEADING.sub(english, html)


def on_page_content(html, page, config, files):
    """Give each figure its cell's alt text; send links to another tutorial's .ipynb to its page."""
    if page.file.src_uri not in _sources:
        return html
    import nbformat

    if page.file.src_uri in _english:
        html = english_anchors(html, page, _english[page.file.src_uri])

    nb = nbformat.read(page.file.abs_src_path, as_version=4)
    for cell in nb.cells:
        for _ in range(_images(cell) if cell.cell_type == "code" else 0):
            html = html.replace(_NO_ALT, f'alt="{escape(cell.metadata["alt"])}"', 1)

    def to_page(match: re.Match) -> str:
        target = files.get_file_from_path(f"tutorials/{match[1]}.ipynb")
        if target is None:
            return match[0]  # left for the link check to report
        return f'href="{target.url_relative_to(page.file)}{match[2] or ""}"'

    return _NOTEBOOK_LINK.sub(to_page, html)


def on_page_context(context, page, config, nav):
    source = _sources.get(page.file.src_uri)
    if source and page.edit_url:
        page.edit_url = page.edit_url.removesuffix(page.file.src_uri) + source
    return context

"""MkDocs hook: tutorials are jupytext "percent" scripts, executed once per change.

docs/tutorials/<name>.py is run as a notebook (nbclient, a fresh kernel, no errors
allowed) and the executed <name>.ipynb is handed to mkdocs-jupyter to render, and
offered for download. Executed notebooks are cached under .cache/notebooks, keyed on
everything that can change an output: the tutorial, every snippet module, the pinned
requirements, the Python version and the machine type. The tests use the same cache,
so a notebook executed by the tests is not executed again by the build.
"""

from __future__ import annotations

import hashlib
import os
import platform
import re
import shutil
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
CELL_TIMEOUT = 300  # seconds; a tutorial should take well under a minute in total
# Progress bars and timings change from run to run; stderr is warnings a reader should not see.
_NOISE = re.compile(r"ms/step|s/step|\bETA\b|\r")


class NotebookError(Exception):
    """A tutorial that failed, worded for the person who has to fix it."""


def sources() -> list[Path]:
    return sorted(p for p in TUTORIALS_DIR.glob("*.py") if not p.name.startswith("_"))


def cache_key(source: Path) -> str:
    digest = hashlib.sha256()
    for path in [
        source,
        Path(__file__),
        ROOT / "requirements.txt",
        *sorted((ROOT / "snippets").rglob("*.py")),
    ]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    digest.update(f"{sys.version} {platform.system()} {platform.machine()}".encode())
    return digest.hexdigest()[:20]


def cached_path(source: Path) -> Path:
    return CACHE_DIR / cache_key(source) / "tutorials" / f"{source.stem}.ipynb"


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


def _problem(source: Path, nb) -> str | None:
    again = f"Check it again with: python dev.py test tests/test_notebooks.py -k {source.stem}"
    code_cells = [c for c in nb.cells if c.cell_type == "code"]
    for number, cell in enumerate(code_cells, start=1):
        at = f"{where(source)}, code cell {number} (line {_line_of(source, cell.source)})"
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


def execute(source: Path) -> Path:
    """Return the executed notebook for a tutorial, running it unless it is cached."""
    import jupytext
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    target = cached_path(source)
    if target.exists():
        return target
    nb = jupytext.read(source)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata.pop("jupytext", None)  # the download is a plain notebook
    with tempfile.TemporaryDirectory() as workdir:  # whatever a tutorial writes stays out of the repo
        client = NotebookClient(
            nb,
            timeout=CELL_TIMEOUT,
            kernel_name="python3",
            allow_errors=False,
            resources={"metadata": {"path": workdir}},
            # The kernel's own start-up notices are not the tutorial's output.
            extra_arguments=["--IPKernelApp.log_level=ERROR"],
        )
        try:
            # Snippets' matplotlib settings (Agg, a fixed rc file) would hide a notebook's inline figures.
            env = {k: v for k, v in os.environ.items() if k not in ("MPLBACKEND", "MATPLOTLIBRC")}
            client.execute(env=env)
        except CellExecutionError:
            pass  # the error is in the cell's outputs; _problem words it
    problem = _problem(source, nb)
    if problem:
        raise NotebookError(problem)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    nbformat.write(nb, partial)
    partial.replace(target)  # never leave a half-written notebook in the cache
    return target


def execute_all(paths: list[Path]) -> dict[Path, Path]:
    """Execute tutorials side by side (each kernel is its own process)."""
    with ThreadPoolExecutor(max_workers=max(1, min(len(paths), os.cpu_count() or 1))) as pool:
        return dict(zip(paths, pool.map(execute, paths), strict=True))


# ---- MkDocs events -------------------------------------------------------------------

_sources: dict[str, str] = {}  # "tutorials/x.ipynb" -> "tutorials/x.py"


@event_priority(100)  # before mkdocs-jupyter looks for notebooks
def on_files(files, config):
    tutorials = [f for f in files if re.fullmatch(r"tutorials/[^/_][^/]*\.py", f.src_uri)]
    try:
        executed = execute_all([Path(f.abs_src_path) for f in tutorials])
    except NotebookError as exc:
        raise PluginError(str(exc)) from None
    current = {path.parents[1] for path in executed.values()}
    for stale in CACHE_DIR.glob("*"):
        if stale not in current:  # runs of earlier versions: never shown again
            shutil.rmtree(stale, ignore_errors=True)
    for file in tutorials:
        notebook = executed[Path(file.abs_src_path)]
        files.remove(file)
        uri = file.src_uri.removesuffix(".py") + ".ipynb"
        _sources[uri] = file.src_uri
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


def on_page_content(html, page, config, files):
    """Give each figure its cell's alt text; send links to another tutorial's .ipynb to its page."""
    if page.file.src_uri not in _sources:
        return html
    import nbformat

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

"""Every tutorial runs from the first cell to the last, quietly (no errors, warnings or
progress bars). Executed notebooks are cached, and the site build reuses them.

The site shows the TensorFlow run; every tutorial must also run to the end on JAX and
PyTorch, checked the same way in fresh kernels. Those runs take minutes, so they run under
CI=true, and locally with BACKENDS_NOTEBOOKS=1 (README.md, "The two commands")."""

import os
import sys

import nbformat
import notebooks
import pytest

from snippets import runner

SOURCES = notebooks.sources()
OTHER_BACKENDS = ("jax", "torch")


def _on(name: str) -> bool:
    return os.environ.get(name, "").lower() in ("1", "true", "yes")


@pytest.fixture(scope="module", autouse=True)
def _run_side_by_side():
    # Start all uncached tutorials at once (one kernel each); the tests below read the results.
    try:
        notebooks.execute_all(SOURCES)
    except notebooks.NotebookError:
        pass  # reported by the test of the failing tutorial


@pytest.mark.parametrize("source", SOURCES, ids=[s.stem for s in SOURCES])
def test_tutorial_executes(source):
    try:
        notebook = notebooks.execute(source)
    except notebooks.NotebookError as exc:
        pytest.fail(str(exc), pytrace=False)
    assert notebook.exists()


_RAN: set[str] = set()


def _skip_unless_backends_wanted(backend: str) -> None:
    if not (_on("CI") or _on("BACKENDS_NOTEBOOKS")):
        pytest.skip(
            "tutorials run on JAX and PyTorch under CI=true, or with BACKENDS_NOTEBOOKS=1 "
            "python dev.py test tests/test_notebooks.py"
        )
    if not runner.available(backend):
        reason = f"{runner.LABELS[backend]} is not installed ({runner.INSTALL[backend]})"
        if _on("CI"):
            pytest.fail(f"CI=true but {reason}", pytrace=False)
        pytest.skip(reason)


@pytest.mark.parametrize("backend", OTHER_BACKENDS)
@pytest.mark.parametrize("source", SOURCES, ids=[s.stem for s in SOURCES])
def test_tutorial_executes_on_another_backend(source, backend):
    _skip_unless_backends_wanted(backend)
    if backend not in _RAN:  # all of this backend's tutorials side by side, once
        _RAN.add(backend)
        try:
            notebooks.execute_all(SOURCES, backend)
        except notebooks.NotebookError:
            pass  # reported by the test of the failing tutorial
    try:
        notebooks.execute(source, backend=backend)
    except notebooks.NotebookError as exc:
        pytest.fail(str(exc), pytrace=False)


NOT_PORTABLE = """# %%
import keras

print(keras.ops.ones(3).numpy())  # a TensorFlow tensor's method: a JAX array has none
"""


def test_a_tutorial_that_fails_on_jax_names_the_cell_and_the_backend(tmp_path, monkeypatch):
    _skip_unless_backends_wanted("jax")
    monkeypatch.setattr(notebooks, "BACKEND_CACHE_DIR", tmp_path / "cache")
    source = tmp_path / "not_portable.py"
    source.write_text(NOT_PORTABLE)
    with pytest.raises(notebooks.NotebookError) as failed:
        notebooks.execute(source, backend="jax")
    message = str(failed.value)
    assert "not_portable.py, code cell 1 (line 2) on JAX (KERAS_BACKEND=jax)" in message
    assert "AttributeError" in message and "keras.ops.convert_to_numpy" in message
    again = 'BACKENDS_NOTEBOOKS=1 python dev.py test tests/test_notebooks.py -k "jax and not_portable"'
    assert again in message


def test_there_are_tutorials():
    assert SOURCES


FORK_CHECK = """# %%
import os
import sys
import warnings

import keras
import numpy as np

keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(2)])
print(model.layers[0].name, np.round(model.predict(np.ones((1, 3)), verbose=0), 6))
print(os.path.basename(sys.argv[0]), sys.path[0] == "", __name__, os.environ.get("KERAS_BACKEND"))
print(os.environ.get("MPLBACKEND"), [f[0] for f in warnings.filters[:4]])
"""


@pytest.mark.skipif(sys.platform != "linux", reason="kernels are forked on Linux only")
def test_a_forked_kernel_prints_what_a_fresh_one_prints(tmp_path, monkeypatch):
    monkeypatch.setattr(notebooks, "CACHE_DIR", tmp_path / "cache")
    source = tmp_path / "fork_check.py"
    source.write_text(FORK_CHECK)

    def outputs() -> list:
        path = notebooks.cached_path(source)
        text = [o["text"] for c in nbformat.read(path, as_version=4).cells for o in c.get("outputs", [])]
        path.unlink()
        return text

    fresh = (notebooks.execute(source), outputs())[1]
    with notebooks.KernelServer() as server:
        assert server.usable
        forked = (notebooks.execute(source, server), outputs())[1]
    assert forked == fresh

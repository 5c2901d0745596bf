"""Every tutorial runs from the first cell to the last, quietly (no errors, warnings or
progress bars). Executed notebooks are cached, and the site build reuses them."""

import sys

import nbformat
import notebooks
import pytest

SOURCES = notebooks.sources()


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

"""Every tutorial runs from the first cell to the last, quietly (no errors, warnings or
progress bars). Executed notebooks are cached, and the site build reuses them."""

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

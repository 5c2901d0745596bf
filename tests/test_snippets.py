"""Every snippet runs on every backend it is for, and prints exactly what its page shows
(numbers to the last digit or so).

TensorFlow runs in this process; JAX and PyTorch each run in a process of their own
(Keras fixes its backend on import), started when the tests are collected, so that they
work side by side with the rest of the suite (tests/conftest.py, pytest_collection_finish).
"""

import os

import pytest

from snippets import runner

SNIPPETS = runner.discover()
OTHERS = ("jax", "torch")


def _ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def test_every_snippet_says_which_backends_it_is_for():
    problems = []
    for snippet in SNIPPETS:
        try:
            snippet.backends  # noqa: B018
        except runner.SnippetError as exc:
            problems.append(str(exc))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[s.name for s in SNIPPETS])
def test_snippet_output_matches_its_recording(snippet):
    """On TensorFlow, in this process; a backend-free snippet runs here, once."""
    assert snippet.description  # a one-line docstring, shown by "python -m snippets list"
    if snippet.backends and "tensorflow" not in snippet.backends:
        pytest.skip(f"{snippet.name} is not for TensorFlow")
    try:
        run = runner.execute(snippet)
    except runner.SnippetError as exc:
        pytest.fail(str(exc), pytrace=False)
    problem = runner.drift(snippet, run, "tensorflow" if snippet.backends else None)
    if problem:
        pytest.fail(problem, pytrace=False)


# Started by conftest.pytest_collection_finish for the (backend, snippet) pairs selected.
JOBS: dict[str, runner.Job] = {}
_RESULTS: dict[str, dict] = {}

PAIRS = [(b, s) for b in OTHERS for s in SNIPPETS if b in s.backends]


def wanted(items) -> dict[str, list[runner.Snippet]]:
    """The snippets each other backend must run for the selected tests."""
    by_name = {s.name: s for s in SNIPPETS}
    chosen: dict[str, list[runner.Snippet]] = {}
    for item in items:
        if item.originalname == "test_snippet_on_another_backend":
            backend, name = item.callspec.params["backend"], item.callspec.params["snippet"].name
            chosen.setdefault(backend, []).append(by_name[name])
    return chosen


def start(items) -> None:
    for backend, snippets in wanted(items).items():
        if runner.available(backend) and backend not in JOBS:
            JOBS[backend] = runner.Job(backend, snippets)


@pytest.mark.parametrize(("backend", "snippet"), PAIRS, ids=[f"{b}-{s.name}" for b, s in PAIRS])
def test_snippet_on_another_backend(backend, snippet):
    if not runner.available(backend):
        reason = f"{runner.LABELS[backend]} is not installed ({runner.INSTALL[backend]})"
        if _ci():
            pytest.fail(f"CI=true but {reason}", pytrace=False)
        pytest.skip(reason)
    if backend not in _RESULTS:
        job = JOBS.get(backend) or runner.Job(backend, [s for b, s in PAIRS if b == backend])
        _RESULTS[backend] = job.results()
    run = _RESULTS[backend].get(snippet.name)
    if run is None:  # selected after the job started (pytest --lf, say)
        run = runner.Job(backend, [snippet]).results()[snippet.name]
    if isinstance(run, runner.SnippetError):
        pytest.fail(f"on {runner.LABELS[backend]}: {run}", pytrace=False)
    problem = runner.drift(snippet, run, backend)
    if problem:
        pytest.fail(problem, pytrace=False)


def test_there_are_snippets():
    assert len(SNIPPETS) >= 3

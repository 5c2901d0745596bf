"""Every snippet runs, and prints exactly what its page shows (numbers to the last digit or so)."""

import pytest

from snippets import runner

SNIPPETS = runner.discover()


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[s.name for s in SNIPPETS])
def test_snippet_output_matches_its_recording(snippet):
    assert snippet.description  # a one-line docstring, shown by "python -m snippets list"
    try:
        run = runner.execute(snippet)
    except runner.SnippetError as exc:
        pytest.fail(str(exc), pytrace=False)
    problem = runner.drift(snippet, run)
    if problem:
        pytest.fail(problem, pytrace=False)


def test_there_are_snippets():
    assert len(SNIPPETS) >= 3

"""Snippets that are meant to fail (RAISES = "ValueError"): what they record, and the clear error a
learner-facing page gets when Keras stops failing, fails another way, or words it differently."""

import sysconfig

import pytest

from snippets import runner


def _snippet(tmp_path, name, source):
    (tmp_path / "demo").mkdir(exist_ok=True)
    path = tmp_path / "demo" / f"{name}.py"
    path.write_text(source, encoding="utf-8")
    return runner.Snippet(f"demo/{name}", path)


FAILS = '''"""Read a number."""

import tempfile

RAISES = "ValueError"

print("reading")
with tempfile.TemporaryDirectory() as folder:
    int(f"{folder}/count.txt")
'''


def test_the_recording_ends_with_the_traceback_a_learner_sees(tmp_path):
    snippet = _snippet(tmp_path, "fails", FAILS)
    output = runner.execute(snippet).output
    lines = output.splitlines()
    assert lines[:2] == ["reading", runner.TRACEBACK]
    assert lines[2].endswith('fails.py", line 9, in <module>')
    assert lines[3] == '    int(f"{folder}/count.txt")'  # the snippet's own line, as written
    # The temporary folder changes from run to run: it is recorded as <tmp>.
    assert lines[4:] == ["ValueError: invalid literal for int() with base 10: '<tmp>/count.txt'"]
    assert runner.error_lines(output) == lines[4:]


def test_paths_of_the_installation_and_memory_addresses_are_normalized(tmp_path):
    site = sysconfig.get_paths()["purelib"]
    source = f'"""Fail."""\n\nRAISES = "OSError"\n\nwhere = "{site}"\n'
    source += 'raise OSError(f"{where}/keras/x.py at {hex(id(object()))}")\n'
    output = runner.execute(_snippet(tmp_path, "paths", source)).output
    assert runner.error_lines(output) == ["OSError: <site-packages>/keras/x.py at 0x…"]
    # The frames inside the libraries are left out, marked by "  ...": here there are none.
    assert "  ...\n" not in output


def test_a_changed_message_is_a_drift_naming_the_update_command(tmp_path):
    snippet = _snippet(tmp_path, "fails", FAILS)
    runner.record(snippet, runner.execute(snippet))
    assert runner.drift(snippet, runner.execute(snippet)) is None
    snippet.path.write_text(FAILS.replace("count.txt", "total.txt"), encoding="utf-8")
    problem = runner.drift(snippet, runner.execute(snippet))
    assert "demo/fails.py: output drifted" in problem
    assert "+ValueError: invalid literal for int() with base 10: '<tmp>/total.txt'" in problem
    assert "run: python -m snippets update demo/fails" in problem


def test_a_marked_snippet_that_no_longer_fails_names_the_snippet_and_the_fix(tmp_path):
    snippet = _snippet(tmp_path, "works", FAILS.replace('int(f"{folder}/count.txt")', "print(folder != '')"))
    with pytest.raises(runner.SnippetError) as error:
        runner.execute(snippet)
    message = str(error.value)
    assert "works.py is marked RAISES ValueError, but it ran to the end without an error" in message
    assert "Make it fail again" in message and "python -m snippets update demo/works" in message


def test_a_marked_snippet_that_fails_another_way_names_both_exceptions(tmp_path):
    snippet = _snippet(tmp_path, "other", FAILS.replace('int(f"{folder}/count.txt")', "{}['count']"))
    with pytest.raises(runner.SnippetError) as error:
        runner.execute(snippet)
    message = str(error.value)
    assert "other.py is marked RAISES ValueError, but raised KeyError: 'count'" in message
    assert "python -m snippets update demo/other" in message


def test_an_unmarked_snippet_that_raises_still_fails_and_says_how_to_mark_it(tmp_path):
    snippet = _snippet(tmp_path, "plain", FAILS.replace('RAISES = "ValueError"\n', ""))
    with pytest.raises(runner.SnippetError) as error:
        runner.execute(snippet)
    message = str(error.value)
    assert "plain.py raised ValueError" in message
    assert "python -m snippets run demo/plain" in message
    assert 'RAISES = "ValueError"' in message


@pytest.mark.parametrize(
    ("marker", "message"),
    [
        ("RAISES = ValueError", "it must name the exception class as Python prints it"),
        ('RAISES = "Value Error"', "it must name the exception class as Python prints it"),
        ('RAISES = {"tensorflow": "ValueError"}', "its keys must be the backends it runs on"),
        ('RAISES = {"tensorflow": None, "jax": None, "torch": None}', "name the exception class"),
    ],
)
def test_a_marker_that_is_not_understood(tmp_path, marker, message):
    snippet = _snippet(tmp_path, "mark", f'"""Mark."""\n\nimport keras\n\n{marker}\n')
    with pytest.raises(runner.SnippetError, match=message) as error:
        snippet.raises  # noqa: B018
    assert "mark.py line 5: RAISES is not understood" in str(error.value)


PER_BACKEND = '''"""Fail on one backend."""

import keras

RAISES = {"tensorflow": "ZeroDivisionError", "jax": None, "torch": None}

print(1 / (keras.config.backend() != "tensorflow"))
'''


def test_a_snippet_may_fail_on_some_backends_only(tmp_path, monkeypatch):
    snippet = _snippet(tmp_path, "some", PER_BACKEND)
    assert snippet.raises == {"tensorflow": "ZeroDivisionError", "jax": None, "torch": None}
    monkeypatch.setenv("KERAS_BACKEND", "tensorflow")
    assert runner.error_lines(runner.execute(snippet).output) == ["ZeroDivisionError: division by zero"]
    # Marked None on JAX: an error there is not expected, and is reported as for any snippet.
    monkeypatch.setenv("KERAS_BACKEND", "jax")
    with pytest.raises(runner.SnippetError, match="some.py raised ZeroDivisionError on JAX"):
        runner.execute(snippet)


ERRORS = [s for s in runner.discover() if s.raises]


@pytest.mark.parametrize("snippet", ERRORS, ids=[s.name for s in ERRORS])
def test_each_failing_snippet_records_its_error_where_it_fails_and_only_there(snippet):
    recorded = runner.recordings(snippet)
    for key, expected in snippet.raises.items():
        if key not in recorded:
            continue  # a missing recording is reported by tests/test_snippets.py
        lines = runner.error_lines(recorded[key].output)
        on = f" on {runner.LABELS[key]}" if key else ""
        if expected is None:
            assert not lines, f"{snippet.relpath} is marked None{on} but its recording has a traceback"
        else:
            assert lines and expected in lines[0].partition(":")[0], (
                f"{snippet.relpath}: its recording{on} does not end with {expected}. "
                f"Run: {runner.update_command(snippet)}"
            )


def test_there_are_failing_snippets():
    assert len(ERRORS) >= 15

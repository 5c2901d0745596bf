"""Command line: python -m snippets {list,run,check,update} ..."""

import argparse
import runpy
import sys

from snippets import runner


def _selected(names: list[str]) -> list[runner.Snippet]:
    return [runner.find(name) for name in names] if names else runner.discover()


def cmd_list(args) -> int:
    snippets = runner.discover()
    width = max((len(s.name) for s in snippets), default=0)
    for snippet in snippets:
        print(f"{snippet.name:<{width}}  {snippet.description}")
    return 0


def cmd_run(args) -> int:
    # Exactly what a learner gets from "python snippets/<topic>/<name>.py", in this directory.
    snippet = runner.find(args.name)
    runpy.run_path(str(snippet.path), run_name="__main__")
    return 0


def cmd_check(args) -> int:
    snippets, failed = _selected(args.names), 0
    for snippet in snippets:
        try:
            problem = runner.drift(snippet, runner.execute(snippet))
        except runner.SnippetError as exc:
            problem = str(exc)
        print(f"{'ok' if problem is None else 'FAIL':4}  {snippet.name}")
        if problem:
            failed += 1
            print(problem, file=sys.stderr)
    print(
        f"{failed} of {len(snippets)} snippets disagree with their recorded output"
    )
    return 1 if failed else 0


def cmd_update(args) -> int:
    for snippet in _selected(args.names):
        snippet.description  # noqa: B018 - fails early, with a clear message, on a missing docstring
        runner.record(snippet, runner.execute(snippet))
        print(f"recorded  {snippet.name}")
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m snippets", description=__doc__
    )
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser(
        "list", help="every snippet with its description"
    ).set_defaults(func=cmd_list)
    run = sub.add_parser("run", help="run one snippet and print its output")
    run.add_argument("name", help="e.g. tensors/axis_sum")
    run.set_defaults(func=cmd_run)
    check = sub.add_parser(
        "check", help="run snippets and report any drift from recorded output"
    )
    check.add_argument("names", nargs="*", help="default: all")
    check.set_defaults(func=cmd_check)
    update = sub.add_parser(
        "update", help="run snippets and record their output and figures"
    )
    update.add_argument("names", nargs="*", help="default: all")
    update.set_defaults(func=cmd_update)
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except runner.SnippetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())

"""Command line: python -m snippets {list,run,check,update,new,new-term} ..."""

import argparse
import os
import re
import runpy
import sys
import time
from pathlib import Path

from snippets import ROOT, runner, where


def _selected(names: list[str]) -> list[runner.Snippet]:
    return [runner.find(name) for name in names] if names else runner.discover()


def cmd_list(args) -> int:
    snippets = runner.discover()
    width = max((len(s.name) for s in snippets), default=0)
    for snippet in snippets:
        print(f"{snippet.name:<{width}}  {snippet.description}")
    return 0


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _backends(choice: str) -> list[str]:
    """The backends to run: one by name, or every installed one for "all"."""
    if choice != "all":
        if not runner.available(choice):
            raise runner.SnippetError(
                f"{runner.LABELS[choice]} is not installed here: {runner.INSTALL[choice]}"
            )
        return [choice]
    chosen = []
    for backend in runner.BACKENDS:
        if runner.available(backend):
            chosen.append(backend)
        elif _in_ci():
            raise runner.SnippetError(
                f"CI=true but {runner.LABELS[backend]} is not installed: {runner.INSTALL[backend]}"
            )
        else:
            print(
                f"skipped   {runner.LABELS[backend]}: not installed ({runner.INSTALL[backend]})",
                file=sys.stderr,
            )
    return chosen


def cmd_run(args) -> int:
    # Exactly what a learner gets from "KERAS_BACKEND=jax python snippets/<topic>/<name>.py".
    snippet = runner.find(args.name)
    backend = args.backend or runner.current_backend()
    if snippet.backends and backend not in snippet.backends:
        raise runner.SnippetError(
            f"{snippet.relpath} is for {', '.join(runner.LABELS[b] for b in snippet.backends)} only "
            f"(its BACKENDS line); try --backend {snippet.backends[0]}"
        )
    os.environ["KERAS_BACKEND"] = backend  # before anything imports Keras
    runpy.run_path(str(snippet.path), run_name="__main__")
    return 0


def _runs(args) -> tuple[list[runner.Snippet], dict[str, dict]]:
    snippets = _selected(args.names)
    for snippet in snippets:
        snippet.backends  # noqa: B018 - a bad BACKENDS line or a stray import fails before any run
    return snippets, runner.run_on(_backends(args.backend), snippets)


def cmd_check(args) -> int:
    started = time.monotonic()
    snippets, results = _runs(args)
    failed = checked = 0
    for backend, runs in results.items():
        for snippet in snippets:
            if snippet.name not in runs:
                continue
            run = runs[snippet.name]
            checked += 1
            problem = (
                str(run)
                if isinstance(run, runner.SnippetError)
                else runner.drift(
                    snippet, run, backend if snippet.backends else None
                )
            )
            label = runner.LABELS[backend] if snippet.backends else "any"
            print(
                f"{'ok' if problem is None else 'FAIL':4}  {snippet.name}  [{label}]"
            )
            if problem:
                failed += 1
                print(problem, file=sys.stderr)
    print(
        f"{failed} of {checked} runs disagree with their recorded output "
        f"({len(snippets)} snippets on {', '.join(runner.LABELS[b] for b in results)}; "
        f"{time.monotonic() - started:.0f} s)"
    )
    return 1 if failed else 0


def cmd_update(args) -> int:
    snippets, results = _runs(args)
    failed = 0
    for snippet in snippets:
        snippet.description  # noqa: B018 - fails early, with a clear message, on a missing docstring
        runs = {}
        for backend, by_name in results.items():
            run = by_name.get(snippet.name)
            if isinstance(run, runner.SnippetError):
                failed += 1
                print(f"error: {run}", file=sys.stderr)
            elif run is not None:
                runs[backend if snippet.backends else None] = run
        if runs:
            written = runner.record(snippet, runs)
            print(
                f"recorded  {snippet.name}  ({', '.join(where(p) for p in written)})"
            )
    return 1 if failed else 0


SNIPPETS_DIR = runner.SNIPPETS_DIR
GLOSSARY_DIR = ROOT / "docs" / "glossary"
NAME = re.compile(r"[a-z][a-z0-9_]*/[a-z][a-z0-9_]*")
SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")

SNIPPET_SKELETON = '''"""TODO: one line on what this shows (python -m snippets list prints it)."""

import keras

# Before anything random, so that the output never changes.
keras.utils.set_random_seed(0)

x = keras.ops.arange(6.0)
# Print rounded numbers; pass verbose=0 to fit, evaluate and predict.
print(f"mean: {float(keras.ops.mean(x)):.4f}")
'''

TERM_SKELETON = """---
term: {term}
zh: TODO 中文名
definition: TODO One sentence, ending with a full stop, shown in the term card.
related: [TODO-slug]
# aliases: [other spelling, abbreviation]
# formula: LaTeX without dollar signs
# snippet: topic/name
---
TODO: a few short paragraphs in your own words, with an example. Mention where older
Chinese texts use a different name.
"""


TERM_SKELETON_ZH = """---
source_blob: TODO the output of `git hash-object docs/glossary/{slug}.md`, once that record is done
definition: TODO 一句中文定义，以句号结尾，显示在提示框里。
---
TODO：用自己的话写几段中文解释，并举一个例子。术语第一次出现时在括号里附上英文，例如 过拟合（overfitting）。
"""


def _create(path: Path, text: str) -> bool:
    if path.exists():
        print(
            f"error: {path} exists already; pick another name (nothing was changed)",
            file=sys.stderr,
        )
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return True


def cmd_new(args) -> int:
    if not NAME.fullmatch(args.name):
        print(
            f"error: {args.name!r} is not <topic>/<name> in lower case "
            "(letters, digits, underscores), e.g. tensors/my_example",
            file=sys.stderr,
        )
        return 2
    path = SNIPPETS_DIR / f"{args.name}.py"
    if not _create(path, SNIPPET_SKELETON):
        return 1
    print(f"created   {where(path)}")
    print("next:")
    print(
        "  1. edit it: the docstring, then one idea in a few lines (see CONTRIBUTING.md)"
    )
    print(
        '     a figure? its docstring also needs a line "zh: ..." (its alt text in Chinese)'
    )
    print(f"  2. python -m snippets update {args.name}     # record its output")
    print(
        f"  3. show it on a page with a snippet block:  ```snippet / {args.name} / ```"
    )
    print(
        "  4. python -m ruff format . && python -m ruff check . && python dev.py test"
    )
    return 0


def cmd_new_term(args) -> int:
    if not SLUG.fullmatch(args.slug):
        print(
            f"error: {args.slug!r} is not a slug: lower case words joined by hyphens, e.g. learning-rate",
            file=sys.stderr,
        )
        return 2
    path = GLOSSARY_DIR / f"{args.slug}.md"
    # The Chinese edition's build stops at a record without its Chinese page, so start both.
    chinese = GLOSSARY_DIR / f"{args.slug}.zh.md"
    term = args.slug.replace("-", " ").capitalize()
    for existing in (path, chinese):
        if existing.exists():
            print(
                f"error: {existing} exists already; pick another name (nothing was changed)",
                file=sys.stderr,
            )
            return 1
    _create(path, TERM_SKELETON.format(term=term))
    _create(chinese, TERM_SKELETON_ZH.format(slug=args.slug))
    print(f"created   {where(path)}")
    print(f"created   {where(chinese)}")
    print("next:")
    print(
        "  1. replace every TODO: zh, the one-sentence definition, related slugs (ls docs/glossary),"
    )
    print(
        "     and the explanation; uncomment aliases/formula/snippet where they help"
    )
    print(
        f"  2. in {chinese.name}: the Chinese definition (one sentence ending with 。) and explanation,"
    )
    print(
        f"     then source_blob: the output of git hash-object docs/glossary/{args.slug}.md"
    )
    print(
        "  3. python -m pytest -q tests/test_glossary.py     # checks both files"
    )
    print("  4. python dev.py test")
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
    run.add_argument(
        "--backend",
        choices=runner.BACKENDS,
        help="default: KERAS_BACKEND, else tensorflow",
    )
    run.set_defaults(func=cmd_run)
    check = sub.add_parser(
        "check", help="run snippets and report any drift from recorded output"
    )
    check.add_argument("names", nargs="*", help="default: all")
    check.add_argument(
        "--backend",
        choices=("all", *runner.BACKENDS),
        default="all",
        help="default: all installed backends, side by side",
    )
    check.set_defaults(func=cmd_check)
    update = sub.add_parser(
        "update", help="run snippets and record their output and figures"
    )
    update.add_argument("names", nargs="*", help="default: all")
    update.add_argument(
        "--backend",
        choices=("all", *runner.BACKENDS),
        default="all",
        help="default: all installed backends; the others' recordings are kept",
    )
    update.set_defaults(func=cmd_update)
    new = sub.add_parser(
        "new", help="create a snippet skeleton: new <topic>/<name>"
    )
    new.add_argument("name", help="e.g. tensors/my_example")
    new.set_defaults(func=cmd_new)
    new_term = sub.add_parser(
        "new-term",
        help="create a glossary record and its Chinese page: new-term <slug>",
    )
    new_term.add_argument("slug", help="e.g. learning-rate")
    new_term.set_defaults(func=cmd_new_term)
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except runner.SnippetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())

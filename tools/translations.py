"""The Chinese translations, kept in step with their English sources.

    python dev.py translations      list the translations missing, marked behind, out of date or broken

A translation is `X.zh.md` beside `X.md` (a tutorial: `X.zh.py` beside `X.py`). It records which
version of the English file it translates: `source_blob:` in the front matter (a tutorial: the
first cell's `source_blob="…"`) is the git blob id of that file (`git hash-object X.md`). When
the English file changes, its blob changes, and the tests show the translator the English diff
since the translated version (read from git by its blob).
Like MDN's `sourceCommit`, but naming the file's content itself, so a rebase or a squash does not
lose it. tests/test_translations.py runs these checks.

Whoever changes an English page and cannot write Chinese marks its translation behind instead
(`behind: true` in the front matter; a tutorial: `behind=true` on its first line). The tests then
accept the older source_blob, and the Chinese page says that it is behind, with a link to the
English one (hooks/editions.py). It stays marked until someone updates it and removes the mark.
"""

from __future__ import annotations

import difflib
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from markdown.extensions.toc import slugify

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SUFFIXES = {".md": ".zh.md", ".py": ".zh.py"}  # English suffix -> its translation's

FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
BLOB = re.compile(r"^source_blob:\s*([0-9a-f]{40})\s*$", re.M)
BEHIND = re.compile(r"^behind:\s*true\s*$", re.M)
NOTEBOOK_FIRST = re.compile(r"\A# %% \[markdown\](.*)")  # the first cell's marker: its metadata
NOTEBOOK_BLOB = re.compile(r'(?<!\S)source_blob="([0-9a-f]{40})"')
NOTEBOOK_BEHIND = re.compile(r"(?<!\S)behind=true(?!\S)")
SNIPPET = re.compile(r"```(?:snippet|exercise)[ \t]*\n\s*[\w/]+")  # a snippet or exercise fence and its name
FORMULA = re.compile(r"\$\$(.+?)\$\$|\\\((.+?)\\\)", re.S)
LINK = re.compile(r"\]\(([^)\s]+)")
HEADING = re.compile(r"^(#{1,6}) (.*?)\s*$", re.M)
NOTEBOOK_TEX = re.compile(r"\$\$.+?\$\$|\$[^$\n]+\$", re.S)
HEADING_ID = re.compile(r"\{\s*#([\w-]+)\s*\}\s*$")


def _git(*args: str) -> str:
    done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, encoding="utf-8")
    return done.stdout if done.returncode == 0 else ""


def blob_of(path: Path) -> str:
    """The git blob id of a file as it is in the working tree."""
    return _git("hash-object", str(path)).strip()


def english_of(translation: Path) -> Path:
    english = next(suffix for suffix, zh in SUFFIXES.items() if translation.name.endswith(zh))
    return translation.with_name(translation.name.removesuffix(SUFFIXES[english]) + english)


def translation_of(english: Path) -> Path:
    return english.with_name(english.stem + SUFFIXES[english.suffix])


def rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.as_posix()


def _body(text: str) -> str:
    return FRONT_MATTER.sub("", text, count=1)


def heading_ids(markdown: str) -> list[str]:
    """The ids MkDocs gives the headings of a page (an explicit { #id } or the slug)."""
    ids = []
    for _, title in HEADING.findall(markdown):
        found = HEADING_ID.search(title)
        ids.append(found.group(1) if found else slugify(title.replace("`", ""), "-"))
    return ids


@dataclass
class Translation:
    path: Path
    english: Path
    recorded: str  # the blob it translates ("" if none is recorded)
    current: str  # the English file's blob now
    marked: bool = False  # marked behind by its author: `behind: true`

    @property
    def out_of_date(self) -> bool:
        return self.recorded != self.current

    def recorded_text(self) -> str | None:
        """The English version it translates, if this repository's history has it."""
        if not self.recorded or not _git("cat-file", "-t", self.recorded).strip():
            return None
        return _git("cat-file", "blob", self.recorded)

    def english_diff(self) -> str:
        """What changed in the English file since the translated version (the working tree's
        file, committed or not)."""
        old = self.recorded_text()
        if old is None:
            return "(the translated version is not in this repository's history)"
        name = rel(self.english)
        lines = difflib.unified_diff(
            old.splitlines(keepends=True),
            self.english.read_text(encoding="utf-8").splitlines(keepends=True),
            f"{name} (translated)",
            f"{name} (now)",
        )
        return "".join(lines)


def _header(path: Path) -> tuple[str, bool]:
    """What a translation records of its English source: the blob it translates, and whether
    it is marked behind."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".py":
        first = NOTEBOOK_FIRST.match(text)
        header, blob, behind = (first.group(1) if first else ""), NOTEBOOK_BLOB, NOTEBOOK_BEHIND
    else:
        front = FRONT_MATTER.match(text)
        header, blob, behind = (front.group(1) if front else ""), BLOB, BEHIND
    recorded = blob.search(header)
    return (recorded.group(1) if recorded else ""), bool(behind.search(header))


def marked_behind(path: Path) -> bool:
    return _header(path)[1]


def load(path: Path) -> Translation:
    """One translation, X.zh.md or X.zh.py, with what it records about its English source."""
    english = english_of(path)
    recorded, marked = _header(path)
    return Translation(path, english, recorded, blob_of(english) if english.exists() else "", marked)


def translations(docs: Path = DOCS) -> list[Translation]:
    return [load(p) for p in sorted(p for suffix in SUFFIXES.values() for p in docs.rglob("*" + suffix))]


def problems(translation: Translation, stale: bool = True) -> list[str]:
    """What is wrong with one translation, each worded with its fix (stale=False: all but its
    being out of date)."""
    at, source = rel(translation.path), rel(translation.english)
    if not translation.english.exists():
        return [f"{at}: no English original {source}. Rename it to match its English page, or delete it."]
    text = translation.path.read_text(encoding="utf-8")
    tutorial = translation.path.suffix == ".py"
    if not translation.recorded:
        where = (
            f"its first line must be '# %% [markdown] source_blob=\"{translation.current}\"'"
            if tutorial
            else f"its front matter must have 'source_blob: {translation.current}'"
        )
        return [f"{at}: {where}: the English version it translates (git hash-object {source})."]
    found = []
    if stale and translation.out_of_date and not translation.marked:
        mark = "behind=true on its first line" if tutorial else "'behind: true' to its front matter"
        found.append(
            f"{at}: {source} has changed since it was translated. Either bring the Chinese text up to "
            f"date and set source_blob to {translation.current}, or, if you cannot write Chinese, add "
            f"{mark} (the Chinese page then says it is behind). The English changes:\n"
            + translation.english_diff()
        )
    if tutorial:
        return found + _notebook_problems(translation, at, source)
    # A page marked behind translates an older English version: it keeps that version's code,
    # formulas, links and headings (unknown in a clone without the history: not checked).
    english = translation.english.read_text(encoding="utf-8")
    if translation.marked and translation.out_of_date:
        english = translation.recorded_text()
        if english is None:
            return found
        source = f"the version of {source} it translates"
    english, chinese = _body(english), _body(text)
    blocks = [
        [" ".join(m.split()).removeprefix("```") for m in SNIPPET.findall(t)] for t in (english, chinese)
    ]
    if blocks[0] != blocks[1]:
        found.append(
            f"{at}: its snippet and exercise blocks must be those of {source}, in the same "
            f"order: {blocks[0]} (the Chinese page has {blocks[1]})."
        )
    en_tex = [" ".join((a or b).split()) for a, b in FORMULA.findall(english)]
    zh_tex = [" ".join((a or b).split()) for a, b in FORMULA.findall(chinese)]
    if en_tex != zh_tex:
        first = next(
            (f"{a!r} / {b!r}" for a, b in zip(en_tex, zh_tex, strict=False) if a != b), "one is missing"
        )
        found.append(
            f"{at}: its formulas must be those of {source}, in the same order (first difference: {first})."
        )
    en_links, zh_links = set(LINK.findall(english)), set(LINK.findall(chinese))
    if en_links != zh_links:
        found.append(
            f"{at}: its links must point where {source}'s do; only in English: "
            f"{sorted(en_links - zh_links)}, only in Chinese: {sorted(zh_links - en_links)}."
        )
    ids = heading_ids(english)
    for level, title in HEADING.findall(chinese):
        own = HEADING_ID.search(title)
        if level != "#" and not own:
            found.append(
                f"{at}: the heading '{title}' needs the id of its English heading, e.g. "
                f"'{level} {title} {{ #{ids[min(len(ids) - 1, 1)]} }}' (ids: {', '.join(ids[1:])})."
            )
        elif own and own.group(1) not in ids:
            found.append(
                f"{at}: the heading id #{own.group(1)} is not one of {source}'s: {', '.join(ids[1:])}."
            )
    is_entry = translation.path.parent.name == "glossary" and translation.english.name != "index.md"
    if is_entry and not re.search(r"^definition: .*\S", FRONT_MATTER.match(text).group(1), re.M):
        found.append(f"{at}: a glossary entry's translation needs 'definition:', one sentence in Chinese.")
    return found


def _notebook_problems(translation: Translation, at: str, source: str) -> list[str]:
    """A tutorial's translation has the English cells in order, with the very same code."""
    import jupytext

    english, chinese = jupytext.read(translation.english), jupytext.read(translation.path)
    kinds = [c.cell_type for c in english.cells], [c.cell_type for c in chinese.cells]
    if kinds[0] != kinds[1]:
        return [
            f"{at}: its cells must be those of {source}, in order ({len(kinds[0])} cells: "
            f"{''.join(k[0] for k in kinds[0])}; the Chinese has {''.join(k[0] for k in kinds[1])}). "
            "A new English cell goes into the translation too (in English if you cannot write "
            "Chinese, and mark it behind)."
        ]
    found = []
    # Marked behind, its Markdown cells translate an older version; its code is always today's,
    # since the Chinese page shows the English run's outputs.
    behind = translation.marked and translation.out_of_date
    for number, (en, zh) in enumerate(zip(english.cells, chinese.cells, strict=True), start=1):
        if en.cell_type == "code" and en.source != zh.source:
            found.append(
                f"{at}: cell {number} must be the same code as in {source}; copy it from there "
                "(the Chinese page shows the English run's outputs)."
            )
        elif en.cell_type == "code" and ("alt" in en.metadata) != ("alt" in zh.metadata):
            found.append(
                f'{at}: cell {number} must have alt="…" (the figure\'s alt text, in Chinese) as {source}.'
            )
        elif en.cell_type == "markdown" and not behind:
            tex = [" ".join(t.split()) for t in NOTEBOOK_TEX.findall(en.source)]
            if tex != [" ".join(t.split()) for t in NOTEBOOK_TEX.findall(zh.source)]:
                found.append(f"{at}: cell {number} must have the formulas of {source}'s, in order.")
            if set(LINK.findall(en.source)) != set(LINK.findall(zh.source)):
                found.append(f"{at}: cell {number}'s links must point where {source}'s do.")
    return found


def untranslated(docs: Path = DOCS) -> list[Path]:
    """English pages, glossary entries and tutorials without a Chinese twin yet."""
    english = [p for p in sorted(docs.rglob("*.md")) if p.name.count(".") == 1]
    english += [p for p in sorted((docs / "tutorials").glob("[!_]*.py")) if p.name.count(".") == 1]
    return [p for p in english if not translation_of(p).exists()]


def main(docs: Path = DOCS) -> int:
    found, missing = translations(docs), untranslated(docs)
    marked = [t for t in found if t.marked]
    stale = [t for t in found if t.recorded and t.out_of_date and not t.marked and t.english.exists()]
    broken = {t.path: p for t in found if (p := problems(t, stale=False))}
    for page in missing:
        print(f"missing:       {rel(translation_of(page))} (translates {rel(page)})")
    for t in marked:
        since = "an older version of" if t.out_of_date else "the current"
        print(f"behind:        {rel(t.path)} (marked; translates {since} {rel(t.english)})")
    for t in stale:
        print(f"out of date:   {rel(t.path)} ({rel(t.english)} has changed: update it or mark it behind)")
    for found_problems in broken.values():
        print(f"broken:        {found_problems[0].splitlines()[0]}")
    listed = {t.path for t in marked + stale} | set(broken)
    done = len([t for t in found if t.path not in listed])
    print(
        f"{done} up to date, {len(marked)} marked behind, {len(stale)} out of date, "
        f"{len(broken)} broken, {len(missing)} missing"
    )
    if stale or broken or missing:
        print("python dev.py test tests/test_translations.py says what to do for each.")
    return 1 if stale or broken or missing else 0


if __name__ == "__main__":
    sys.exit(main())

"""The Chinese translations, kept in step with their English sources.

    python dev.py translations      list the pages and entries whose translation is missing or behind

A translation is `X.zh.md` beside `X.md`. Its front matter records which version of the English
file it translates: `source_blob:` is the git blob id of that file (`git rev-parse HEAD:X.md`,
or `git hash-object X.md`). When the English file changes, its blob changes, and the tests show
the translator the English diff since the translated version (`git diff OLD NEW` of the blobs).
Like MDN's `sourceCommit`, but naming the file's content itself, so a rebase or a squash does not
lose it. tests/test_translations.py runs these checks.
"""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from markdown.extensions.toc import slugify

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SUFFIX = ".zh.md"

FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
BLOB = re.compile(r"^source_blob:\s*([0-9a-f]{40})\s*$", re.M)
SNIPPET = re.compile(r"```snippet\s*\n\s*([\w/]+)\s*\n\s*```")
FORMULA = re.compile(r"\$\$(.+?)\$\$|\\\((.+?)\\\)", re.S)
LINK = re.compile(r"\]\(([^)\s]+)")
HEADING = re.compile(r"^(#{1,6}) (.*?)\s*$", re.M)
HEADING_ID = re.compile(r"\{\s*#([\w-]+)\s*\}\s*$")


def _git(*args: str) -> str:
    done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, encoding="utf-8")
    return done.stdout if done.returncode == 0 else ""


def blob_of(path: Path) -> str:
    """The git blob id of a file as it is in the working tree."""
    return _git("hash-object", str(path)).strip()


def english_of(translation: Path) -> Path:
    return translation.with_name(translation.name.removesuffix(SUFFIX) + ".md")


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

    @property
    def behind(self) -> bool:
        return self.recorded != self.current

    def english_diff(self) -> str:
        """What changed in the English file since the translated version."""
        if not self.recorded or not _git("cat-file", "-t", self.recorded).strip():
            return "(the translated version is not in this repository's history)"
        return _git("diff", "--no-color", self.recorded, self.current) or _git(
            "diff", "--no-color", "--no-index", "--", "/dev/null", str(self.english)
        )


def translations(docs: Path = DOCS) -> list[Translation]:
    found = []
    for path in sorted(docs.rglob("*" + SUFFIX)):
        english = english_of(path)
        front = FRONT_MATTER.match(path.read_text(encoding="utf-8"))
        recorded = BLOB.search(front.group(1)) if front else None
        current = blob_of(english) if english.exists() else ""
        found.append(Translation(path, english, recorded.group(1) if recorded else "", current))
    return found


def problems(translation: Translation) -> list[str]:
    """What is wrong with one translation, each worded with its fix."""
    at, source = rel(translation.path), rel(translation.english)
    if not translation.english.exists():
        return [f"{at}: no English original {source}. Rename it to match its English page, or delete it."]
    text = translation.path.read_text(encoding="utf-8")
    if not translation.recorded:
        return [
            f"{at}: its front matter must say which English version it translates: add "
            f"'source_blob: {translation.current}' (git hash-object {source})."
        ]
    found = []
    if translation.behind:
        found.append(
            f"{at}: {source} has changed since it was translated. Bring the Chinese text up to date, then "
            f"set 'source_blob: {translation.current}'. The English changes:\n" + translation.english_diff()
        )
    english, chinese = _body(translation.english.read_text(encoding="utf-8")), _body(text)
    if SNIPPET.findall(english) != SNIPPET.findall(chinese):
        found.append(
            f"{at}: its snippet blocks must be those of {source}, in the same order: "
            f"{SNIPPET.findall(english)} (the Chinese page has {SNIPPET.findall(chinese)})."
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


def untranslated(docs: Path = DOCS) -> list[Path]:
    """English pages and glossary entries without a Chinese twin yet."""
    pages = [p for p in sorted(docs.rglob("*.md")) if not p.name.endswith(SUFFIX)]
    return [p for p in pages if not p.with_name(p.stem + SUFFIX).exists()]


def main() -> int:
    behind = [t for t in translations() if problems(t)]
    missing = untranslated()
    for t in behind:
        print(f"behind or broken: {rel(t.path)}")
    for page in missing:
        print(f"missing: {rel(page.with_name(page.stem + SUFFIX))} (translates {rel(page)})")
    done = len(translations()) - len(behind)
    print(f"{done} up to date, {len(behind)} behind or broken, {len(missing)} missing")
    return 1 if behind else 0


if __name__ == "__main__":
    sys.exit(main())

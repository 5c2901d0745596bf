"""MkDocs hook: the glossary is data, and the site is generated from it.

Each term is one file, docs/glossary/<slug>.md, whose front matter holds the record
(see FIELDS) and whose body is the explanation. From those records this hook makes
- each entry page: names, definition, formula, explanation, snippet, related terms, "used in";
- the index appended to docs/glossary/index.md: A-Z by English name, and in the Chinese edition
  first by the pinyin of the Chinese name (pypinyin);
- a link with a term card (names, definition in the edition's language, a short formula, a
  link to the entry; overrides/assets/javascripts/glossary-cards.js) on the first use of each
  term in every page's running text, in English or Chinese (plain text matching, so it works
  without spaces);
- jieba's user dictionary, so Chinese search splits the Chinese names and aliases as whole words.

Two caches under .cache/glossary keep a rebuild fast: how jieba split each run of Chinese
text (loading its dictionary costs about a second per build), and where each page's term
links go (keyed on the page's HTML and the glossary, so an unchanged page is not parsed).
"""

from __future__ import annotations

import hashlib
import re
import sys
from dataclasses import dataclass, field
from html import escape
from html.parser import HTMLParser
from pathlib import Path

import yaml
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url
from mkdocs.utils.meta import get_data

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # "mkdocs serve" from the console script does not see the repo root
sys.path.insert(0, str(ROOT / "hooks"))  # MkDocs loads hooks by path, not as a package

import editions  # noqa: E402
from build_cache import BuildCache, cache_path  # noqa: E402  (hooks/, beside this file)

from snippets import where  # noqa: E402

GLOSSARY_DIR = ROOT / "docs" / "glossary"
USED_IN = "<!-- glossary:used-in -->"

# field -> (required, what to write), used for the error messages too
FIELDS = {
    "term": (True, "the English name, e.g. term: Tensor"),
    "zh": (True, "the Chinese name, e.g. zh: 张量"),
    "definition": (True, "one sentence, shown in term cards, e.g. definition: A tensor is ..."),
    "related": (True, "a list of related terms' file names, e.g. related: [axis, batch]"),
    "aliases": (False, "other spellings that should link here, e.g. aliases: [tensors]"),
    "false_friends": (
        False,
        "phrases in which a name means something else and is not linked, "
        "e.g. false_friends: [logistic regression]",
    ),
    "zh_alternatives": (
        False,
        "other Chinese names in use for the term, e.g. zh_alternatives: [丢弃法, 暂退法]; they link "
        "and find the entry like aliases",
    ),
    "zh_choice": (
        False,
        "with zh_alternatives: why the site writes its zh name, one or two English sentences "
        "(the Chinese page gives the reason in Chinese)",
    ),
    "formula": (False, "a LaTeX formula, shown as display math"),
    "snippet": (False, "a snippet to show, e.g. snippet: tensors/axis_sum"),
}
_CJK = re.compile(r"[\u3400-\u9fff]")
_CJK_WORDS = re.compile(r"[\u3400-\u9fff]+")
# Never link inside these: code, math, headings, existing links, notebook code cells.
_SKIP_TAGS = {
    "a",
    "code",
    "pre",
    "kbd",
    "script",
    "style",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "abbr",
    "button",
    "label",
    "svg",
    "textarea",
    "nav",
    "summary",
}
_SKIP_CLASSES = {
    "arithmatex",
    "highlight",
    "jp-CodeCell",  # a notebook's code and its output; its Markdown cells are running text
    "snippet-run",
    "md-nav",
    "tabbed-labels",
    "glossary-names",
    "nolink",  # an author's "do not link here": <span class="nolink">...</span> or { .nolink }
}
_TEX = re.compile(r"\$\$.*?\$\$|\$(?:[^$\n]|\n(?!\s*\n))+\$|\\\(.*?\\\)|\\\[.*?\\\]", re.S)


@dataclass
class Term:
    slug: str
    path: Path
    term: str
    zh: str
    definition: str
    related: list[str]
    body: str
    aliases: list[str] = field(default_factory=list)
    false_friends: list[str] = field(default_factory=list)
    formula: str | None = None
    snippet: str | None = None
    zh_alternatives: list[str] = field(default_factory=list)  # also in aliases: they link and search alike
    zh_choice: str | None = None
    zh_definition: str | None = None  # from <slug>.zh.md, read for the Chinese edition
    zh_body: str | None = None
    zh_choice_zh: str | None = None

    @property
    def names(self) -> list[str]:
        return [self.term, self.zh, *self.aliases]

    def definition_in(self, edition: str) -> str:
        return self.zh_definition if edition == "zh" else self.definition


def load_terms(directory: Path = GLOSSARY_DIR) -> dict[str, Term]:
    """Read and check every record; raise ValueError naming the file and the fix."""
    terms: dict[str, Term] = {}
    for path in sorted(directory.glob("*.md")):
        if path.name == "index.md" or path.name.count(".") > 1:  # index, or a translation
            continue
        at = where(path)
        try:
            body, meta = get_data(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise ValueError(f"{at}: the front matter is not valid YAML ({exc})") from None
        unknown = sorted(set(meta) - set(FIELDS))
        if unknown:
            raise ValueError(f"{at}: unknown field {', '.join(unknown)}; a record has {', '.join(FIELDS)}")
        for name, (required, hint) in FIELDS.items():
            if required and not meta.get(name):
                raise ValueError(f"{at}: missing field '{name}' ({hint})")
        for name in ("term", "zh", "definition"):
            if not isinstance(meta[name], str):
                raise ValueError(f"{at}: '{name}' must be text ({FIELDS[name][1]})")
        for name in ("related", "aliases", "false_friends", "zh_alternatives"):
            value = meta.get(name, [])
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ValueError(f"{at}: '{name}' must be a list ({FIELDS[name][1]})")
        if not _CJK.search(meta["zh"]):
            raise ValueError(f"{at}: 'zh' must be the Chinese name, got {meta['zh']!r}")
        definition = meta["definition"].strip()
        if "\n" in definition or not definition.endswith(".") or re.search(r"[.!?] [A-Z]", definition):
            raise ValueError(
                f"{at}: 'definition' must be one sentence ending with a full stop "
                "(it goes into the term cards; put the rest in the explanation below the front matter)"
            )
        if not body.strip():
            raise ValueError(f"{at}: the explanation is empty; write it below the front matter")
        if "TODO" in body or any("TODO" in str(value) for value in meta.values()):
            raise ValueError(f"{at}: replace every TODO left from 'python -m snippets new-term'")
        alternatives = _check_alternatives(at, meta)
        terms[path.stem] = Term(
            slug=path.stem,
            path=path,
            term=meta["term"].strip(),
            zh=meta["zh"].strip(),
            definition=definition,
            related=meta["related"],
            body=body,
            aliases=[*meta.get("aliases", []), *alternatives],
            false_friends=meta.get("false_friends", []),
            zh_alternatives=alternatives,
            zh_choice=meta.get("zh_choice", "").strip() or None,
            formula=meta.get("formula"),
            snippet=meta.get("snippet"),
        )
    seen: dict[str, Term] = {}
    for term in terms.values():
        for rel in term.related:
            if rel not in terms or rel == term.slug:
                raise ValueError(
                    f"{where(term.path)}: related term '{rel}' is not a glossary record "
                    f"(expected docs/glossary/{rel}.md); related lists other terms' file names"
                )
        for phrase in term.false_friends:
            if phrase.casefold() in (n.casefold() for n in term.names) or not any(
                _mentions(phrase, name) for name in term.names
            ):
                raise ValueError(
                    f"{where(term.path)}: false friend '{phrase}' does not contain the term's name "
                    f"({', '.join(term.names)}) inside a longer phrase; list only phrases in which "
                    "the name stands but means something else, e.g. 'logistic regression' for Regression"
                )
        for name in term.names:
            other = seen.setdefault(name.casefold(), term)
            if other is not term:
                raise ValueError(
                    f"{where(term.path)}: '{name}' is already a glossary term in "
                    f"{where(other.path)}; merge the two records or rename one"
                )
    return terms


def _check_alternatives(at: str, meta: dict) -> list[str]:
    """The record's other Chinese names, checked with zh_choice (why the site writes its zh)."""
    alternatives = [name.strip() for name in meta.get("zh_alternatives", [])]
    choice = meta.get("zh_choice")
    for name in alternatives:
        if not _CJK.search(name):
            raise ValueError(
                f"{at}: zh_alternatives lists Chinese names only, got {name!r}; "
                "put an English spelling in aliases"
            )
        if name == meta["zh"].strip():
            raise ValueError(f"{at}: zh_alternatives repeats the zh name {name!r}; list only the other names")
        if name in meta.get("aliases", []):
            raise ValueError(
                f"{at}: {name!r} is both in aliases and in zh_alternatives; keep it in zh_alternatives "
                "only (an alternative links and finds the entry like an alias)"
            )
    if alternatives and not (isinstance(choice, str) and choice.strip().endswith(".")):
        raise ValueError(
            f"{at}: with zh_alternatives, 'zh_choice' must say in English why the site writes "
            f"{meta['zh']} rather than {', '.join(alternatives)} (sentences ending with a full stop; "
            "the Chinese page gives the same reason in Chinese)"
        )
    if choice and not alternatives:
        raise ValueError(f"{at}: 'zh_choice' explains a choice among zh_alternatives, but there are none")
    return alternatives


# field of <slug>.zh.md -> what to write, used for the error messages too
ZH_FIELDS = {
    "source_blob": "the English record it translates, the output of git hash-object docs/glossary/<slug>.md",
    "definition": "one sentence in Chinese ending with 。, shown in term cards, e.g. definition: 张量是……。",
}
# optional: set by whoever changed the English record and could not update the Chinese page
ZH_OPTIONAL = {
    "behind": "behind: true, when the page translates an older English record",
    "zh_choice": "with zh_alternatives: why the site writes its zh name, in Chinese, ending with 。",
}


def load_translations(terms: dict[str, Term]) -> None:
    """Add each record's Chinese definition and explanation from <slug>.zh.md beside it;
    raise ValueError naming the file and the fix."""
    for term in terms.values():
        path = term.path.with_name(f"{term.slug}.zh.md")
        at = where(path)
        if not path.is_file():
            raise ValueError(
                f"{at} is missing: every glossary entry needs its Chinese page, with "
                f"{', '.join(ZH_FIELDS)} in its front matter and the Chinese explanation below it "
                "(python -m snippets new-term writes both files; CONTRIBUTING.md, 'Add a glossary term')"
            )
        try:
            body, meta = get_data(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise ValueError(f"{at}: the front matter is not valid YAML ({exc})") from None
        unknown = sorted(set(meta) - set(ZH_FIELDS) - set(ZH_OPTIONAL))
        if unknown:
            raise ValueError(
                f"{at}: unknown field {', '.join(unknown)}; a Chinese entry has only "
                f"{', '.join([*ZH_FIELDS, *ZH_OPTIONAL])} "
                f"(names, aliases and related terms stay in {term.path.name})"
            )
        for name, hint in ZH_FIELDS.items():
            # str(): YAML reads a blob id of digits only as a number, and 0 is not a missing field.
            if meta.get(name) is None or not str(meta[name]).strip():
                raise ValueError(f"{at}: missing field '{name}' ({hint})")
        if "TODO" in body or any("TODO" in str(value) for value in meta.values()):
            raise ValueError(f"{at}: replace every TODO left from 'python -m snippets new-term'")
        definition = meta["definition"]
        if not isinstance(definition, str) or not _CJK.search(definition):
            raise ValueError(f"{at}: 'definition' must be written in Chinese ({ZH_FIELDS['definition']})")
        definition = definition.strip()
        # A Chinese sentence ends with 。 (or ！？); a Latin full stop inside, as in keras.Input, is fine.
        if "\n" in definition or not definition.endswith("。") or re.search(r"[。！？]", definition[:-1]):
            raise ValueError(
                f"{at}: 'definition' must be one Chinese sentence ending with 。 (it goes into the "
                "term cards; put the rest in the explanation below the front matter)"
            )
        if not body.strip():
            raise ValueError(f"{at}: the Chinese explanation is empty; write it below the front matter")
        choice = meta.get("zh_choice")
        if term.zh_alternatives and not (
            isinstance(choice, str) and _CJK.search(choice) and choice.strip().endswith("。")
        ):
            raise ValueError(
                f"{at}: {term.path.name} lists zh_alternatives ({'、'.join(term.zh_alternatives)}), so "
                f"this page needs 'zh_choice': why the site writes {term.zh}, in Chinese, ending with 。"
            )
        if choice and not term.zh_alternatives:
            raise ValueError(
                f"{at}: 'zh_choice' explains a choice among the record's zh_alternatives, but "
                f"{term.path.name} lists none; add them there or remove zh_choice"
            )
        term.zh_definition, term.zh_body = definition, body
        term.zh_choice_zh = choice.strip() if choice else None


def _words(name: str) -> str:
    """A regular expression for name; a run of white space matches any run (a line break too)."""
    return r"\s+".join(re.escape(word) for word in name.split())


def _mentions(phrase: str, name: str) -> bool:
    """Does phrase contain name the way the linker finds it (English as a whole word)?"""
    if _CJK.search(name):
        return name in phrase
    return re.search(rf"(?<![\w-]){_words(name)}(?:s|es)?(?![\w-])", phrase, re.I) is not None


def _title(term: Term, edition: str) -> str:
    return f"{term.zh} · {term.term}" if edition == "zh" else f"{term.term} · {term.zh}"


# The words this hook adds to entry pages and term cards, per edition.
CARD_WORDS = {
    "en": {
        "alternatives": "Other Chinese names:",
        "sep": ", ",
        "stop": ". ",
        "gap": " ",
        "open": "Read the entry",
    },
    "zh": {"alternatives": "其他中文译名：", "sep": "、", "stop": "。", "gap": "", "open": "查看词条"},
}


def alternatives_html(term: Term, edition: str) -> str:
    """The other Chinese names in use and why the site writes its own, in the edition's language.
    Not linked: the reasons name books (《深度学习》), not the terms in them."""
    if not term.zh_alternatives:
        return ""
    words = CARD_WORDS[edition]
    names = words["sep"].join(term.zh_alternatives)
    choice = term.zh_choice_zh if edition == "zh" else term.zh_choice
    return (
        f'<p class="glossary-alternatives nolink"><strong>{words["alternatives"]}</strong>{words["gap"]}'
        f'<span class="glossary-names">{names}</span>{words["stop"]}{escape(choice or "", quote=False)}</p>'
    )


def entry_markdown(term: Term, edition: str = "en") -> str:
    words = editions.WORDS[edition]
    parts = [
        f"# {_title(term, edition)}",
        f'<p class="glossary-definition">{term.definition_in(edition)}</p>',
    ]
    if term.zh_alternatives:
        parts.append(alternatives_html(term, edition))
    if term.formula:
        parts.append(f"$$\n{term.formula.strip()}\n$$")
    parts.append((term.zh_body if edition == "zh" else term.body).strip())
    # English ids for the headings, so that a link to #related-terms works in both editions.
    if term.snippet:
        parts.append(f"## {words['example']} {{ #example }}\n\n```snippet\n{term.snippet}\n```")
    parts.append(f"## {words['related']} {{ #related-terms }}")
    parts.append("\n".join(f"- [{_title(_terms[r], edition)}]({r}.md)" for r in term.related))
    parts.append(f"## {words['used_in']} {{ #used-in }}\n\n{USED_IN}")
    return "\n\n".join(parts) + "\n"


def pinyin(text: str) -> list[tuple[str, int, str]]:
    """Each syllable of text as (letters, tone 1-5, with tone marks); a Latin word stays as it is,
    with tone 0. pypinyin knows the reading of a character from the word it is in (权重 quánzhòng,
    超参数 chāocānshù), which a table of single characters cannot."""
    from pypinyin import Style, lazy_pinyin  # imported here: only the Chinese edition's index needs it

    plain = lazy_pinyin(text, style=Style.NORMAL)
    numbered = lazy_pinyin(text, style=Style.TONE3, neutral_tone_with_five=True)
    marked = lazy_pinyin(text, style=Style.TONE)
    syllables = []
    for letters, number, mark in zip(plain, numbered, marked, strict=True):
        if _CJK.search(letters):  # a character pypinyin does not know: sorts after every syllable
            syllables.append(("\uffff", 0, letters))
        elif letters != number:  # a Chinese character: "guo", "guo4", "guò"
            syllables.append((letters, int(number[-1]), mark))
        else:  # not Chinese: "K", "API", spaces
            syllables += [(word.casefold(), 0, word) for word in letters.split()]
    return syllables


def pinyin_key(text: str) -> tuple:
    """Dictionary order: by the syllables' letters, then their tones, then the characters."""
    syllables = pinyin(text)
    return [s[0] for s in syllables], [s[1] for s in syllables], text


def _letter(text: str) -> str:
    first = text.strip()[:1].upper()
    return first if "A" <= first <= "Z" else "#"


def _anchor(letter: str, prefix: str = "") -> str:
    return prefix + (letter.lower() if letter != "#" else "other")


def _groups(terms, letter_of) -> dict[str, list[Term]]:
    groups: dict[str, list[Term]] = {}
    for term in terms:
        groups.setdefault(letter_of(term), []).append(term)
    return groups


def _letter_bar(groups, prefix: str = "") -> str:
    return " · ".join(f"[{letter}](#{_anchor(letter, prefix)})" for letter in groups)


def index_markdown(terms: dict[str, Term], edition: str = "en") -> str:
    """The list of every term: A-Z by English name; in Chinese, first by the pinyin of the Chinese
    name (letter headings by the first syllable's initial letter, as Chinese dictionaries have it)."""
    by_english = _groups(sorted(terms.values(), key=lambda t: t.term.casefold()), lambda t: _letter(t.term))
    lines = []
    if edition == "zh":
        words = editions.WORDS[edition]
        # One sort, whose keys also give the letters and the pinyin shown: pypinyin runs once per term.
        keyed = sorted(((pinyin_key(t.zh), t) for t in terms.values()), key=lambda pair: pair[0])
        shown = {t.slug: " ".join(s[2] for s in pinyin(t.zh)) for _, t in keyed}
        by_pinyin = _groups((t for _, t in keyed), lambda t: _letter(pinyin(t.zh)[0][2]))
        lines += [f"## {words['by_pinyin']} {{ #by-pinyin }}", "", _letter_bar(by_pinyin, "pinyin-"), ""]
        for letter, group in by_pinyin.items():
            lines += [f"### {letter} {{ #{_anchor(letter, 'pinyin-')} }}", ""]
            lines += [
                f'- [**{t.zh}** <span lang="zh-Latn-pinyin">{shown[t.slug]}</span>'
                f" · {t.term}]({t.slug}.md)：{t.zh_definition}"
                for t in group
            ]
            lines.append("")
        # By English name too, for a term met in English; the definitions are in the list above.
        lines += [f"## {words['by_english']} {{ #by-english-name }}", "", _letter_bar(by_english), ""]
        for letter, group in by_english.items():
            lines += [
                f"### {letter} {{ #{_anchor(letter)} }}",
                "",
                '<div class="glossary-columns" markdown>',
                "",
            ]
            lines += [f"- [**{t.term}** · {t.zh}]({t.slug}.md)" for t in group]
            lines += ["", "</div>", ""]
        return "\n".join(lines)
    lines += [_letter_bar(by_english), ""]
    for letter, group in by_english.items():
        lines += [f"## {letter} {{ #{_anchor(letter)} }}", ""]
        lines += [f"- [**{t.term}** · {t.zh}]({t.slug}.md): {t.definition}" for t in group]
        lines.append("")
    return "\n".join(lines)


# ---- MkDocs events -------------------------------------------------------------------

_terms: dict[str, Term] = {}
_edition = "en"
_pattern: re.Pattern | None = None
_by_name: dict[str, Term] = {}
_used_in: dict[str, list] = {}


@event_priority(100)  # before the search plugin reads its jieba settings
def on_config(config):
    global _terms, _pattern, _by_name, _edition
    _edition = editions.edition(config)
    try:
        _terms = load_terms(Path(config["docs_dir"]) / "glossary")
        if _edition == "zh":
            load_translations(_terms)
    except ValueError as exc:
        raise PluginError(str(exc)) from None
    _by_name = {" ".join(name.split()).casefold(): t for t in _terms.values() for name in t.names}
    # A false friend ("logistic regression") is matched like a name, so that the name inside it
    # is consumed with it, and then left unlinked (_term_for finds no record for it).
    false_friends = {" ".join(p.split()).casefold() for t in _terms.values() for p in t.false_friends}
    names = [*_by_name, *sorted(false_friends - set(_by_name))]
    # Longest first: at any position the most specific name wins ("batch gradient descent",
    # not "batch"), and a name inside a longer one is never linked on its own.
    english = sorted((_words(n) for n in names if not _CJK.search(n)), key=len, reverse=True)
    # A one-character Chinese name (批, 层) also stands inside many other words: shown, never linked.
    chinese = sorted((_words(n) for n in names if _CJK.search(n) and len(n) > 1), key=len, reverse=True)
    # English names as whole words (a plural s/es is fine); Chinese names anywhere in the text.
    parts = [rf"(?<![\w-])(?:{'|'.join(english)})(?:s|es)?(?![\w-])"] if english else []
    if chinese:
        parts.append("|".join(chinese))
    _pattern = re.compile("|".join(parts), re.I) if parts else None

    global _cache_dir
    _cache_dir = cache_path(config, "glossary")
    _cache_dir.mkdir(parents=True, exist_ok=True)
    userdict = _cache_dir / "jieba_userdict.txt"
    # Chinese names and aliases as whole words, so that the text is cut as a reader's query is:
    # Material cuts a query into the longest words the index knows (卷积网络, not 卷积 and 网络).
    names = (name for t in _terms.values() for name in (t.zh, *t.aliases))
    words = dict.fromkeys(run for name in names for run in _CJK_WORDS.findall(name) if len(run) > 1)
    userdict.write_text("".join(f"{word} 100 n\n" for word in words), encoding="utf-8")
    for name, plugin in config["plugins"].items():
        if name.endswith("search") and "jieba_dict_user" in plugin.config:
            plugin.config["jieba_dict_user"] = str(userdict)
            _remember_segmentation(userdict)
    global _links
    _links = BuildCache(_cache_dir / "links.json", _glossary_signature())
    return config


class _Segmenter:
    """Stands in for the jieba module in Material's search plugin, remembering how each run
    of Chinese characters was split. jieba itself, with its 350,000-word dictionary and the
    glossary's user dictionary, is loaded only when a run is new."""

    def __init__(self, jieba, userdict: Path, path: Path):
        self._jieba, self._userdict, self._path = jieba, userdict, path
        self._version = f"{jieba.__version__} {userdict.read_text(encoding='utf-8')}"
        self._cuts = BuildCache(path, self._version)
        self._loaded = False

    def load_userdict(self, path):
        pass  # loaded with the dictionary, when cut() first meets new text

    def set_dictionary(self, path):
        self._jieba.set_dictionary(path)
        self._version += f" {path}"
        self._cuts = BuildCache(self._path, self._version)

    def cut(self, text):
        key = text.decode("utf-8") if isinstance(text, bytes) else text
        words = self._cuts.get(key)
        if words is None:
            if not self._loaded:
                self._jieba.load_userdict(str(self._userdict))
                self._loaded = True
            words = list(self._jieba.cut(text))
        self._cuts.put(key, words)
        return words

    def save(self):
        self._cuts.save()


_segmenter: _Segmenter | None = None


def _remember_segmentation(userdict: Path):
    global _segmenter
    try:
        from material.plugins.search import plugin as search
    except ImportError:
        return
    if search.jieba is None:
        return
    real = getattr(search.jieba, "_jieba", search.jieba)  # mkdocs serve: already ours
    search.jieba = _segmenter = _Segmenter(real, userdict, userdict.with_name("jieba_cuts.json"))


_links: BuildCache | None = None  # where each page's links go, by page
_cache_dir: Path | None = None


def _glossary_signature() -> str:
    """Everything besides the page that decides its links: the records and this file."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for term in _terms.values():
        digest.update(repr((term.slug, term.names, term.definition, term.false_friends)).encode())
    return digest.hexdigest()


def on_pre_build(config):
    _used_in.clear()


def on_post_build(config):
    if _links:
        _links.save()
    if _segmenter:
        _segmenter.save()


@event_priority(50)  # before the snippet hook expands the fence an entry may add
def on_page_markdown(markdown, page, config, files):
    src = page.file.src_uri
    if src == "glossary/index.md":
        return markdown.rstrip("\n") + "\n\n" + index_markdown(_terms, _edition)
    slug = src.removeprefix("glossary/").removesuffix(".md")
    if src.startswith("glossary/") and slug in _terms:
        page.meta["glossary_term"] = slug
        return entry_markdown(_terms[slug], _edition)
    return markdown


def _term_for(text: str) -> Term | None:
    key = " ".join(text.split()).casefold()
    if key in _by_name:
        return _by_name[key]
    for suffix in ("es", "s"):
        if key.endswith(suffix) and key[: -len(suffix)] in _by_name:
            return _by_name[key[: -len(suffix)]]
    return None


_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _RunningText(HTMLParser):
    """Finds the text a reader reads (offsets into the HTML) and the links already there.

    The stdlib parser only reads; links are spliced into the original string, which is far
    faster than building and re-serialising a tree for every page.
    """

    def __init__(self, html: str):
        super().__init__(convert_charrefs=False)
        self.lines = [0]
        for line in html.splitlines(keepends=True):
            self.lines.append(self.lines[-1] + len(line))
        self.stack: list[tuple[str, bool]] = []  # open elements: (tag, skip its text?)
        self.skipping = 0
        self.texts: list[tuple[int, str]] = []
        self.hrefs: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.hrefs.append(attrs["href"])
        if tag in _VOID:
            return
        skip = tag in _SKIP_TAGS or bool(_SKIP_CLASSES.intersection((attrs.get("class") or "").split()))
        self.stack.append((tag, skip))
        self.skipping += skip

    def handle_endtag(self, tag):
        if not any(name == tag for name, _ in self.stack):
            return  # a stray end tag
        while self.stack:
            name, skip = self.stack.pop()
            self.skipping -= skip
            if name == tag:
                break

    def handle_data(self, data):
        if not self.skipping and data.strip():
            line, column = self.getpos()
            self.texts.append((self.lines[line - 1] + column, data))


def find_links(
    html: str, page_url: str, urls: dict[str, str], own: str | None = None
) -> tuple[list[tuple[int, int, str]], set[str]]:
    """Where to link the first use of each term in running text: (start, end, slug) offsets
    into html; and every term the page uses, including links the author wrote.

    urls maps each term's slug to the site URL of its entry page.
    """
    if _pattern is None:
        return [], set()
    page = _RunningText(html)
    # A link the author wrote to an entry counts as the term's first use on the page.
    by_href = {get_relative_url(url, page_url): slug for slug, url in urls.items()}
    linked = {by_href[href] for href in page.hrefs if href in by_href}
    links = []
    for offset, text in page.texts:
        math = [m.span() for m in _TEX.finditer(text)]
        for match in _pattern.finditer(text):
            term = _term_for(match.group())
            if term is None or term.slug in linked or term.slug == own:
                continue
            if any(a <= match.start() < b for a, b in math):
                continue
            linked.add(term.slug)
            links.append((offset + match.start(), offset + match.end(), term.slug))
    return links, linked


def apply_links(html: str, links, page_url: str, urls: dict[str, str]) -> str:
    """Each link names its term's card and is described by its definition (cards_html); no
    title, which would show a second, native tooltip and be announced twice."""
    pieces, done = [], 0
    for start, end, slug in links:
        href = get_relative_url(urls[slug], page_url)
        pieces += [
            html[done:start],
            f'<a class="glossary-link" href="{href}" aria-describedby="glossary-def-{slug}">'
            f"{html[start:end]}</a>",
        ]
        done = end
    return "".join(pieces) + html[done:]


# A card shows the record's formula when it is one short line; a long or multi-line one would
# crowd a phone-sized card (and its typeset markup would weigh on every page linking the term).
# And only on a page with math of its own: elsewhere the formula would make the page load the math
# stylesheet (hooks/formulas.py) before it is drawn, for a card that may never open.
CARD_FORMULA_CHARS = 90


def card_formula(term: Term) -> str | None:
    tex = (term.formula or "").strip()
    if not tex or "\n" in tex or "\\begin" in tex or len(tex) > CARD_FORMULA_CHARS:
        return None
    return tex


def has_math(html: str, src_uri: str) -> bool:
    """Does the page have formulas of its own (Markdown's, or $ in a tutorial's text)?"""
    return 'class="arithmatex"' in html or (src_uri.endswith(".ipynb") and "$" in html)


def cards_html(slugs, page_url: str, urls: dict[str, str], edition: str, formulas: bool = True) -> str:
    """The data of the term cards for the terms a page links, appended to the page, hidden and
    left out of search: per term the definition (which screen readers get through the link's
    aria-describedby, and the card shows) and a template with the names, a short formula (typeset
    by hooks/formulas.py like any other) and the link to the entry. overrides/assets/javascripts/
    glossary-cards.js makes a card from them; no request, so it works from file:// too."""
    if not slugs:
        return ""
    words = CARD_WORDS[edition]
    parts = ['<div class="glossary-cards" hidden data-search-exclude>']
    for slug in slugs:
        term = _terms[slug]
        names = (
            [f"<strong>{term.zh}</strong>", term.term]
            if edition == "zh"
            else [f"<strong>{term.term}</strong>", term.zh]
        )
        formula = card_formula(term) if formulas else None
        parts += [
            f'<span id="glossary-def-{slug}">{escape(term.definition_in(edition), quote=False)}</span>',
            f'<template id="glossary-card-{slug}"><p class="glossary-card__names">{" · ".join(names)}</p>',
            f'<div class="arithmatex">\\[{escape(formula, quote=False)}\\]</div>' if formula else "",
            f'<p class="glossary-card__more"><a href="{get_relative_url(urls[slug], page_url)}">'
            f"{words['open']}</a></p></template>",
        ]
    return "".join(parts) + "</div>"


def link_terms(
    html: str, page_url: str, urls: dict[str, str], own: str | None = None
) -> tuple[str, set[str]]:
    """Link the first use of each term in running text; return the HTML and the terms used.

    urls maps each term's slug to the site URL of its entry page.
    """
    links, linked = find_links(html, page_url, urls, own)
    return apply_links(html, links, page_url, urls), linked


def _cached_link_terms(html: str, page_url: str, urls: dict[str, str], own: str | None, formulas: bool):
    key = hashlib.sha256(repr((page_url, own, sorted(urls.items()), html)).encode()).hexdigest()
    known = _links.get(key) if _links else None
    if known:
        links, linked = known
    else:
        links, linked = find_links(html, page_url, urls, own)
        links, linked = [list(link) for link in links], sorted(linked)
    if _links:
        _links.put(key, [links, linked])
    cards = cards_html([slug for _, _, slug in links], page_url, urls, _edition, formulas)
    return apply_links(html, links, page_url, urls) + cards, set(linked)


def on_page_content(html, page, config, files):
    urls = {slug: files.get_file_from_path(f"glossary/{slug}.md").url for slug in _terms}
    formulas = has_math(html, page.file.src_uri)
    html, used = _cached_link_terms(html, page.url, urls, page.meta.get("glossary_term"), formulas)
    if not page.file.src_uri.startswith("glossary/"):
        for slug in used:
            _used_in.setdefault(slug, []).append(page)
    return html


def on_page_context(context, page, config, nav):
    slug = page.meta.get("glossary_term")
    if slug and page.content:
        # Chinese titles in pinyin order: the order of their characters' code points means nothing.
        order = (lambda p: pinyin_key(p.title or "")) if _edition == "zh" else (lambda p: p.title or "")
        pages = sorted(_used_in.get(slug, []), key=order)
        items = "".join(
            f'<li><a href="{get_relative_url(p.url, page.url)}">{p.title}</a></li>' for p in pages
        )
        listing = f"<ul>{items}</ul>" if items else f"<p>{editions.WORDS[_edition]['unused']}</p>"
        page.content = page.content.replace(USED_IN, listing)
    return context

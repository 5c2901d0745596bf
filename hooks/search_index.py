"""MkDocs hook: a search index that is small and that finds what a reader types, in both editions.

Material's search worker downloads search/search_index.json on every page, so its size counts
for every reader; each edition has its own (search/ and zh/search/), and a page fetches only
its edition's. The worker builds a lunr index from it in the browser, adds `*` to every word of
a query, and cuts a run of Chinese characters into the words that index knows, longest first.

Smaller:
- Code listings, the plain-text copy of each notebook cell, formulas (MathML read aloud by
  screen readers) and the frame of every snippet block ("Output", "Run it yourself: ...") are
  marked `data-search-exclude` before Material's search plugin reads the page (the plugin
  removes the mark from the HTML afterwards). Names in running text (`<code>`) stay searchable.
- The glossary's A-Z sections repeat every entry, and an entry's generated sections (example,
  related terms, used in) repeat other entries' names: one hit per entry is enough.
- Results show plain text, so markup goes; so does a zero-width space that jieba put where the
  separator (mkdocs.yml) splits anyway, beside a space or a punctuation mark.
- A result shows the first two or three lines of its text. The text keeps about that much
  (TEASER_WIDTH); the rest of it goes to a `rest` field, not shown, each word once, without stop
  words. That halves the Chinese index, whose characters take three bytes each.

Finds more:
- Every page gets a `keywords` field (boosted like the title in mkdocs.yml, not shown): the names
  its title gives it, or a glossary entry's names and aliases (`BP算法`, `NCHW`), the identifier
  Keras spells it as (`batch_size`) and its plural (`weights`; lunr does not stem here), in both
  editions, so that an English term typed into the Chinese edition finds the Chinese entry.
- A page that shows a failing snippet (RAISES, the Common errors pages) also gets the words of
  the error message its snippet records (runner.error_lines), each once, in both editions: the
  message is in an output block, which is left out like all code, and its words weigh as much
  as a title's, so that pasting the last line of a traceback finds the page that explains it
  before the glossary entries of the words in it (shape, layer, dtype).
  Each name is repeated by length and a Chinese name made a word of its own page (name_words),
  so that the exact match outweighs a longer name that contains it. jieba's user dictionary
  (the glossary hook) has the Chinese aliases too, so the text is cut into the same words as
  a query (卷积网络, not 卷积 and 网络).
- English stop words are separators too (on_config), so they leave the query: Material adds
  `*` to every word and lunr does not filter those, so "what is a tensor" would search a*.
- Material's query segmentation never ends a word at the query's last character (it looks at
  slices that stop one short), so 过拟合 was searched as 过拟* at best and the 批 of 什么是批 was
  dropped. on_post_build corrects those two bounds in the edition's copy of the worker
  (WORKER_FIX), and stops the build if a new Material no longer has them.

Faster: Material's plugin parses every page's HTML to cut it into sections, a third of a
rebuild. Its sections for a page are kept in .cache/search.json (one per edition) under a digest
of what they are made from (the page's HTML, address, headings and title), so a rebuild after an
edit parses only the edited page. The cache is dropped when Material, this hook or the jieba
dictionary (which cuts the Chinese text) changes.

Runs before the offline plugin, which inlines this file into search_index.js.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

sys.path.insert(0, str(Path(__file__).resolve().parent))  # MkDocs loads hooks by path

import snippet_blocks  # noqa: E402
from build_cache import BuildCache, cache_path  # noqa: E402
from glossary import load_terms  # noqa: E402

from snippets import runner  # noqa: E402

ZWSP = "\u200b"
TAG = re.compile(r"<[^>]+>")
SPACES = re.compile(r"\s+")
HAN = re.compile(r"[\u3400-\u9fff]+")
# Opening tags of what is left out of the index (see the module docstring).
EXCLUDED = re.compile(
    r"<(?:pre|mjx-container)\b"
    r'|<div class="clipboard-copy-txt"'  # mkdocs-jupyter: each code cell again, for the copy button
    r'|<span class="filename"'  # a snippet's file name, or "Output"
    r'|<p class="snippet-run"'
    r'|<a class="anchor-link"'  # a notebook heading's ¶
)
# The A-Z sections of the glossary index, and an entry's generated sections (glossary.entry_markdown).
GLOSSARY_SECTION = re.compile(
    r"glossary/(?:index\.html)?#.+|glossary/[\w-]+(?:/|\.html)#(?:example|related-terms|used-in)"
)
ENTRY = re.compile(r"glossary/([\w-]+)(?:/|\.html)")
# Material shows two or three lines of a result's text (CSS), from its start (the text is one
# block here). Past about that many columns (a Chinese character takes two) a word counts once.
TEASER_WIDTH = 200
NAME_WEIGHT = 6  # name_words: a one-word name six times, a two-word one three times
EXACT = "_"  # name_words: 梯度_ is a word found by 梯度* on the page named 梯度 alone

# Page URL -> the message lines recorded by the failing snippets it shows (on_page_markdown).
ERROR_MESSAGES: dict[str, list[str]] = {}
# The module path of an exception's type (tensorflow.python.framework.errors_impl.), left out of the
# words: the type's own name is what a reader looks for.
MODULE_PATH = re.compile(r"^(?:[A-Za-z_]\w*\.)+(?=[A-Za-z_]\w*(?::|$))")

# lunr's English stop words (Material's search worker), which its stop-word filter keeps out of
# the index; see on_config.
STOP_WORDS = set(
    "a able about across after all almost also am among an and any are as at be because been but "
    "by can cannot could dear did do does either else ever every for from get got had has have he "
    "her hers him his how however i if in into is it its just least let like likely may me might "
    "most must my neither no nor not of off often on only or other our own rather said say says "
    "she should since so some than that the their them then there these they this tis to too twas "
    "us wants was we were what when where which while who whom why will with would yet you your".split()
)
# lunr-languages' Chinese stop words (Material's lunr/min/lunr.zh.min.js), one character each.
# They stay in the text shown, where the query segmentation needs them as words (什么|是|过拟合),
# and leave the rest, where a word counts once anyway and they would match every page.
CHINESE_STOP_WORDS = set(
    "的一不在人有是为為以于於上他而后後之来來及了因下可到由这這与與也此但并並个個其已无無小我们們起最再今"
    "去好只又或很亦某把那你乃它吧被比别趁当當从從得打凡儿兒尔爾该該各给給跟和何还還即几幾既看据據距靠啦另"
    "么麽每嘛拿哪您凭憑且却卻让讓仍啥如若使谁誰虽雖随隨同所她哇嗡往些向沿哟喲用咱则則怎曾至致着著诸諸自"
)
# Material 9.8's segment() (src/templates/assets/javascripts/integrations/search/query/segment),
# minified: the slices it looks up end before the query's last character, and it stops one
# position early. Replaced by the same code with the two bounds one further.
WORKER_FIX = {
    "for(let o=s+1;o<t.length;o++)t.slice(s,o)in e": "for(let o=s+1;o<=t.length;o++)t.slice(s,o)in e",
    "n[a]&&a<t.length-1&&(i[s++]=a)": "n[a]&&a<t.length&&(i[s++]=a)",
}


def stop_word_separator() -> str:
    """The stop words as whole words, capitalised or not: a JavaScript regular expression
    without flags, added to the separator by on_config."""
    words = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in sorted(STOP_WORDS, key=lambda w: (-len(w), w)))
    return rf"\b(?:{words})\b"


def _search_plugins(config):
    return [plugin for name, plugin in config["plugins"].items() if name.endswith("search")]


@event_priority(100)  # before Material's search plugin passes its settings to the index
def on_config(config):
    """As separators the stop words leave the index (as lunr's filter would) and the query
    (Material adds * to each word typed, and lunr filters no word with a *)."""
    for plugin in _search_plugins(config):
        separator = plugin.config.get("separator")
        if separator and not separator.endswith(stop_word_separator()):
            plugin.config["separator"] = f"{separator}|{stop_word_separator()}"
    return config


_sections: BuildCache | None = None


def _page_digest(page) -> str:
    def headings(items):
        return [(i.id, i.url, i.title, headings(i.children)) for i in items]

    meta = {k: page.meta.get(k) for k in ("title", "tags", "search")}
    made_of = repr((page.url, page.title, meta, headings(page.toc))) + "\0" + page.content
    return hashlib.sha256(made_of.encode("utf-8")).hexdigest()


def on_files(files, config):
    """Wrap Material's indexing of a page (its plugin has made its index by now, in on_config)
    so that a page whose sections are known from the last build is not parsed again."""
    global _sections
    from material import __version__ as material_version

    userdict = cache_path(config, "glossary") / "jieba_userdict.txt"
    version = hashlib.sha256(
        Path(__file__).read_bytes()
        + material_version.encode()
        + (userdict.read_bytes() if userdict.is_file() else b"")
    ).hexdigest()
    _sections = BuildCache(cache_path(config, "search.json"), version)
    for plugin in _search_plugins(config):
        index = plugin.search_index
        index_page = type(index).add_entry_from_context.__get__(index)

        def add_entry(page, index=index, index_page=index_page):
            key = _page_digest(page)
            known = _sections.get(key)
            if known is None:
                before = len(index.entries)
                index_page(page)
                known = index.entries[before:]
            else:
                index.entries.extend(json.loads(json.dumps(known)))  # a copy: the hook edits entries
            _sections.put(key, known)

        index.add_entry_from_context = add_entry
    return files


def on_page_markdown(markdown, page, config, files):
    """Note the error messages of the failing snippets a page shows (before snippet_blocks,
    priority -50, replaces their fences)."""
    lines = []
    for match in snippet_blocks.FENCE.finditer(markdown):
        try:
            snippet = runner.find((match["body"].split() or [""])[0])  # an exercise explains below
            recorded = runner.recordings(snippet) if snippet.raises else {}
        except runner.SnippetError:
            continue  # snippet_blocks stops the build, naming the page and the fix
        for recording in {r.path: r for r in recorded.values()}.values():  # a shared file once
            lines += message_lines(runner.error_lines(recording.output))
    if lines:
        ERROR_MESSAGES[page.url] = lines
    else:
        ERROR_MESSAGES.pop(page.url, None)
    return markdown


def message_lines(lines: list[str]) -> list[str]:
    """The lines of an error message that say what went wrong: without the list of a call's
    arguments that Keras adds at the end, JAX's note on its hidden frames, TensorFlow's graph
    location (`Detected at node`, `[[{{node ...}}]]`), frames and blank lines."""
    found = []
    for line in lines:
        if line.startswith("Arguments received by ") or re.fullmatch(r"-{10,}", line):
            break
        if line.strip() and not line[0].isspace() and not line.startswith(("Detected at node ", "[[")):
            found.append(line)
    return found


def message_words(lines: list[str], separator: re.Pattern) -> list[str]:
    """The words of error messages (message_lines), each once: no stop word, no number (a reader's shapes and
    counts are not the snippet's), no identifier with a digit or an underscore (float32,
    channels_first: the pages about those names should come first for them), and an
    exception's type without its module path."""
    seen, words = set(), []
    for line in lines:
        for word in _words(MODULE_PATH.sub("", line), separator):
            key = word.casefold()
            if key not in seen and key not in STOP_WORDS and not re.search(r"[\d_]", word):
                seen.add(key)
                words.append(word)
    return words


@event_priority(10)  # before Material's search plugin reads the page
def on_page_context(context, page, config, nav):
    if page.content:
        page.content = EXCLUDED.sub(lambda m: m[0] + ' data-search-exclude="1"', page.content)
    return context


def _separator(config) -> re.Pattern:
    """mkdocs.yml's separator, without the stop words (Python's \\b differs from JavaScript's)."""
    for plugin in _search_plugins(config):
        if plugin.config.get("separator"):
            return re.compile(plugin.config["separator"].removesuffix("|" + stop_word_separator()))
    return re.compile(r"[\s\u200b\-]+")


def _words(text: str, separator: re.Pattern) -> list[str]:
    return [word for word in separator.split(text) if word]


def _drop_needless_breaks(text: str, separator: re.Pattern) -> str:
    """Remove each zero-width space where the separator splits anyway: beside a space or a
    punctuation mark, or between a Chinese character and a Latin one."""
    pieces = [piece for piece in text.split(ZWSP) if piece]
    out = pieces[:1]
    for piece in pieces[1:]:
        left, right = out[-1][-8:], piece[:8]
        same = _words(left + right, separator) == _words(left, separator) + _words(right, separator)
        out.append(piece if same else ZWSP + piece)
    return "".join(out)


def _teaser_end(text: str, separator: re.Pattern) -> int:
    used = end = 0
    while end < len(text) and used < TEASER_WIDTH:
        if text[end] != ZWSP:
            used += 2 if unicodedata.east_asian_width(text[end]) in "WF" else 1
        end += 1
    while end < len(text) and text[end] != ZWSP and not separator.fullmatch(text[end]):
        end += 1  # to the end of the word
    return end


def split_text(text: str, separator: re.Pattern) -> tuple[str, str]:
    """The text a result shows, and the words after it, each once, without stop words."""
    end = _teaser_end(text, separator)
    teaser, rest = text[:end].rstrip(), text[end:]
    seen = {word.casefold() for word in _words(teaser, separator)}
    words = []
    for word in _words(rest, separator):
        key = word.casefold()
        if key not in seen and key not in STOP_WORDS and word not in CHINESE_STOP_WORDS:
            seen.add(key)
            words.append(word)
    return (teaser + " …" if rest.strip() else teaser), " ".join(words)


def _length(name: str, separator: re.Pattern) -> float:
    """A name's length in words; two Chinese characters count as one."""
    han = sum(len(run) for run in HAN.findall(name))
    latin = [w for w in _words(HAN.sub(" ", name), separator) if w.casefold() not in STOP_WORDS]
    return len(latin) + han / 2


def name_words(names, separator: re.Pattern, phrases: bool = False) -> list[str]:
    """The words of these names, each repeated so that a short name outweighs a longer one that
    contains it: Material's lunr does not normalise by length (b = 0), so the query gradient
    would match Gradient and Batch gradient descent equally.

    A Chinese name is one word, written with EXACT after it: the query 梯度* also matches 梯度下降,
    and lunr's idf prefers the rarer, longer word to the common 梯度; 梯度_ is as rare as 梯度下降_.
    In phrases (a page's title) each Chinese word is a name of its own: 第一个_ 神经网络_, not
    第一个神经网络_."""
    words = []
    for name in names:
        if phrases:
            runs = [word for word in _words(name, separator) if HAN.fullmatch(word)]
        else:
            runs = [run.replace(ZWSP, "") for run in re.findall(r"[\u3400-\u9fff\u200b]+", name)]
        exact = [run + EXACT for run in runs if run]
        latin = [w for w in _words(HAN.sub(" ", name), separator) if w.casefold() not in STOP_WORDS]
        if exact or latin:
            words += (exact + latin) * max(1, round(NAME_WEIGHT / _length(name, separator)))
    return words


def _plural(name: str) -> str | None:
    if not re.fullmatch(r"[A-Za-z]\w*[a-z]", name):
        return None  # one word only
    return name + ("es" if re.search(r"(s|x|z|sh|ch)$", name) else "s")


def keywords(title: str, term, used: set[str], separator: re.Pattern) -> str:
    """The names a page is about: the parts of its title, or a glossary entry's names, aliases,
    and its identifier and plural where the site spells them so (a word found on no other page,
    gradient_descent, would outweigh everything for any query that begins it)."""
    if not term:
        return " ".join(name_words(re.split(r"\s+·\s+", title), separator, phrases=True))
    spelled = [" ".join(term.term.split()).lower().replace(" ", "_"), _plural(term.term) or ""]
    names = [term.term, term.zh, *term.aliases]
    names += [name for name in spelled if name.casefold() in used and name.casefold() != term.term.casefold()]
    unique = {name.casefold(): name for name in names}
    return " ".join(name_words(unique.values(), separator))


def chinese_names(term, doc: dict, separator: re.Pattern) -> list[str]:
    """An entry's Chinese names that its text lacks as words. Material cuts a Chinese query into
    the words the index knows, so a name must be one of them as it is (卷积网络, not 卷积 and
    网络); in `keywords` it is written 卷积网络_, and here it weighs as little as the text."""
    known = {word for key in ("text", "rest") for word in _words(doc.get(key, ""), separator)}
    names = dict.fromkeys(run for name in (term.zh, *term.aliases) for run in HAN.findall(name))
    return [name for name in names if name not in known]


def fix_worker(site: Path) -> None:
    """Apply WORKER_FIX to the edition's copy of Material's search worker."""
    workers = sorted((site / "assets" / "javascripts" / "workers").glob("search.*.min.js"))
    for worker in workers:
        code = original = worker.read_text(encoding="utf-8")
        for old, new in WORKER_FIX.items():
            if new not in code:
                if code.count(old) != 1:
                    raise PluginError(
                        f"{worker.name}: Material's search worker has changed, and "
                        "hooks/search_index.py's WORKER_FIX no longer finds its query segmentation. "
                        "Check whether a Chinese query's last character is still dropped "
                        "(tests/test_search.py), then update WORKER_FIX or remove it."
                    )
                code = code.replace(old, new)
        if code != original:  # mkdocs serve may keep last build's copy, fixed already
            worker.write_text(code, encoding="utf-8")


def on_post_build(config):
    if _sections is not None:
        _sections.save()
    site = Path(config.site_dir)
    path = site / "search" / "search_index.json"
    if not path.is_file():
        return
    fix_worker(site)
    index = json.loads(path.read_text(encoding="utf-8"))
    separator = _separator(config)
    docs = []
    for doc in index["docs"]:
        if GLOSSARY_SECTION.fullmatch(doc["location"]):
            continue
        for field in ("title", "text"):
            text = SPACES.sub(" ", TAG.sub(" ", doc[field]))  # results show plain text
            doc[field] = _drop_needless_breaks(text, separator).strip()
        doc["text"], rest = split_text(doc["text"], separator)
        if rest:
            doc["rest"] = rest
        docs.append(doc)
    terms = load_terms(Path(config.docs_dir) / "glossary")
    used = {
        w.casefold() for doc in docs for key in ("text", "rest") for w in _words(doc.get(key, ""), separator)
    }
    for doc in docs:
        if "#" not in doc["location"]:  # a page, not one of its sections
            entry = ENTRY.fullmatch(doc["location"])
            term = terms.get(entry[1]) if entry else None
            messages = ERROR_MESSAGES.get(doc["location"])
            if messages:  # its title is a description, not a name; the title field has it
                doc["keywords"] = " ".join(message_words(messages, separator))
            else:
                doc["keywords"] = keywords(doc["title"], term, used, separator)
            missing = chinese_names(term, doc, separator) if term else []
            if missing:
                doc["rest"] = " ".join([doc.get("rest", ""), *missing]).strip()
    index["docs"] = docs
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")

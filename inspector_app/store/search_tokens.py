"""How an enterprise name becomes searchable text, kept pure so migrations can use it.

Chinese has no spaces, and SQLite's trigram tokenizer cannot answer queries shorter than three
characters, yet officers mostly type two (化工, 兰州).  So names are indexed as overlapping
character *bigrams* (the classic CJK approach): a query of two or more characters becomes an
FTS5 phrase of its bigrams, which matches exactly the names containing it as a substring; a
single character is a prefix query.  Pinyin initials are indexed the same way, from
pypinyin's phrase-aware conversion (重庆 → cq, not zq).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pypinyin import Style, lazy_pinyin

_KEEP = re.compile(r"[\w]", re.UNICODE)


def normalize(text: str) -> str:
    """NFKC (full-width to half-width), lower case, only letters and digits kept."""
    folded = unicodedata.normalize("NFKC", text).lower()
    return "".join(ch for ch in folded if _KEEP.match(ch) and ch != "_")


def bigrams(text: str) -> list[str]:
    if len(text) <= 1:
        return [text] if text else []
    return [text[i : i + 2] for i in range(len(text) - 1)]


def index_tokens(text: str) -> str:
    """Space-separated bigrams plus the last character alone (so 1-char prefix queries hit it)."""
    norm = normalize(text)
    grams = bigrams(norm)
    if len(norm) > 1:
        grams.append(norm[-1])
    return " ".join(grams)


@lru_cache(maxsize=65536)
def initials(name: str) -> str:
    """First letters of the pinyin of each character; letters and digits stay as they are."""
    norm = normalize(name)
    out: list[str] = []
    for part in lazy_pinyin(norm, style=Style.FIRST_LETTER, errors="default"):
        out.extend(ch for ch in part.lower() if ch.isascii() and ch.isalnum())
    return "".join(out)


def phrase(text: str) -> str:
    """An FTS5 phrase matching ``text`` as a substring of an indexed column."""
    grams = bigrams(text)
    return '"' + " ".join(grams) + '"'

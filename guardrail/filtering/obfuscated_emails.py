"""E-mail addresses written so that a plain e-mail pattern misses them.

People and models write `jane.roe [at] example.org`, `jane.roe(at)example.org`,
`jane dot roe at example dot org`, `jane.roe @ example.org` and, URL-encoded,
`jane.roe%40example.org`. `find_obfuscated_emails` finds them as one span, from the first
character of the local part to the end of the domain, so the whole value is removed.

Every finding needs a domain that ends in a real public suffix (tldextract's bundled list,
no network). The bare word "at" is how ordinary prose reads ("meet me at the station",
"look at example.org"), so with it the value must also show that it is an address: a dot,
digit or underscore in the local part, a spelled or bracketed dot in the domain, or an
e-mail word just before it; and the local part must not be a common word ("me", "us").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

BRACKETED_SCORE, PLAIN_SCORE = 0.8, 0.7
_OPEN, _CLOSE = r"[\[({<]", r"[\])}>]"
_DOT = rf"(?:[ \t]*{_OPEN}[ \t]*(?:dot|\.)[ \t]*{_CLOSE}[ \t]*|[ \t]+dot[ \t]+|\.)"
_AT = rf"(?:[ \t]*{_OPEN}[ \t]*(?:at|@)[ \t]*{_CLOSE}[ \t]*|[ \t]*@[ \t]*|%40|[ \t]+at[ \t]+)"
_WORD = r"[a-z0-9_+-]+"
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
CANDIDATE = re.compile(
    rf"(?i)(?<![\w.%+-])(?P<local>{_WORD}(?:{_DOT}{_WORD})*)(?P<at>{_AT})(?P<domain>{_LABEL}(?:{_DOT}{_LABEL})+)"
)
_DOT_SPLIT = re.compile(rf"(?i){_DOT}")
_SPELLED_DOT = re.compile(rf"(?i)[ \t]+dot[ \t]+|{_OPEN}")
_EMAIL_WORDS = re.compile(
    r"(?i)\b(?:e-?mail\w*|mail|contact|write|courriel|correo|adresse|address|indirizzo|endereco|adres|skriv|schreib\w*)\b"
)
_CONTEXT_BEFORE = 40
COMMON_LOCALS = frozenset(
    """me us you him her them it this that we i they she he one everyone someone anyone nobody all
    look looking meet meeting arrive arrived stay staying be is are was were am here there home work
    see find reach available online live lives living based located hosted published posted""".split()
)


@dataclass(frozen=True)
class EmailSpan:
    """An obfuscated e-mail address found in a text: `text[start:end]` with its score."""

    start: int
    end: int
    score: float


@lru_cache(maxsize=1)
def _suffixes():
    import tldextract

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def find_obfuscated_emails(text: str) -> list[EmailSpan]:
    """Obfuscated e-mail addresses in `text` (normalised); plain ones are Presidio's."""
    out = []
    pos = 0
    while (match := CANDIDATE.search(text, pos)) is not None:
        end = _domain_end(match)
        plain = match.group("at").strip().casefold() == "at"
        if end is None or (plain and not _reads_as_address(text, match, end)):
            pos = match.start() + 1  # "me at jane.roe at example.org": the address starts inside
            continue
        out.append(EmailSpan(match.start(), end, PLAIN_SCORE if plain else BRACKETED_SCORE))
        pos = end
    return out


def _domain_end(match: re.Match[str]) -> int | None:
    """Where the longest prefix of the domain that ends in a public suffix ends, if any."""
    domain, start = match.group("domain"), match.start("domain")
    cuts = [m.start() for m in _DOT_SPLIT.finditer(domain)] + [len(domain)]
    for cut in reversed(cuts[1:]):
        name = _DOT_SPLIT.sub(".", domain[:cut]).casefold()
        parts = _suffixes()(name)
        if parts.suffix and parts.domain:
            return start + cut
    return None


def _reads_as_address(text: str, match: re.Match[str], end: int) -> bool:
    """With the bare word "at": whether the value still shows that it is an address."""
    local = match.group("local")
    if local.casefold() in COMMON_LOCALS:
        return False
    if _DOT_SPLIT.search(local) or any(c.isdigit() or c == "_" for c in local):
        return True
    if _SPELLED_DOT.search(text, match.start("domain"), end):
        return True
    return _EMAIL_WORDS.search(text, max(0, match.start() - _CONTEXT_BEFORE), match.start()) is not None

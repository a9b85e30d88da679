"""Carrier sentences of the NER training data, per language, with slots for the values.

Slots: `{P}` a full name, `{F}` a given name, `{L}` a surname (PERSON); `{T}` a town,
`{Z}` a postcode and town, `{C}` a country (LOCATION); `{S}` a street line
(STREET_ADDRESS). Unlabelled slots teach what is *not* a name or place: `{O}` an
organisation, `{R}` a product or tool, `{D}` a weekday, `{N}` a number, `{E}` an e-mail
address, `{U}` a link. Structured carriers (forms, records, signatures, dialogues,
tables) are composed in `compose.py`; these are the sentence-shaped ones.

The texts are data, in `data/` beside this module (read once, at import):

- `sentences_<lang>.txt`: one carrier per line (`xx`: other languages) -> `SENTENCES`.
- `negatives.txt`: PII-free carriers, nothing in them labelled -> `NEGATIVES`.
- `sentence_parts.json`: PII-free sentences composed per language from a subject
  (capitalised, often a noun that opens the sentence, as German nouns always are) and a
  predicate, which teach that a capitalised word at the start of a sentence is no name by
  itself -> `NEGATIVE_PARTS`; and what people do in a sentence, which with a name as the
  subject make their positive twin ("Nowak ist fertig." / "Die Rechnung ist fertig."), so
  the word itself, not its place, decides -> `PERSON_PREDICATES`.
"""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).with_name("data")
LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "tr", "xx")


def _text(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


# language -> its carriers, one a line
SENTENCES: dict[str, str] = {lang: _text(f"sentences_{lang}.txt") for lang in LANGS}
# PII-free carriers, one a line: `{O}`, `{R}`, `{D}`, `{N}`, `{E}`, `{U}` fill in.
NEGATIVES: str = _text("negatives.txt")

_PARTS = json.loads(_text("sentence_parts.json"))
# language -> ("subject|subject|...", "predicate|predicate|...")
NEGATIVE_PARTS: dict[str, tuple[str, str]] = {
    lang: ("|".join(subjects), "|".join(_PARTS["negative_predicates"][lang]))
    for lang, subjects in _PARTS["negative_subjects"].items()
}
# language -> "predicate|predicate|..."
PERSON_PREDICATES: dict[str, str] = {lang: "|".join(p) for lang, p in _PARTS["person_predicates"].items()}

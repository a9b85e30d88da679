"""Speakers of a chat log written in lower case: "jaz: u still coming?", "[9:14] fer: wey ya llegaste??".

A capitalised speaker ("Anna: …") is the name rules' (`people.py`, `_SPEAKER`); a lower-case
label is as often a field ("status: ok", "tel: 0176 …"), so it reads as a speaker only where
a chat says so. A line's label is a name when:

* it is a listed first name that is no common word of the nine languages and no English word
  ("rita:", "sanne:"), or
* the text before the line (`before`: a chat is analysed line by line) opens a line with a
  label too, and this one is no common word, English word or stop word ("thay:", "nanda:").

Labels indented or after a list dash are a record's keys ("  name: …", "- tel: …"), never a speaker.
"""

from __future__ import annotations

import re

from guardrail.filtering.vocabulary import is_common_word, is_english_word

SPEAKER_SCORE = 0.6
# A chat log's time before a speaker: "12:04 ", "[09:15:02] ", and as WhatsApp exports write it,
# "[08:14, 12/04/2024] ", "12/04/2024, 08:14 - ", "[12.04.24 08:14:05] "
CHAT_STAMP = (r"(?:\[?\d{1,2}:\d{2}(?::\d{2})?(?:,[ \t]*\d{1,2}[./]\d{1,2}[./]\d{2,4})?\]?"
              r"|\[?\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?\]?(?:[ \t]+-)?)")
_LABEL = re.compile(rf"(?m)^(?:{CHAT_STAMP}[ \t]+)?([a-z\u00df-\u024f]{{3,15}}):[ \t]+(?=\S)")


def find_speakers(text: str, before: str) -> list[tuple[int, int]]:
    """(start, end) of the lower-case speaker labels that open lines of `text` (normalised), read after `before`."""
    from guardrail.filtering.gating import openers
    from guardrail.filtering.people import is_listed_first_name

    if ":" not in text:
        return []
    chat = bool(before) and _LABEL.search(before) is not None
    out = []
    for match in _LABEL.finditer(text):
        word = match.group(1)
        if word in openers() or is_common_word(word) or is_english_word(word):
            continue
        if chat or is_listed_first_name(word):
            out.append(match.span(1))
    return out

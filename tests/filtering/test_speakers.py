"""A chat's speakers written in lower case (`speakers.py`)."""

from __future__ import annotations

import pytest
from filter_fixtures import presidio_filter  # noqa: F401 (fixture)

from guardrail.filtering.normalize import normalize
from guardrail.filtering.speakers import find_speakers
from guardrail.policy import FilterSpec

SPEAKERS = [  # (case, the lines before, the line, the speakers found in it)
    ("a listed first name opens a chat", "", "rita: ó joana ja chegaste a braga??", ["rita"]),
    ("an unknown word after another speaker's line", "thay: amiga vc vai no niver?\n", "nanda: vouu mas vou chegar atrasada", ["nanda"]),
    ("after a timestamp", "[9:14] fer: wey ya llegaste??\n", "[9:15] santi: nel ando en el metro", ["santi"]),
    ("an unknown word with no chat before", "", "blurp: amiga vc vai no niver?", []),
    ("a field's key in a record", "host: db1\n", "status: ok", []),
    ("an indented key", "record:\n", "  nanda: 3", []),
    ("a pronoun", "sanne: hee ben je er al?\n", "ik: nee sta nog vast", []),
    ("an English word", "jens: zeg wa is t adres\n", "note: vanaf 8u", []),
    ("no space after the colon", "jens: ok\n", "nanda:3", []),
]


@pytest.mark.parametrize(("before", "line", "found"), [c[1:] for c in SPEAKERS], ids=[c[0] for c in SPEAKERS])
def test_a_lower_case_speaker(before, line, found):
    norm = normalize(line).text
    assert [norm[s:e] for s, e in find_speakers(norm, normalize(before).text)] == found


@pytest.mark.slow
def test_the_filter_removes_every_line_of_a_lower_case_speaker(presidio_filter):  # noqa: F811
    text = "sanne: hee ben je er al?\nik: nee sta nog vast op de a12\nsanne: oke geen stress\nsanne: bel anders ff"
    result = presidio_filter.filter(text, FilterSpec(entities=("PERSON",)), "t")
    assert "sanne" not in result.text
    assert result.text.count("ik:") == 1

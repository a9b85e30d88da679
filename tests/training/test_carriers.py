"""The NER carrier texts (`guardrail/training/ner/carriers.py`): read from package data, every
slot a known one, every language with its sentence parts."""

from __future__ import annotations

import re

from guardrail.training.ner import carriers

SLOTS = set("PFLTZCSORDNEU")


def _slots(text: str) -> set[str]:
    return set(re.findall(r"\{(\w)\}", text))


def test_every_language_has_carriers_and_only_known_slots():
    assert tuple(carriers.SENTENCES) == carriers.LANGS
    for lang, block in carriers.SENTENCES.items():
        lines = [line for line in block.splitlines() if line.strip()]
        assert len(lines) >= 5, lang
        assert _slots(block) <= SLOTS and _slots(block) & set("PFL"), lang


def test_negatives_label_nothing():
    assert _slots(carriers.NEGATIVES) <= set("ORDNEU")
    for subjects, predicates in carriers.NEGATIVE_PARTS.values():
        assert _slots(subjects + predicates) <= set("ORDNU")


def test_sentence_parts_cover_the_same_languages():
    assert set(carriers.NEGATIVE_PARTS) == set(carriers.PERSON_PREDICATES) <= set(carriers.LANGS)
    for subjects, predicates in carriers.NEGATIVE_PARTS.values():
        assert all(subjects.split("|")) and all(predicates.split("|"))
    assert all(all(p.split("|")) for p in carriers.PERSON_PREDICATES.values())


def test_the_texts_are_package_data():
    names = {p.name for p in carriers.DATA.iterdir()}
    assert {f"sentences_{lang}.txt" for lang in carriers.LANGS} | {"negatives.txt", "sentence_parts.json"} <= names

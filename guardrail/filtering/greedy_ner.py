"""The learned model's NER decoded greedily with numpy, one document at a time.

spaCy's NER (`TransitionBasedParser.v2` with `state_type = "ner"`, what `guardrail
train-ner` trains) reads three tokens per step: the next token, the first token of the
entity that is open (or a learned pad) and the token before the next one (or the pad when
no entity is open). It takes one step per token, and each step computes a hidden layer, a
matrix product per state and a check of which moves are valid. spaCy makes those products
one step at a time through BLIS, whose fixed cost per call, on CPUs its kernels do not
know, makes the step loop most of the NER's time (about 200 µs of 330 on a dev-set text).

Here the steps where no entity is open, almost all of them, depend on the token alone: they
are computed for the whole document in two matrix products, and each token's best valid
move is chosen in one masked arg-max. Only the tokens inside an entity take a step of
their own. The moves' validity is spaCy's (`BiluoPushDown`) for a document with no preset
entities: Begin and Unit not on a space token, Begin and In not on the last token nor
before a sentence start, In and Last only inside an entity of their label, Out only outside
one. Ties go to the first move, as spaCy's arg-max does.

It serves both of the filter's NERs: the learned model's, which listens to the tok2vec
component, and the small English model's, whose own tok2vec `window_encoder` runs.
`GreedyNer.of(pipe, make_doc, vectors)` returns None for any other architecture, or when its
entities differ from the pipe's on the probe texts: the caller then runs the pipe.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy

_MOVES = frozenset("BILUO")
_ENCODERS = frozenset({"tok2vec-listener", "window_encoder"})  # the token vectors' layer: `window_encoder`'s node or a listener
_PROBES = (
    "Dear Ms Kowalska, the parcel for ul. Długa 5, 00-950 Warszawa left on 3 May.\nKind regards, Jan",
    "Anna Maria de Vries and Jan Nowak met Ahmet Yılmaz in Frankfurt am Main, Kaiserstraße 12.",
    "Kunde;Status;Betrag\nJan Nowak;offen;12,50\n\nKind regards,\nPieternel Hoorn",
)


@dataclass(frozen=True)
class GreedyNer:
    """The entities of a `Doc` whose `tensor` holds its token vectors, as the NER sets them."""

    linear_weights: numpy.ndarray  # the linear layer after the token vectors: (n_hidden_in, width)
    linear_bias: numpy.ndarray
    lower_weights: numpy.ndarray  # (n_features * n_hidden * n_pieces, n_hidden_in)
    pad: numpy.ndarray  # (n_features, n_hidden * n_pieces)
    feature_bias: numpy.ndarray  # (n_hidden * n_pieces,)
    pieces: int
    upper_weights: numpy.ndarray  # (n_classes, n_hidden)
    upper_bias: numpy.ndarray
    unseen: numpy.ndarray | None  # the classes the model never saw, scored as the lowest score (None: none)
    moves: tuple[tuple[str, str], ...]  # (move, label) per class: "B", "I", "L", "U" or "O"
    begins: numpy.ndarray  # masks over the classes
    units: numpy.ndarray
    outs: numpy.ndarray
    inside: dict[str, tuple[int | None, int | None]]  # per label: its In and Last classes
    token_attributes: tuple[int, int]  # spaCy's IS_SPACE and SENT_START (spaCy is imported only to load a model)

    @classmethod
    def of(cls, pipe, make_doc, vectors) -> GreedyNer | None:
        """The decoder of a NER `pipe` whose tokens are encoded by `vectors(doc)` (a
        `WindowEncoder`: the tok2vec component's that the NER listens to, or the NER's own),
        or None if it is built otherwise or finds other entities on the probe texts
        (tokenised by `make_doc`)."""
        from spacy.attrs import IS_SPACE, SENT_START

        model = getattr(pipe, "model", None)
        if model is None or not all(model.has_ref(name) for name in ("tok2vec", "lower", "upper")):
            return None
        layers = [n.name for n in model.get_ref("tok2vec").layers]
        if not model.attrs.get("has_upper") or layers[1:] != ["list2array", "linear"] or layers[0] not in _ENCODERS:
            return None
        moves = tuple(_move(pipe.moves.get_class_name(i)) for i in range(pipe.moves.n_moves))
        if any(move is None for move in moves):
            return None
        linear, lower, upper = model.get_ref("tok2vec").layers[2], model.get_ref("lower"), model.get_ref("upper")
        n_features, n_hidden, pieces, n_in = lower.get_param("W").shape
        if n_features != 3 or upper.get_param("W").shape != (len(moves), n_hidden):
            return None
        unseen = numpy.zeros(len(moves), dtype=bool)
        unseen[list(model.attrs.get("unseen_classes", ()))] = True
        labels = {label for _, label in moves if label}
        decoder = cls(
            linear_weights=linear.get_param("W"), linear_bias=linear.get_param("b"),
            lower_weights=lower.get_param("W").reshape(n_features * n_hidden * pieces, n_in),
            pad=lower.get_param("pad").reshape(n_features, n_hidden * pieces), feature_bias=lower.get_param("b").reshape(-1),
            pieces=pieces, upper_weights=upper.get_param("W"), upper_bias=upper.get_param("b"),
            unseen=unseen if unseen.any() else None, moves=moves,
            begins=numpy.array([m == "B" and bool(label) for m, label in moves]),
            units=numpy.array([m == "U" and bool(label) for m, label in moves]),
            outs=numpy.array([m == "O" for m, _ in moves]),
            inside={label: (_class(moves, "I", label), _class(moves, "L", label)) for label in labels},
            token_attributes=(IS_SPACE, SENT_START),
        )
        for text in _PROBES:
            doc = make_doc(text)
            doc.tensor = vectors(doc)  # what a listening NER reads
            if decoder.entities(doc, doc.tensor) != [(e.start, e.end, e.label_) for e in pipe(doc).ents]:
                return None
        return decoder

    def entities(self, doc, vectors: numpy.ndarray) -> list[tuple[int, int, str]]:
        """`(start token, end token, label)` of each entity of `doc`, whose token vectors are
        `vectors`, in order: the NER's own."""
        return [(start, end, label) for start, end, label, _ in self.decode(doc, vectors)]

    def decode(self, doc, vectors: numpy.ndarray, lean: float = 0.0) -> list[tuple[int, int, str, bool]]:
        """`(start token, end token, label, sure)` of each entity of `doc`, in order.

        `lean` is added to the scores of the moves that open an entity (Begin and Unit) where
        none is open, so that a token the model scores as almost a value opens one: the NER
        decodes with `lean` 0. An entity is `sure` when the NER itself would open one at its
        first token, and tentative when only the lean opens it there.
        """
        n = len(doc)
        if n == 0:
            return []
        x = numpy.dot(vectors, self.linear_weights.T)
        x += self.linear_bias
        features = numpy.dot(x, self.lower_weights.T).reshape(n, 3, -1)  # each token as next token, entity start, token before
        is_space, sent_start = self.token_attributes
        space, sentence_start = doc.to_array(is_space).astype(bool), doc.to_array(sent_start) == 1
        last = numpy.zeros(n, dtype=bool)
        last[-1] = True
        before_sentence = numpy.zeros(n, dtype=bool)  # the next token starts a sentence
        before_sentence[:-1] = sentence_start[1:]
        # The steps with no entity open: features (token, pad, pad).
        scores = self._scores(features[:, 0] + self.pad[1] + self.pad[2])
        can_begin = ~(space | last | before_sentence)
        valid = self.outs | (self.units & ~space[:, None]) | (self.begins & can_begin[:, None])
        scores = numpy.where(valid, scores, -numpy.inf)
        opens = self.begins | self.units
        own = scores.argmax(axis=1)  # the NER's own move per token
        sure = opens[own].tolist()
        best = ((scores + lean * opens).argmax(axis=1) if lean else own).tolist()
        found, start, label = [], 0, ""
        for i in range(n):
            if not label:
                move, move_label = self.moves[best[i]]
                if move == "B":
                    start, label = i, move_label
                elif move == "U":
                    found.append((i, i + 1, move_label, sure[i]))
                continue
            # Inside an entity: In (not on the last token nor before a sentence start) or Last, of its label.
            step = self._scores((features[i, 0] + features[start, 1] + features[i - 1, 2])[None, :])[0]
            inside, closing = self.inside[label]
            if closing is None or (inside is not None and not (last[i] or before_sentence[i])
                                   and (step[inside], -inside) > (step[closing], -closing)):
                continue
            found.append((start, i + 1, label, sure[start]))
            label = ""
        return found

    def tag(self, doc, vectors: numpy.ndarray, lean: float = 0.0, keep=None):
        """`doc` with its entities set, as the NER's `set_annotations` sets them; returned.

        With a `lean` (see `decode`), a tentative entity is set only where `keep(span)` says
        so (every one without `keep`).
        """
        from spacy.tokens import Span

        spans = [(Span(doc, start, end, label), sure) for start, end, label, sure in self.decode(doc, vectors, lean)]
        doc.set_ents([span for span, sure in spans if sure or keep is None or keep(span)], default="outside")
        return doc

    def _scores(self, summed: numpy.ndarray) -> numpy.ndarray:
        """The class scores of states whose three features add up to `summed` (rows)."""
        units = (summed + self.feature_bias).reshape(len(summed), -1, self.pieces)
        hidden = units[:, :, 0]
        for piece in range(1, self.pieces):  # element-wise: a reduction over a short axis costs numpy more
            hidden = numpy.maximum(hidden, units[:, :, piece])
        scores = numpy.dot(hidden, self.upper_weights.T)
        scores += self.upper_bias
        if self.unseen is not None:
            scores[:, self.unseen] = scores.min(axis=1, keepdims=True)
        return scores


def _class(moves: tuple[tuple[str, str], ...], move: str, label: str) -> int | None:
    return next((c for c, m in enumerate(moves) if m == (move, label)), None)


def _move(name: str) -> tuple[str, str] | None:
    """("B", "PERSON") of a class name "B-PERSON"; ("O", "") of "O"; None for a move spaCy's NER has not."""
    move, _, label = name.partition("-")
    return (move, label) if move in _MOVES else None

"""Output filter without spaCy: normalisation, segmentation, operators, streaming, fail-closed."""

from __future__ import annotations

import logging
import time

import pytest
from filter_fixtures import RaisingAnalyzer, RegexAnalyzer
from hypothesis import given, settings
from hypothesis import strategies as st

from guardrail.errors import FilterError
from guardrail.filtering import WITHHELD_NOTICE, Finding, OutputFilter, operators, segments
from guardrail.filtering.normalize import normalize
from guardrail.filtering.core import OVERLONG_ENTITY, resolve
from guardrail.policy import FilterSpec

SPEC = FilterSpec(entities=("EMAIL_ADDRESS", "CREDIT_CARD", "PERSON"))
EMAIL = "erin.carpenter@example.org"
CARD = "4209 6654 2870 7229"


def fake_filter(max_segment: int = 64, lookahead: int = 32) -> OutputFilter:
    return OutputFilter(analyzer=RegexAnalyzer(), max_segment=max_segment, lookahead=lookahead)


def stream_all(output_filter: OutputFilter, spec: FilterSpec, pieces: list[str]):
    stream = output_filter.stream(spec, "t")
    out = [stream.feed(p) for p in pieces]
    out.append(stream.close())
    return out, stream


# -- normalisation ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("john\u200b@example.com", "john@example.com"),
        ("john\uff20example.com", "john@example.com"),
        ("\uff14\uff12 \u0664\u0662 \u096a\u0968", "42 42 42"),
        ("j\u043ehn@ex\u0430mple.com", "john@example.com"),  # Cyrillic o and a
        ("555\u2011123\u2013 4567", "555-123- 4567"),
        ("Jos\u00e9\u00a0Garc\u00eda", "Jose Garcia"),
        ("\ufb01le", "file"),
    ],
)
def test_normalize_folds_lookalikes(text, expected):
    assert normalize(text).text == expected


def test_normalize_maps_spans_back_to_the_original():
    text = "mail: jo\u200bhn\uff20ex.com!"
    norm = normalize(text)
    start = norm.text.index("john@ex.com")
    orig = norm.span_to_original(start, start + len("john@ex.com"))
    assert text[orig[0]:orig[1]] == "jo\u200bhn\uff20ex.com"


@pytest.mark.parametrize("marks", ["\u0301", "\u0303\u0301", "\u0e35", "\u20dd"], ids=["acute", "two-marks", "thai-vowel", "enclosing"])
def test_a_value_ends_after_the_combining_marks_normalising_dropped(marks):
    # "Maria Lopez" + marks is read "Maria Lopez": the marks go with the value, none is left behind alone
    text = f"Met Maria Lopez{marks} today, and Maria Lopez \u0301 too."
    out = fake_filter().filter(text, FilterSpec(entities=("PERSON",)), "t")
    assert out.text == "Met <PERSON> today, and <PERSON> \u0301 too."


@given(st.text(max_size=60))
@settings(max_examples=200, deadline=None)
def test_normalize_piecewise_equals_whole(text):
    cut = len(text) // 2
    left, right = normalize(text[:cut]), normalize(text[cut:])
    whole = normalize(text)
    assert left.text + right.text == whole.text
    assert left.origin + tuple(i + cut for i in right.origin) == whole.origin


# -- segmentation -------------------------------------------------------------------


def test_split_cuts_at_sentence_and_line_ends_only():
    text = "Dr. Smith lives at 42 Elm St. in town. Call him!\nNext line e.g. here. End"
    cuts = [s.end for s in segments.split(text, 400, 0)]
    pieces = [text[a:b] for a, b in zip([0, *cuts], cuts)]
    assert pieces == ["Dr. Smith lives at 42 Elm St. in town. ", "Call him!\n", "Next line e.g. here. ", "End"]


@pytest.mark.parametrize("street", ["Candemir Mah. Söyler Sk. No 96", "Atatürk Cad. No: 70", "Kızılay Sok. No 3", "Cumhuriyet Blv. No 12"])
def test_a_turkish_street_line_is_one_segment(street):
    text = f"Teslimat adresi: {street}, Ankara. Teşekkürler!"
    first = segments.split(text, 400, 0)[0]
    assert text[first.start:first.end] == f"Teslimat adresi: {street}, Ankara. "


@pytest.mark.parametrize("street", ["Pza. del Olmo 31", "Pje. Santa Teresa 12", "Bv. Baliero 7825", "Șos. Potlogi 379", "nám. Míru 60",
                                    "Leof. Kyprou 24", "pl. św. Floriana 22", "Polgári krt. 41", "Shop 2, 59 Church Hwy",
                                    "ul. Marywilska 44 lok. 12", "2214, rue Notre-Dame Ouest, app. 3", "455 boul. des Laurentides",
                                    "Av. Brig. Faria Lima 3477"])
def test_an_abbreviated_street_word_does_not_end_a_sentence(street):
    """Also with accents ("Șos.", "nám."): the list is spelled as the filter normalises."""
    text = f"Adresa: {street}, Centru. Mulțumesc."
    first = segments.split(text, 400, 0)[0]
    assert text[first.start:first.end] == f"Adresa: {street}, Centru. "


@pytest.mark.parametrize("street", ["Valor 645 esq. Pelayes", "Calle Mayor 3, 2º Dcha. Bajo", "Calle Sol 4, 1º Izq. Local"])
def test_a_corner_or_a_door_does_not_end_a_sentence(street):
    text = f"Estamos en {street}, Montevideo. Gracias."
    first = segments.split(text, 400, 0)[0]
    assert text[first.start:first.end] == f"Estamos en {street}, Montevideo. "


def test_split_bounds_segments_and_marks_hard_cuts():
    text = "word " * 30 + "x" * 100
    parts = segments.split(text, 40, 10)
    assert all(s.end - s.start <= 40 and s.context_end == min(len(text), s.end + 10) for s in parts[:-1])
    assert parts[-1].end == parts[-1].context_end == len(text)
    assert any(s.hard_end for s in parts) and not parts[0].hard_end


@given(st.text(alphabet=st.sampled_from("ab .!?\n\"')x1A"), max_size=300), st.integers(16, 60), st.integers(0, 20))
@settings(max_examples=300, deadline=None)
def test_streaming_cuts_equal_batch_cuts(text, max_len, lookahead):
    expected = segments.split(text, max_len, lookahead)
    got, start, scanned, hard = [], 0, 0, False
    for n in range(1, len(text) + 1):  # one character at a time
        while True:
            cut = segments.next_cut(text[:n], start, max_len, lookahead, final=False, scan_from=scanned)
            if cut is None:
                scanned = n
                break
            got.append(segments.Segment(start, cut[0], cut[1], hard, cut[2]))
            start, hard, scanned = cut[0], cut[2], 0
        assert n - start <= max_len + lookahead
    while start < len(text):
        end, context_end, h = segments.next_cut(text, start, max_len, lookahead, final=True)
        got.append(segments.Segment(start, end, context_end, hard, h))
        start, hard = end, h
    assert got == expected


# -- operators ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("operator", "expected"),
    [
        ("replace", "Mail <EMAIL_ADDRESS> now."),
        ("redact", "Mail  now."),
        ("mask", "Mail " + "#" * len(EMAIL) + " now."),
    ],
)
def test_operators(operator, expected):
    spec = SPEC.model_copy(update={"operator": operator, "mask_char": "#"})
    result = fake_filter().filter(f"Mail {EMAIL} now.", spec, "t")
    assert result.text == expected
    assert result.findings == (Finding("EMAIL_ADDRESS", 5, 5 + len(EMAIL), 0.9, "regex"),)
    assert result.counts == {"EMAIL_ADDRESS": 1}


def test_hash_is_stable_within_a_tenant_and_differs_across(monkeypatch):
    monkeypatch.setenv(operators.HASH_SECRET_ENV, "test-secret")
    spec = SPEC.model_copy(update={"operator": "hash"})
    f = fake_filter()
    a1 = f.filter(f"Mail {EMAIL}.", spec, "tenant-a").text
    a2 = f.filter(f"Write to {EMAIL.upper()} please.", spec, "tenant-a").text
    b = f.filter(f"Mail {EMAIL}.", spec, "tenant-b").text
    token = a1[len("Mail "):-1]
    assert token.startswith("<EMAIL_ADDRESS:") and EMAIL not in a1
    assert token in a2
    assert token not in b
    monkeypatch.setenv(operators.HASH_SECRET_ENV, "another-secret")
    assert f.filter(f"Mail {EMAIL}.", spec, "tenant-a").text != a1


def test_hash_without_secret_warns_once_and_stays_stable(monkeypatch, caplog):
    monkeypatch.delenv(operators.HASH_SECRET_ENV, raising=False)
    monkeypatch.setattr(operators, "_process_secret", None)
    spec = SPEC.model_copy(update={"operator": "hash"})
    f = fake_filter()
    with caplog.at_level(logging.WARNING, logger="guardrail.filter"):
        first = f.filter(f"Mail {EMAIL}.", spec, "a").text
        second = OutputFilter(analyzer=RegexAnalyzer()).filter(f"Mail {EMAIL}.", spec, "a").text
    assert first == second
    assert sum(operators.HASH_SECRET_ENV in r.getMessage() for r in caplog.records) == 1


def test_resolve_merges_overlaps_under_the_strongest():
    found = [Finding("PERSON", 0, 10, 0.85, "ner"), Finding("EMAIL_ADDRESS", 5, 20, 1.0, "regex"), Finding("PERSON", 30, 35, 0.5, "ner")]
    assert resolve(found) == [Finding("EMAIL_ADDRESS", 0, 20, 1.0, "regex"), Finding("PERSON", 30, 35, 0.5, "ner")]


def test_allow_list_keeps_allowed_phrases():
    spec = SPEC.model_copy(update={"allow": ("Erin Carpenter",)})
    text = "Ask erin carpenter or John Miller."
    assert fake_filter().filter(text, spec, "t").text == text.replace("John Miller", "<PERSON>")


def test_empty_entity_list_filters_nothing_and_builds_nothing():
    analyzer = RaisingAnalyzer()
    analyzer.warmup = lambda: pytest.fail("must not build an engine")  # type: ignore[method-assign]
    f = OutputFilter(analyzer=analyzer)
    spec = FilterSpec(entities=())
    assert f.filter(f"Mail {EMAIL}", spec, "t") == (f.filter(f"Mail {EMAIL}", spec, "t"))
    assert f.filter(f"Mail {EMAIL}", spec, "t").text == f"Mail {EMAIL}"
    out, stream = stream_all(f, spec, ["Mail ", EMAIL])
    assert "".join(out) == f"Mail {EMAIL}" and stream.window == 0


# -- fail closed --------------------------------------------------------------------


def test_block_raises_without_the_text(caplog):
    f = OutputFilter(analyzer=RaisingAnalyzer())
    with caplog.at_level(logging.DEBUG), pytest.raises(FilterError) as info:
        f.filter(f"Mail {EMAIL}.", SPEC, "t")
    assert EMAIL not in str(info.value) and "on_error" in str(info.value)
    assert info.value.__cause__ is None
    assert all(EMAIL not in r.getMessage() for r in caplog.records)


def test_redact_all_returns_the_notice():
    spec = SPEC.model_copy(update={"on_error": "redact_all"})
    result = OutputFilter(analyzer=RaisingAnalyzer()).filter(f"Mail {EMAIL}.", spec, "t")
    assert result.text == WITHHELD_NOTICE and result.withheld and result.findings == ()


@pytest.mark.parametrize("bad", [b"bytes", None, 42, ["a list"]])
def test_non_text_is_a_failure(bad):
    with pytest.raises(FilterError, match="takes str"):
        fake_filter().filter(bad, SPEC, "t")
    spec = SPEC.model_copy(update={"on_error": "redact_all"})
    assert fake_filter().filter(bad, spec, "t").withheld


def test_too_long_text_is_a_failure():
    spec = SPEC.model_copy(update={"max_chars": 50})
    with pytest.raises(FilterError, match="max_chars=50"):
        fake_filter().filter("a" * 51, spec, "t")
    stream = fake_filter().stream(spec, "t")
    stream.feed("a" * 30)
    with pytest.raises(FilterError, match="max_chars"):
        stream.feed("a" * 30)


def test_timeout_is_a_failure():
    class Slow(RegexAnalyzer):
        def analyze(self, texts, spec):
            time.sleep(0.03 * len(texts))
            return super().analyze(texts, spec)

    spec = SPEC.model_copy(update={"timeout_s": 0.05})
    with pytest.raises(FilterError, match="timeout_s"):
        OutputFilter(analyzer=Slow()).filter("One. Two. Three. Four. Five.", spec, "t")


def test_analyzer_span_outside_the_segment_is_a_failure():
    class Broken(RegexAnalyzer):
        def analyze(self, texts, spec):
            return [[Finding("PERSON", 0, len(text) + 5, 0.9, "broken")] for text in texts]

    with pytest.raises(FilterError):
        OutputFilter(analyzer=Broken()).filter("Hello there.", SPEC, "t")


def test_streaming_failure_blocks_or_withholds():
    spec = SPEC.model_copy(update={"on_error": "redact_all"})
    stream = OutputFilter(analyzer=RaisingAnalyzer()).stream(spec, "t")
    assert stream.feed("Hello.") == ""
    assert stream.feed(f" Mail {EMAIL}. ") == WITHHELD_NOTICE
    assert stream.feed("more") == "" and stream.close() == "" and stream.withheld
    stream = OutputFilter(analyzer=RaisingAnalyzer()).stream(SPEC, "t")
    stream.feed(f"Mail {EMAIL}")
    with pytest.raises(FilterError):
        stream.close()
    with pytest.raises(FilterError):
        stream.feed("again")


# -- streaming ----------------------------------------------------------------------


def test_overlong_runs_are_removed_on_both_sides_of_a_hard_cut():
    text = "see " + "x" * 30 + EMAIL + "y" * 40 + " ok."
    result = fake_filter(max_segment=32).filter(text, SPEC, "t")
    assert "@" not in result.text and "carpenter" not in result.text
    assert OVERLONG_ENTITY in result.counts


def test_stream_holds_back_at_most_the_window():
    f = fake_filter(max_segment=48, lookahead=16)
    text = "and more words without an end " * 8 + "A sentence. " * 4
    stream = f.stream(SPEC, "t")
    fed = released = 0
    for ch in text:
        fed += 1
        released += len(stream.feed(ch))
        assert fed - released == stream.held <= stream.window == 64
    assert released + len(stream.close()) == len(text)
    assert stream.held == 0


pieces_text = st.lists(
    st.sampled_from(["Hello", "John Miller", ". ", f" {EMAIL} ", " ", f" {CARD} ", "\n", "x", "\u200b", "\uff20", "é", "Maria Lopez", "!", "St."]),
    max_size=40,
).map("".join)


@given(pieces_text, st.lists(st.integers(1, 12), min_size=1, max_size=50), st.integers(24, 80))
@settings(max_examples=300, deadline=None)
def test_stream_equals_filter_for_any_chunking(text, sizes, max_segment):
    f = fake_filter(max_segment)
    expected = f.filter(text, SPEC, "t")
    chunks, i, k = [], 0, 0
    while i < len(text):
        chunks.append(text[i:i + sizes[k % len(sizes)]])
        i += sizes[k % len(sizes)]
        k += 1
    out, stream = stream_all(f, SPEC, chunks)
    assert "".join(out) == expected.text
    assert stream.findings == expected.findings
    released = ""
    for piece in out:  # what is released is always final: nothing the whole-text filter removes
        released += piece
        assert expected.text.startswith(released)
    assert EMAIL not in released and CARD not in released


def test_stream_work_is_linear():
    f = fake_filter(max_segment=400)
    text = ("The quick brown fox jumps over the lazy dog and " * 400)[:16000]
    stream = f.stream(SPEC, "t")
    for i in range(0, len(text), 4):
        stream.feed(text[i:i + 4])
    stream.close()
    calls_16k = f.analyzer.calls
    f1 = fake_filter(max_segment=400)
    stream = f1.stream(SPEC, "t")
    for i in range(0, 1000, 4):
        stream.feed(text[i:i + 4])
    stream.close()
    assert calls_16k <= 17 * f1.analyzer.calls  # one analysis per segment, not per piece


def test_closed_stream_rejects_more():
    stream = fake_filter().stream(SPEC, "t")
    stream.close()
    with pytest.raises(FilterError, match="closed"):
        stream.feed("x")


@pytest.mark.parametrize("operator", ["replace", "mask", "hash"])
def test_value_across_a_forced_cut_is_replaced_once(operator):
    text = "Card: " + CARD + " and then the rest of it"
    spec = SPEC.model_copy(update={"operator": operator})
    f = fake_filter(max_segment=24, lookahead=24)
    cut = segments.split(text, 24, 24)[0].end
    assert text.index(CARD) < cut < text.index(CARD) + len(CARD)  # the forced cut splits the card
    result = f.filter(text, spec, "t")
    assert not any(part in result.text for part in CARD.split())
    assert len(result.findings) == 1 and result.findings[0].end - result.findings[0].start == len(CARD)
    if operator == "mask":
        assert len(result.text) == len(text)
    else:
        assert result.text.count("<CREDIT_CARD") == 1


def test_a_value_longer_than_the_next_segment_is_carried_on():
    class Whole(RegexAnalyzer):
        def analyze_one(self, text, spec):  # one "value" from the first "X" to the last "Y"
            start, end = text.find("X"), text.rfind("Y") + 1
            return [Finding("PERSON", start, end, 0.9, "fake")] if 0 <= start < end else []

    text = "aa X1 bb cc dd ee. Y ff. Y gg."
    f = OutputFilter(analyzer=Whole(), max_segment=16, lookahead=40)
    for operator in ("mask", "replace"):
        result = f.filter(text, SPEC.model_copy(update={"operator": operator}), "t")
        assert "X" not in result.text and "Y" not in result.text
        if operator == "mask":
            assert len(result.text) == len(text)


# -- find_values ----------------------------------------------------------------------


def test_find_values_returns_each_raw_value_once_in_order():
    texts = [f"Write to {EMAIL} or John Smith.", f"Again: {EMAIL}", "Nothing here."]
    assert fake_filter().find_values(texts, SPEC) == [EMAIL, "John Smith"]


def test_find_values_raises_even_under_redact_all():
    with pytest.raises(FilterError):
        OutputFilter(analyzer=RaisingAnalyzer()).find_values(["John Smith"], SPEC.model_copy(update={"on_error": "redact_all"}))


# -- the text before a segment ------------------------------------------------------


class ContextRecorder(RegexAnalyzer):
    """Records the `before=` context it is given for each segment."""

    reads_before = True

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, str]] = []

    def analyze(self, texts, spec, before=None):
        assert before is not None and len(before) == len(texts)
        self.seen.extend(zip(before, texts))
        return super().analyze(texts, spec)


BLOCK = "Attn: Ms Example\nErdek Caddesi No: 44/18\nDenizciler 87753\nTurkey\n"


@pytest.mark.parametrize("size", [None, 1, 5, 17], ids=["whole", "by-1", "by-5", "by-17"])
def test_an_analyzer_that_reads_before_gets_the_released_text_before_each_segment(size):
    analyzer = ContextRecorder()
    output_filter = OutputFilter(analyzer=analyzer)
    if size is None:
        output_filter.filter(BLOCK, SPEC, "t")
    else:
        stream = output_filter.stream(SPEC, "t")
        for i in range(0, len(BLOCK), size):
            stream.feed(BLOCK[i:i + size])
        stream.close()
    assert [text for _, text in analyzer.seen] == BLOCK.splitlines(keepends=True)
    for k, (before, _) in enumerate(analyzer.seen):
        assert before == "".join(BLOCK.splitlines(keepends=True)[:k])


def test_the_text_before_is_bounded_and_starts_at_a_word():
    from guardrail.filtering.core import BEFORE_CHARS

    analyzer = ContextRecorder()
    text = "".join(f"Line number {i} of a long letter.\n" for i in range(40))
    OutputFilter(analyzer=analyzer).filter(text, SPEC, "t")
    befores = [before for before, _ in analyzer.seen]
    assert max(map(len, befores)) <= BEFORE_CHARS and len(befores[-1]) > BEFORE_CHARS // 2
    assert all(text.find(before) >= 0 and (before == "" or text[text.find(before) - 1].isspace()) for before in befores)


def test_an_analyzer_that_does_not_read_before_is_called_as_before():
    analyzer = RegexAnalyzer()  # its analyze() takes no `before=`
    assert OutputFilter(analyzer=analyzer).filter(BLOCK, SPEC, "t").text == BLOCK
    assert analyzer.calls == 4

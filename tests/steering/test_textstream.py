"""Token ids to text pieces: whole characters, right spacing, and stop strings that never leak."""

from __future__ import annotations

import pytest

from guardrail.steering.textstream import IncrementalDecoder, StopStrings, cut_at_stop


def test_incremental_decoder_keeps_multibyte_characters_whole(tiny_model):
    text = "Grüße, café 👋 — naïve 東京"
    ids = tiny_model.tokenizer(text, add_special_tokens=False)["input_ids"]
    assert len(ids) > len(text) // 2  # byte-level pieces split the characters
    decoder = IncrementalDecoder(tiny_model.tokenizer)
    pieces = [decoder.push(token) for token in ids] + [decoder.flush()]
    assert "".join(pieces) == text
    assert not any("\ufffd" in piece for piece in pieces)


def test_incremental_decoder_keeps_spacing(tiny_model):
    text = "The total is 42 dollars and it shipped on Monday."
    decoder = IncrementalDecoder(tiny_model.tokenizer)
    pieces = [decoder.push(t) for t in tiny_model.tokenizer(text, add_special_tokens=False)["input_ids"]]
    assert "".join(pieces) + decoder.flush() == text


@pytest.mark.parametrize(
    ("pieces", "stops", "released"),
    [
        (["Hello wor", "ld. STO", "P here"], ["STOP"], "Hello world. "),
        (["ab", "c"], ["abd"], "abc"),
        (["a<", "/s", ">b"], ["</s>", "xyz"], "a"),
        (["no stops"], [], "no stops"),
    ],
)
def test_stop_strings_never_release_a_stop_string(pieces, stops, released):
    matcher = StopStrings(stops)
    out = [matcher.feed(piece) for piece in pieces]
    out.append(matcher.flush())
    assert "".join(out) == released
    assert matcher.stopped == (released != "".join(pieces))


@pytest.mark.parametrize(
    "text",
    ["plain ascii words", "  leading and  double  spaces", "Grüße 👋👋 東京", "line one\nline two\ttab", "42,000.17 $"],
    ids=["ascii", "spaces", "multibyte", "newlines", "digits"],
)
def test_pieces_add_up_to_the_decoded_completion(tiny_model, text) -> None:
    tokenizer = tiny_model.tokenizer
    ids = tokenizer(text, add_special_tokens=False)["input_ids"]
    decoder = IncrementalDecoder(tokenizer)
    pieces = [decoder.push(token) for token in ids]
    assert "".join(pieces) + decoder.flush() == tokenizer.decode(ids, skip_special_tokens=True) == text
    assert decoder.flush() == ""  # nothing is released twice


def test_a_character_cut_short_is_held_and_flushed_as_a_replacement(tiny_model) -> None:
    tokenizer = tiny_model.tokenizer
    ids = tokenizer("ok 👋", add_special_tokens=False)["input_ids"]
    decoder = IncrementalDecoder(tokenizer)
    released = "".join(decoder.push(token) for token in ids[:-1])  # the emoji's last byte never comes
    assert released == "ok" or released == "ok "
    assert "\ufffd" not in released and decoder.flush().endswith("\ufffd")


def test_special_tokens_release_no_text(tiny_model) -> None:
    tokenizer = tiny_model.tokenizer
    decoder = IncrementalDecoder(tokenizer)
    assert decoder.push(tokenizer.eos_token_id) == "" and decoder.flush() == ""


STOP_CASES = [
    ("Hello world. STOP here", ["STOP"], "Hello world. "),
    ("abc", ["abd"], "abc"),
    ("a</s>b", ["</s>", "xyz"], "a"),
    ("two stops: xyz then </s>", ["</s>", "xyz"], "two stops: "),
    ("stop at the very end STOP", ["STOP"], "stop at the very end "),
    ("STOP first", ["STOP"], ""),
    ("no stops", [], "no stops"),
    ("empty stops are ignored", ["", None], "empty stops are ignored"),
]


@pytest.mark.parametrize(("text", "stops", "released"), STOP_CASES, ids=[c[0][:12] for c in STOP_CASES])
def test_every_split_of_a_stream_releases_the_same_text(text, stops, released) -> None:
    assert cut_at_stop(text, stops) == released
    for cut in range(len(text) + 1):
        for other in range(cut, len(text) + 1):
            matcher = StopStrings(stops)
            out = matcher.feed(text[:cut]) + matcher.feed(text[cut:other]) + matcher.feed(text[other:]) + matcher.flush()
            assert out == released, (cut, other)


def test_nothing_is_released_after_a_stop() -> None:
    matcher = StopStrings(["END"])
    assert matcher.feed("done EN") == "done "
    assert matcher.feed("D and more") == "" and matcher.stopped
    assert matcher.feed("still more") == "" and matcher.flush() == ""


@pytest.mark.parametrize(("piece", "held"), [("abc S", "S"), ("abc ST", "ST"), ("abc STO", "STO"), ("abc SX", "")], ids=["1", "2", "3", "none"])
def test_only_a_possible_start_of_a_stop_is_held_back(piece, held) -> None:
    matcher = StopStrings(["STOP"])
    assert matcher.feed(piece) == piece[: len(piece) - len(held)]
    assert matcher.flush() == held and not matcher.stopped

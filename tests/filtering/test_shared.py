"""Results shared within one analysis and forgotten after it (`shared.py`)."""

from __future__ import annotations

import threading

from guardrail.filtering.shared import _RESULTS, one_analysis, shared_in_analysis


def _counting():
    calls: list[str] = []

    @shared_in_analysis
    def find(text: str) -> tuple[str, ...]:
        calls.append(text)
        return (text.upper(),)

    return find, calls


def test_a_text_is_computed_once_within_an_analysis():
    find, calls = _counting()
    with one_analysis():
        assert find("jan kowalski") == find("jan kowalski") == ("JAN KOWALSKI",)
        find("anna nowak")
    assert calls == ["jan kowalski", "anna nowak"]


def test_nothing_is_kept_after_the_analysis():
    find, calls = _counting()
    with one_analysis():
        find("jan kowalski")
    assert _RESULTS.get() is None
    find("jan kowalski")
    find("jan kowalski")
    assert calls == ["jan kowalski"] * 3  # outside an analysis each call runs


def test_threads_do_not_share_an_analysis():
    find, calls = _counting()
    with one_analysis():
        find("jan kowalski")
        worker = threading.Thread(target=find, args=("jan kowalski",))
        worker.start()
        worker.join()
    assert calls == ["jan kowalski", "jan kowalski"]


def test_the_filter_keeps_no_text_in_the_finders_caches():
    from guardrail.filtering import addresses, people

    assert not hasattr(people.find_names, "cache_info") and not hasattr(addresses.find_addresses, "cache_info")

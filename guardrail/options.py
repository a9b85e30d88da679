"""Moved to `guardrail.policy.overrides`; this name is kept for imports written before the move."""

from guardrail.policy.overrides import MAX_STOPS, RequestOptions, check_option, decoding_of, with_decoding

__all__ = ["MAX_STOPS", "RequestOptions", "check_option", "decoding_of", "with_decoding"]

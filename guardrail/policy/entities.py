"""Entity names that policies may list, known without importing Presidio.

`PRESIDIO_ENTITIES` mirrors the English predefined recognizers of the pinned Presidio
(a test checks it against the installed registry); `GUARDRAIL_ENTITIES` are the ones
guardrail adds to close Presidio's gaps.
"""

from __future__ import annotations

PRESIDIO_ENTITIES: frozenset[str] = frozenset(
    {
        "CREDIT_CARD", "CRYPTO", "DATE_TIME", "EMAIL_ADDRESS", "IBAN_CODE", "IP_ADDRESS",
        "LOCATION", "MAC_ADDRESS", "MEDICAL_LICENSE", "NRP", "ORGANIZATION", "PERSON",
        "PHONE_NUMBER", "UK_NHS", "URL", "US_BANK_NUMBER", "US_DRIVER_LICENSE", "US_ITIN",
        "US_PASSPORT", "US_SSN", "UUID",
    }
)

GUARDRAIL_ENTITIES: frozenset[str] = frozenset({"STREET_ADDRESS", "NATIONAL_ID", "PASSPORT"})

KNOWN_ENTITIES: frozenset[str] = PRESIDIO_ENTITIES | GUARDRAIL_ENTITIES

# What a source filters when its policy has no `filter` section at all: the usual
# public-traffic list, with dates that identify someone (DATE_TIME under the default
# `dates: identifying`: birth dates, full dates), national ids and passport numbers.
# Filtering nothing has to be asked for explicitly (`entities: []`).
DEFAULT_ENTITIES: tuple[str, ...] = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "IBAN_CODE",
    "IP_ADDRESS", "LOCATION", "STREET_ADDRESS", "US_BANK_NUMBER", "US_PASSPORT",
    "US_DRIVER_LICENSE", "CRYPTO", "DATE_TIME", "NATIONAL_ID", "PASSPORT",
)

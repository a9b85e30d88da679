"""Recognizers guardrail adds to Presidio, and its fix for NER false positives.

* `street_address_recognizer()`: Presidio has no street-address recognizer. This one finds
  US-style street lines ("42 Elm Street", "1600 N Main St., Apt 5B"), unit designators
  ("Apt 5B", "Suite 200"), PO boxes and "City, ST 12345" lines, as `STREET_ADDRESS`.
* `OfflineEmailRecognizer`: Presidio's e-mail recognizer checks the domain with tldextract,
  which fetches the public-suffix list from the network on first use; this one uses the
  snapshot bundled with tldextract and never touches the network.
* `span_recognizer(...)`: a Presidio recognizer around one of guardrail's pure finders
  (`people.py`, `phones.py`, `addresses.py`, `dates.py`), which replace Presidio's phone
  recognizer and, unless `dates: all`, its dates.
* `extra_card_and_phone_recognizers()`: 2-series Mastercard numbers and NANP numbers
  with unknown area codes, which Presidio's recognizers miss.
* `iban_recognizer()`: IBANs followed by a glued-on word, which Presidio's rejects.
* `custom_recognizer(spec)`: a policy-declared recognizer (regex patterns, deny list, context).
* `is_common_term(value)`: spaCy's small model tags capitalised common words (weekdays,
  months, programming languages, product names) as PERSON or LOCATION; a name-like NER
  finding made only of such words is dropped.
"""

from __future__ import annotations

import re

from guardrail.filtering.names import FIRST_NAMES
from guardrail.filtering.regex_limit import limit_patterns
from guardrail.policy import RecognizerSpec

# USPS street suffixes (Publication 28, appendix C1), full and abbreviated, singular and plural.
_SUFFIX_WORDS = """Alley Annex Arcade Avenue Ave Bayou Beach Bend Bluff Bottom Boulevard Blvd Branch Bridge Brook Burg
Bypass Camp Canyon Cape Causeway Center Circle Cir Cliff Club Common Corner Course Court Ct Cove Creek Crescent
Crest Crossing Curve Dale Dam Divide Drive Dr Estate Expressway Extension Fall Ferry Field Flat Ford Forest Forge
Fork Fort Freeway Garden Gateway Glen Green Grove Harbor Haven Heights Highway Hwy Hill Hollow Inlet Island Isle
Junction Key Knoll Lake Landing Lane Ln Light Lock Lodge Loop Mall Manor Meadow Mews Mill Mission Motorway Mount
Mountain Neck Orchard Oval Overpass Park Parkway Pkwy Pass Passage Path Pike Pine Place Pl Plain Plaza Point Port
Prairie Ranch Rapid Ridge River Road Rd Route Row Run Shoal Shore Skyway Spring Spur Square Sq Station Stravenue
Stream Street St Summit Terrace Ter Trace Track Trail Trl Tunnel Turnpike Underpass Union Valley Viaduct View
Village Ville Vista Walk Wall Way Well""".split() + """Approach Boardwalk Brae Chase Circuit Circus Close Concourse Copse
Cutting Dell Dene Esplanade Fairway Gardens Glade Grange Outlook Parade Promenade Quadrant Quay Retreat Rise Strand
Vale Walkway Wharf Wynd""".split()  # Australia Post's and Britain's street types that USPS lacks
_SUFFIX = "(?:" + "|".join(sorted({w for s in _SUFFIX_WORDS for w in (s, s.upper())}, key=len, reverse=True)) + ")s?"
_NUMBER = r"\d{1,6}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?)?"  # "7/35": Australia's unit and house number
_DIRECTION = r"(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?\s+)?"
_NAME_WORD = r"(?:\d{1,3}(?:st|nd|rd|th)|[A-Z][A-Za-z'\-]+)"
_UNIT = r"(?:(?:\b(?:Apt|Apartment|Suite|Ste|Unit|Fl|Floor|Rm|Room|APT|SUITE|UNIT)\.?\s*#?|#)\s*(?:\d+[A-Za-z]?|[A-Z]\d*)\b)"
_CITY_STATE_ZIP = r"(?:[A-Z][A-Za-z]+(?:[ \t][A-Z][A-Za-z]+){0,2},[ \t]*[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?\b)"
_STREET = (
    rf"\b{_NUMBER}[ \t]+{_DIRECTION}(?:{_NAME_WORD}[ \t]+){{1,3}}{_SUFFIX}\b\.?"
    rf"(?:[ \t]+(?:N|S|E|W|NE|NW|SE|SW)\b)?"
    rf"(?:,?[ \t]*{_UNIT})?(?:,[ \t]*{_CITY_STATE_ZIP})?"
)
_STANDALONE_UNIT = r"\b(?:Apt|Apartment|Suite|Ste|APT|SUITE)\.?[ \t]*#?[ \t]*(?:\d+[A-Za-z]?|[A-Z]\d*)\b"
_PO_BOX = r"\b(?:[Pp]\.?[ \t]?[Oo]\.?[ \t]?(?:Box|BOX|box)|Post[ \t]+Office[ \t]+Box)[ \t]+\d{1,8}\b"

STREET_ADDRESS_PATTERNS: tuple[tuple[str, str, float], ...] = (
    ("street line", _STREET, 0.75),
    ("po box", _PO_BOX, 0.75),
    ("city state zip", r"\b" + _CITY_STATE_ZIP, 0.6),
    ("unit", _STANDALONE_UNIT, 0.6),
)

STREET_ADDRESS_CONTEXT = ("address", "live", "lives", "street", "mail", "ship", "deliver", "located", "home")

# Capitalised words that name no person or place. Lower case; compared after case-folding.
COMMON_TERMS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday weekend today tomorrow yesterday
    january february march april may june july august september october november december
    spring summer autumn fall winter christmas easter thanksgiving halloween
    python java javascript typescript rust go golang ruby perl php kotlin swift scala haskell
    lua dart elixir erlang clojure fortran cobol matlab sql nosql html css bash powershell
    c c++ c# r react angular vue svelte django flask fastapi rails spring node node.js deno numpy
    pandas pytorch tensorflow keras kubernetes docker terraform ansible kafka redis
    postgres postgresql mysql sqlite mongodb elasticsearch linux ubuntu debian fedora windows
    macos ios android unix git github gitlab bitbucket jira confluence slack zoom teams outlook
    excel word powerpoint onenote sharepoint gmail chrome firefox safari edge office azure aws
    gcp lambda iphone ipad macbook pixel galaxy kindle alexa siri cortana copilot chatgpt gpt
    openai claude gemini llama bert api sdk cli json yaml xml csv pdf usb wifi bluetooth
    hello hi hey thanks thank dear regards cheers sincerely best please sorry yes no okay ok
    sure note tip step warning error summary conclusion introduction example answer question
    mr mrs ms dr sir madam customer user admin support team manager
    visa mastercard amex discover maestro paypal venmo zelle
    microsoft google apple amazon meta ibm oracle nvidia intel samsung adobe salesforce grafana kibana
    prometheus datadog splunk figma notion trello asana dropbox
    save open close cancel submit delete edit restart settings file view help home menu start login logout
    """.split()
) | frozenset(
    # weekdays, months and feasts of the other eight languages, as normalised text spells them,
    # less those that are also given names (Domingo, Abril, Mai, Noël, Julio, Cuma, Bayram, ...)
    """
    montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag februar marz maerz juni oktober dezember
    ostern pfingsten weihnachten silvester
    lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier juin juillet aout septembre octobre novembre decembre
    paques
    lunes martes miercoles jueves viernes sabado enero febrero marzo mayo junio agosto septiembre setiembre octubre
    noviembre diciembre navidad pascua
    lunedi martedi mercoledi giovedi venerdi sabato gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre
    pasqua ferragosto
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart augustus pasen kerstmis pinksteren
    segunda terca quarta quinta sexta janeiro fevereiro maio junho julho setembro outubro novembro dezembro
    poniedzialek wtorek sroda czwartek piatek sobota niedziela styczen luty kwiecien czerwiec lipiec sierpien wrzesien
    pazdziernik listopad grudzien wielkanoc
    pazartesi carsamba persembe cumartesi pazar ocak subat nisan mayis mayıs haziran temmuz agustos ekim kasim kasım aralik aralık
    """.split()
)


def street_address_recognizer():
    """The STREET_ADDRESS recognizer (a Presidio `PatternRecognizer`)."""
    from presidio_analyzer import Pattern, PatternRecognizer

    return PatternRecognizer(
        supported_entity="STREET_ADDRESS",
        name="StreetAddressRecognizer",
        patterns=[Pattern(name, regex, score) for name, regex, score in STREET_ADDRESS_PATTERNS],
        context=list(STREET_ADDRESS_CONTEXT),
        global_regex_flags=re.DOTALL | re.MULTILINE,  # case matters: street names are capitalised
    )


def offline_email_recognizer():
    """Presidio's e-mail recognizer with tldextract's bundled suffix list (no network); an
    address starts after a "|" (a table's or a CSV's cell separator)."""
    import tldextract
    from presidio_analyzer.predefined_recognizers import EmailRecognizer

    class OfflineEmailRecognizer(EmailRecognizer):
        _extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

        def validate_result(self, pattern_text: str) -> bool:
            return self._extract(pattern_text).fqdn != ""

        def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
            # "|" may stand in an address's local part, but in a table or CSV it ends the cell
            # before it: "Arico|ana@example.org" is a town and an address, not one address.
            results = super().analyze(text, entities, nlp_artifacts, regex_flags)
            for result in results:
                cut = text.rfind("|", result.start, text.find("@", result.start, result.end))
                if cut >= 0:
                    result.start = cut + 1
            return results

    return OfflineEmailRecognizer()


def extra_card_and_phone_recognizers():
    """Patterns Presidio's own recognizers miss.

    * Mastercard's 2-series (2221-2720), absent from Presidio's card regex; Luhn-checked
      like the other cards.
    * NANP numbers written `232.890.5997` or `(842) 407-0578` whose area code libphonenumber
      does not know (unassigned codes are still someone's number in generated text).
    """
    from presidio_analyzer import Pattern, PatternRecognizer
    from presidio_analyzer.predefined_recognizers import CreditCardRecognizer

    cards = CreditCardRecognizer(
        patterns=[Pattern("mastercard 2-series", r"\b2(?:22[1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)(?:[- ]?\d{4}){3}\b", 0.3)],
        name="Mastercard2SeriesRecognizer",
    )
    phones = PatternRecognizer(
        supported_entity="PHONE_NUMBER",
        name="NanpPhoneRecognizer",
        patterns=[Pattern("nanp", r"(?<![\w.-])(?:\+?1[-. ]?)?(?:\([2-9]\d{2}\)\s?|[2-9]\d{2}[-.])\d{3}[-.]\d{4}(?![\w-]|\.\d)", 0.5)],
        context=["phone", "call", "cell", "mobile", "tel", "number", "reach"],
    )
    return [cards, phones]


_IBAN_CANDIDATE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,32}")


def iban_values(text: str) -> list[tuple[int, int]]:
    """Spans of valid IBANs in `text`, also when the next word is glued on by the layout.

    Presidio's IBAN recognizer rejects `ES18 2335 5251 1737 7904 4351 Please` as a whole;
    this tries each candidate's prefixes, longest first, that end at a word end, have the
    country's format and pass the mod-97 check.
    """
    from presidio_analyzer.predefined_recognizers.generic.iban_patterns import regex_per_country

    spans = []
    for match in _IBAN_CANDIDATE.finditer(text):
        country = regex_per_country.get(match.group()[:2])
        if country is None:
            continue
        for end in range(match.end(), match.start() + 15, -1):
            if text[end - 1] == " " or (end < len(text) and text[end].isalnum()):
                continue
            candidate = text[match.start():end]
            compact = candidate.replace(" ", "")
            # The country's format, or (generated and mistyped data) any length with the check.
            if (re.fullmatch(country, candidate) or 15 <= len(compact) <= 34) and _mod97(compact) == 1:
                spans.append((match.start(), end))
                break
    return spans


def _mod97(iban: str) -> int:
    digits = "".join(str(int(c, 36)) for c in iban[4:] + iban[:4])
    return int(digits) % 97


def iban_recognizer():
    """A Presidio recognizer around `iban_values` (entity IBAN_CODE)."""
    from presidio_analyzer import EntityRecognizer, RecognizerResult

    class IbanPrefixRecognizer(EntityRecognizer):
        def load(self) -> None:
            pass

        def analyze(self, text, entities, nlp_artifacts=None):
            return [
                RecognizerResult("IBAN_CODE", start, end, 1.0, recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                })
                for start, end in iban_values(text)
            ]

    return IbanPrefixRecognizer(supported_entities=["IBAN_CODE"], name="IbanPrefixRecognizer")


def custom_recognizer(spec: RecognizerSpec, timeout_s: float):
    """A Presidio `PatternRecognizer` for one policy-declared recognizer; each pattern may run
    `timeout_s` (CPU time) and then fails the analysis (see `regex_limit`)."""
    from presidio_analyzer import Pattern, PatternRecognizer

    recognizer = PatternRecognizer(
        supported_entity=spec.entity,
        name=spec.name,
        patterns=[Pattern(f"{spec.name}[{i}]", p.regex, p.score) for i, p in enumerate(spec.patterns)] or None,
        deny_list=list(spec.deny_list) or None,
        deny_list_score=spec.score,
        context=list(spec.context) or None,
    )
    return limit_patterns(recognizer, timeout_s)


_WORD = re.compile(r"[\w.+#-]+")


def is_common_term(value: str) -> bool:
    """Whether an NER value consists only of common non-personal words ("Monday", "Python 3")."""
    words = [w.strip(".-").casefold() for w in _WORD.findall(value)]
    words = [w for w in words if w and not w.isdigit()]
    return not words or all(w in COMMON_TERMS for w in words)


_TITLES = frozenset({"mr", "mrs", "ms", "mx", "dr", "prof", "sir", "madam"})


def looks_like_person(value: str) -> bool:
    """Whether an ORG-labelled NER value reads as a full name: "Sean Daniels", "Dr. Erin Carpenter"."""
    words = [w.strip(".,").casefold() for w in value.split()]
    while words and words[0] in _TITLES:
        words = words[1:]
    return 2 <= len(words) <= 4 and words[0] in FIRST_NAMES and not any(w in COMMON_TERMS for w in words[1:])


def span_recognizer(name: str, entity: str | tuple[str, ...], find, rule_of=None):
    """A Presidio recognizer around a pure finder: `find(text) -> spans` with `.start`, `.end`, `.score`.

    Args:
        name: the recognizer's name (in findings).
        entity: the entity type it reports, or the types it may report, each span's own
            (`.entity`; "PERSON" and "PASSPORT" from one machine-readable zone).
        find: the finder (`people.find_names`, `phones.find_phones`, ...).
        rule_of: optional `span -> str`, stored as the result's `rule` metadata.
    """
    from presidio_analyzer import EntityRecognizer, RecognizerResult

    class SpanRecognizer(EntityRecognizer):
        def load(self) -> None:
            pass

        def analyze(self, text, entities, nlp_artifacts=None):
            results = []
            for span in find(text):
                metadata = {RecognizerResult.RECOGNIZER_NAME_KEY: self.name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}
                if rule_of is not None:
                    metadata["rule"] = rule_of(span)
                kind = entity if isinstance(entity, str) else span.entity
                if isinstance(entity, str) or kind in entities:  # a type the caller asked for
                    results.append(RecognizerResult(kind, span.start, span.end, span.score, recognition_metadata=metadata))
            return results

    return SpanRecognizer(supported_entities=[entity] if isinstance(entity, str) else list(entity), name=name)

"""Values a field's label names: "Surname: Gross", '"last_name": "Egli"', "<apellido>Pérez</apellido>".

Records, forms, exports and markup write a value after its label, where no sentence says
what it is and the value may be a common word ("Gross", "Price") or a name no list knows.
`find_field_values` reads three ways of writing a field on one line:

* a label, then `:`, `=` or `=>`, then the value, as forms, YAML, logs and key-value pairs
  write it ("Nachname: Gross", "last_name=Egli", "Billing address: Carrer de la Pau 3"), and
  JSON's quoted label and value ('"apellido": "Pellicer"');
* an XML element that the label names ("<lastName>Gross</lastName>");
* a vCard's structured lines: `N:` (family;given;additional;prefixes;suffixes), `FN:`, and
  `ADR:` (post box;extended;street;locality;region;postcode;country).

The labels are the ones a table's header names (`tables.py`), compared the same way
(normalised, lower case, `_`, `-` and camelCase as spaces), less those that name other
things as often ("name" of a product, "via" of a message, "Ort" of a meeting, "region" of a
cloud). A label that ends with "name" after a person's noun ("patient name", "Cardholder
Name") names a person too, and one that ends with "address" after a kind of postal address
("shipping address"; not "IP address" or "e-mail address") a street line.

A label is read back from its separator: the longest run of up to five words after the
line's start, a record's delimiter or the previous field that names something ("Surname" in
"Name: x Surname: Anna"), unless the word before it makes it another thing's ("E-mail
address", "Company name"). Two labels in one name a town's line when one names a town
("Town/Postcode", "CP y localidad", "PLZ/Ort"). A passport's, a national id's or a
postcode's label makes a code with three digits or more its value ("passport_no",
"<nrDowodu>", "kod"); a name's label ("nome", "Name") names a person beside a person's field
on the same line ('{"nome": "Elisa", "cognome": "Fontana"}').

A label of a person's role ("Passenger", "Huésped", "Patient", "Speaker", "Kontakt",
"Absender", "Responsable") names a person when the value reads as a name: capitalised words
of which one is a listed name or a word no list knows, or a booking's "SURNAME/GIVEN"
("Passager: FINUCANE/EAMONN"; not "Patient: pending", "Customer: Enterprise"); a contact's
name ends before its number or e-mail ("Kontakt: Marek, 512-447-903"). A list's label
("Partecipanti:", "Attendees:", "Anwesend:") gives each item that reads as a name, and so
does an e-mail's header line that names its people ("From:", "To:", "Von:", "De:",
"Kimden:") when its label is the line's own. A booking's name with its title is one anywhere
("SMITH/JOHN MR"), when a name list knows one of its words.

A value is kept when it can be one of its kind: a person's of one to five words of letters
(initials, hyphens, apostrophes and particles allowed, no digit); a street line of letters
and digits with a word of three letters, no "@", "://", IP or hexadecimal number; a town of
one to four words, a postcode allowed before or after it and a region after a comma.
Placeholders ("N/A", "unknown", "string", "-", "<PERSON>") are none. A value scores 0.65,
above the learned model's 0.6, so it outlives a longer finding that holds it and is found
again later in the text (`known.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from guardrail.filtering.tables import (
    NAME_LABELS, NATIONAL_ID_LABELS, PASSPORT_LABELS, PERSON_LABELS, POSTCODE_LABELS, STREET_LABELS, TOWN_LABELS,
)

FIELD_SCORE = 0.65  # above the learned model's 0.6: a field's value outlives a longer finding that holds it
FIELD_RECOGNIZER = "FieldValues"
_VALUE_CHARS = 80  # the longest value read

# Labels a table reads but a field does not: they name other things as often.
_NOT_FIELD_LABELS = frozenset({"via", "ort", "region", "county", "province", "provincia", "provincie", "il", "ilce",
                               "semt", "district", "distrito", "municipality", "ad"})
_PERSON_NOUNS = frozenset("""patient customer client employee contact guest passenger cardholder card holder account holder
member applicant student tenant driver recipient sender traveller traveler beneficiary insured policyholder policy holder
parent guardian spouse father's mother's maiden emergency contact witness signatory owner buyer seller consignee
shipper addressee caller""".split())
# Labels of a person's role: a name follows them, or a word that says none is there yet ("Patient: pending").
_ROLE_LABELS = frozenset("""passenger|passengers|passager|pasajero|passeggero|passageiro|passagier|pasazer|yolcu|fahrgast
|reisender|traveller|traveler|guest|huesped|hospede|ospite|gast|gosc|misafir|attendee|participant|applicant|solicitante
|antragsteller|candidat|candidate|candidato|kandydat|aday|employee|empleado|mitarbeiter|mitarbeiterin|employe|dipendente
|funcionario|werknemer|pracownik|calisan|personel|patient|paciente|paziente|patiente|pacjent|hasta|driver|conductor|fahrer
|chauffeur|autista|motorista|bestuurder|kierowca|surucu|tenant|inquilino|mieter|locataire|huurder|najemca|kiraci
|witness|testigo|zeuge|temoin|testimone|testemunha|getuige|swiadek|tanik|beneficiary|beneficiario|beneficiaire|begunstigde
|beneficjent|holder|account holder|titular|inhaber|titulaire|titolare|houder|posiadacz|sahibi|student|alumno|schuler
|eleve|studente|aluno|leerling|uczen|ogrenci|assigned to|assignee|reported by|requested by|organizer|organiser|host
|speaker|ponente|referent|intervenant|relatore|palestrante|spreker|prelegent|konusmaci|contact|kontakt|contacto|contatto
|contato|iletisim|contactpersoon|osoba kontaktowa|ansprechperson
|sender|absender|expediteur|remitente|mittente|afzender|remetente|nadawca|gonderen|responsible|person responsible
|verantwortlich|verantwortliche|verantwortlicher|responsable|responsabile|verantwoordelijke|responsavel|odpowiedzialny
|odpowiedzialna|sorumlu""".replace("\n", "").split("|"))
# Labels of a list of people: "Attendees:", "Partecipanti:", "Anwesend:", "Katılanlar:"
_LIST_LABELS = frozenset("""attendees|participants|partecipanti|participantes|teilnehmer|teilnehmende|deelnemers|uczestnicy
|katilimcilar|katilanlar|katılımcılar|katılanlar|present|presentes|presenti|anwesend|aanwezig|obecni|invited|invitados|eingeladen|uitgenodigd
|members|miembros|mitglieder|membres|membri|leden|membros|czlonkowie|uyeler|absent|ausentes|assenti|abwesend|afwezig
|nieobecni|excused|entschuldigt|excusados|giustificati|cc""".replace("\n", "").split("|"))
# An e-mail's header lines that name its people ("From:", "Von:", "De :", "Kimden:"): read only as a
# line's whole label, so "Flight to: Rome" or "Compare to: Claude" name no one.
_MAIL_PEOPLE_LABELS = frozenset("""from|to|bcc|reply to|sender|von|an|de|para|da|van|aan|od|do|kimden|kime|gonderen
""".replace("\n", "").split("|"))
_PEOPLE_LIST_LABELS = _LIST_LABELS | _MAIL_PEOPLE_LABELS  # each item that reads as a name is one
_LIST_SEPARATOR = re.compile(r"[ \t]*[,;&][ \t]*|[ \t]+(?:and|und|y|e|et|en|i|ve|oraz)[ \t]+")
_BRACKETED = re.compile(r"[ \t]*\([^)]*\)")
_POSTAL_KINDS = frozenset("""billing shipping home delivery postal mailing street residential permanent current
registered correspondence invoice""".split())
_PLACE_LABELS = frozenset("""place of birth|birthplace|lugar de nacimiento|lieu de naissance|geburtsort|luogo di nascita
|local de nascimento|naturalidade|geboorteplaats|miejsce urodzenia|dogum yeri""".replace("\n", "").split("|"))
PLACEHOLDERS = frozenset("""n/a|na|n.a.|none|null|nil|unknown|unk|-|--|---|tbd|tba|tbc|redacted|anonymous|anon|string|str
|text|varchar|example|sample|test|value|required|optional|yes|no|true|false|not provided|not applicable|not available
|same as above|see above|see below|private|hidden|withheld|undefined|empty|blank|xxx|xx|x|...|?""".replace("\n", "").split("|"))
_PREFIXES = frozenset({"billing", "shipping", "delivery", "home", "customer", "contact", "client", "user", "patient",
                       "employee", "guest", "passenger", "member", "sender", "recipient", "owner"})


@dataclass(frozen=True)
class FieldValue:
    """One value in `text[start:end]`, of `entity`, that its label names."""

    start: int
    end: int
    entity: str
    score: float = FIELD_SCORE


# The next field on the line: ", First name:" after a comma, " status=" after a blank (a label of one word)
_NEXT_FIELD = re.compile(
    r"""(?:,[ \t]*["']?[^\W\d][\w .'-]{0,40}?|[ \t]+["']?[^\W\d][\w.'-]{0,40})["']?[ \t]*(?:=|:(?!//))"""
)
_SEPARATOR = re.compile(r"=>|:(?!//)|=")  # between a label and its value
_LABEL_START = re.compile(r"""[\n{,;|(\[:=]""")  # what a label follows: a line's or a record's start, a separator
_LABEL_WORDS = 5  # the most words a label has
_LABEL = re.compile(r"[^\W\d][\w .'/-]{0,40}")
_JOINED = re.compile(r"[ ]*/[ ]*| (?:y|e|et|und|and|i|ve|en|&) ")  # two labels in one: "Town/Postcode", "CP y localidad"
_VALUE_END = re.compile(r"""["'\n<>|;{}\[\]]""")
_VALUE_CHARS_READ = 120
# Words before "address", "name" or "city" that make the label another thing's: "E-mail address", "Company name"
_OTHER_THINGS = frozenset("""e-mail email mail ip mac web url server host memory return reply-to company product file user
app project plan service device brand model display domain network wallet bitcoin ethereum hex""".split())
_ELEMENT = re.compile(r"<([^\W\d][\w.:-]{0,40})(?:\s[^<>]*)?>([^<>\n]+)</\1>")
_VCARD = re.compile(r"(?mi)^(N|FN|ADR)(?:;[^:\n]*)?:([^\n]+)$")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_PERSON_VALUE = re.compile(r"[^\W\d_][\w'’.-]*(?:,?[ \t]+[^\W\d_][\w'’.-]*){0,4}")  # "Gross, Noemi" too
# A name as an airline's or a hotel's booking writes it: "FINUCANE/EAMONN", "DE LA CRUZ/ANA MARIA MRS"
_RECORD_NAME_BARE = re.compile(r"[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){0,2}/[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){0,2}")
_RECORD_NAME = re.compile(r"(?<![\w/])[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){0,2}/[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){0,1} (?:MR|MRS|MS|MISS|MSTR)\b")
# A passport's, an id's or a postcode's value: letters and digits, three digits or more ("CHF 392817", "20-538")
_CODE = re.compile(r"(?=(?:[^\d\n]*\d){3})[A-Z\d][A-Z\d .\-/]{1,22}[A-Z\d]")
_POSTCODE_CHARS = 10
_AFTER_NAME = re.compile(r"[ \t]*(?:[(<]|,[ \t]*(?=\S*[\d@+])|[ \t][-\u2013|][ \t]|[ \t](?=\+?\d))")  # "(", ", 512…", " – ", " +34"
# A town's line: a postcode before it or after it, a region after a comma ("Chhāpi, Karnataka 603484")
_TOWN_VALUE = re.compile(
    r"(?:[A-Z]{0,2}[- ]?\d[\d -]{1,8}[ \t]+)?[^\W\d_][\w'’.-]*(?:,?[ \t]+[^\W\d_][\w'’.()-]*){0,3}(?:[ \t]+\d[\d -]{2,8}\d)?"
)
_NOT_STREET = re.compile(r"@|://|\b\d{1,3}(?:\.\d{1,3}){3}\b|\b0x[0-9a-f]|\b[0-9a-f]{8,}\b", re.IGNORECASE)
_WORD3 = re.compile(r"[^\W\d_]{3}")


@lru_cache(maxsize=4096)
def _label_words(label: str) -> str:
    """A label's words, compared as a table's are: normalised, lower case, `_`, `-`, `.` and camelCase as spaces."""
    from guardrail.filtering.normalize import normalize

    return " ".join(normalize(_CAMEL.sub(" ", label)).text.lower().replace("_", " ").replace("-", " ").replace(".", " ")
                    .replace("/", " / ").split())


@lru_cache(maxsize=4096)
def is_role_label(label: str) -> bool:
    """Whether `label` names a person's role ("Passenger", "Huésped", "Patient"): a person's
    name follows it when the value reads as one (`_names_a_person`)."""
    return _label_words(label) in _ROLE_LABELS


@lru_cache(maxsize=4096)
def label_entity(label: str) -> str | None:
    """The entity a field's `label` names (PERSON, STREET_ADDRESS or LOCATION), or None."""
    words = _label_words(label)
    if not words or words in _NOT_FIELD_LABELS:
        return None
    if words in PERSON_LABELS:
        return "PERSON"
    if words in STREET_LABELS:
        return "STREET_ADDRESS"
    if words in TOWN_LABELS or words in _PLACE_LABELS:
        return "LOCATION"
    if words in PASSPORT_LABELS:
        return "PASSPORT"
    if words in NATIONAL_ID_LABELS:
        return "NATIONAL_ID"
    if words in POSTCODE_LABELS:
        return "POSTCODE"  # a town's line: LOCATION, when the value is a code
    head, _, last = words.rpartition(" ")
    if last == "name" and (head in _PERSON_NOUNS or head.rpartition(" ")[2] in _PERSON_NOUNS):
        return "PERSON"  # "patient name", "Cardholder Name", "emergency contact name"
    if last == "address" and head.rpartition(" ")[2] in _POSTAL_KINDS:
        return "STREET_ADDRESS"  # "shipping address"; not "IP address", "e-mail address"
    first, _, rest = words.partition(" ")
    if rest and first in _PREFIXES:
        return label_entity(rest)  # "billing_city", "customer_last_name": read without whose they are
    parts = [part for part in _JOINED.split(words) if part]
    if len(parts) > 1:  # "Town/Postcode", "CP y localidad", "Ort und PLZ": a town's line if one part names a town
        kinds = {"LOCATION" if part in TOWN_LABELS else label_entity(part) for part in parts}  # "PLZ/Ort" too
        if "LOCATION" in kinds and kinds <= {"LOCATION", "POSTCODE", None}:
            return "LOCATION"
    return None


def find_field_values(text: str) -> tuple[FieldValue, ...]:
    """The values of `text`'s (normalised) fields whose labels name a person, a street or a town."""
    if ":" not in text and "=" not in text and "<" not in text and "/" not in text:
        return ()
    out: list[FieldValue] = []
    if "N:" in text or "N;" in text or "ADR" in text:
        for match in _VCARD.finditer(text):
            out.extend(_vcard(match))
    fields = [field for match in _SEPARATOR.finditer(text) if (field := _field_at(text, match)) is not None]
    if "<" in text:
        fields += [(match.group(1).rpartition(":")[2], match.start(2), match.end(2), True) for match in _ELEMENT.finditer(text)]
    people = any(label_entity(label) == "PERSON" for label, *_ in fields)
    for label, start, end, quoted in fields:
        out.extend(_labelled(text, label, start, end, quoted, people))
    if "/" in text:
        for match in _RECORD_NAME.finditer(text):  # "SMITH/JOHN MR": a name as a booking writes it, with its title
            if _has_listed_name(match.group()):  # not "TCP/IP MR"
                out.append(FieldValue(match.start(), match.end(), "PERSON"))
    return tuple(out)


def _field_at(text: str, separator: re.Match) -> tuple[str, int, int, bool] | None:
    """(label, value's start, value's end, quoted) of the field whose label ends at `separator`,
    when a label of up to five words before it names something (`_names_something`): the label is
    the longest such run of words after a line's or a record's start or the previous field's
    separator ("Surname" in "Name: x Surname: Anna"), the value runs to its closing quote, the
    line's end or the next field (", First name:", " status=")."""
    at = separator.start()
    line_start = text.rfind("\n", 0, at) + 1
    back = max(line_start, at - 48)
    cut = max((m.end() for m in _LABEL_START.finditer(text, back, at)), default=back)
    words = text[cut:at].rstrip(" \t").split()
    if not words:
        return None
    label = None
    for k in range(min(_LABEL_WORDS, len(words)), 0, -1):
        candidate = " ".join(words[-k:])
        bare = candidate.strip("\"'")
        if k == 1 and candidate.upper() in ("N", "FN", "ADR") and cut == line_start:
            return None  # a vCard's line, read by `_vcard`
        if _label_words(bare) in _MAIL_PEOPLE_LABELS and (k < len(words) or cut != line_start):
            continue  # "Flight to:", not an e-mail's "To:"
        if _LABEL.fullmatch(bare) and _names_something(bare):
            if k < len(words) and words[-k - 1].strip("\"'").casefold() in _OTHER_THINGS:
                return None  # "E-mail address", "IP address", "Company name": the whole label names something else
            label = bare
            break
    if label is None:
        return None
    start = separator.end()
    while start < len(text) and text[start] in " \t":
        start += 1
    quoted = text[start:start + 1] in ("\"", "'")
    start += quoted
    stop = _VALUE_END.search(text, start, start + _VALUE_CHARS_READ)
    end = stop.start() if stop else min(len(text), start + _VALUE_CHARS_READ)
    following = _NEXT_FIELD.search(text, start, end)
    return (label, start, following.start() if following else end, quoted) if end > start else None


def _names_something(label: str) -> bool:
    """Whether `label` names a value this module reads: a person's, a street's, a town's, a
    postcode's, a passport's or a national id's, a role's, a name's or a list of people's."""
    words = _label_words(label)
    return label_entity(label) is not None or is_role_label(label) or words in NAME_LABELS or words in _PEOPLE_LIST_LABELS


def _labelled(text: str, label: str, start: int, end: int, quoted: bool, people: bool) -> list[FieldValue]:
    """The value in `text[start:end]` of the field `label`, if the label names a person's, a
    street's, a town's, a postcode's, a passport's or a national id's, or a person's role and
    the value reads as a person's name, or a name's ("nome", "Name") beside a person's field
    (`people`: '{"nome": "Elisa", "cognome": "Fontana"}')."""
    entity = label_entity(label)
    if entity in ("PASSPORT", "NATIONAL_ID", "POSTCODE"):
        value = text[start:end].strip().strip("\"'")
        at = start + text[start:end].find(value)
        if not _CODE.fullmatch(value) or (entity == "POSTCODE" and len(value) > _POSTCODE_CHARS):
            return []
        return [FieldValue(at, at + len(value), "LOCATION" if entity == "POSTCODE" else entity)]
    if entity is not None:
        return _value(text, start, end, entity, quoted)
    if people and _label_words(label) in NAME_LABELS:
        return [v for v in _value(text, start, end, "PERSON", quoted) if names_a_person(text[v.start:v.end])]
    if is_role_label(label):  # the name before its number or e-mail: "Kontakt: Marek, 512-447-903"
        cut = _AFTER_NAME.search(text, start, end)
        return [v for v in _value(text, start, cut.start() if cut else end, "PERSON", quoted) if names_a_person(text[v.start:v.end])]
    if _label_words(label) in _PEOPLE_LIST_LABELS:  # "Partecipanti: Ferraresi, Ottaviani, Chen Wei, Kaur", "To: Holly, Brown"
        line_end = text.find("\n", start)
        return _listed_people(text, start, len(text) if line_end < 0 else line_end)
    return []


def _listed_people(text: str, start: int, end: int) -> list[FieldValue]:
    """The items of a list of people in `text[start:end]` that read as names; a role in brackets
    after one is none of it ("Şengül Arıkboğa (Başkan), Kasapyan; Oksana Hrytsenko")."""
    out, at = [], start
    for separator in [*_LIST_SEPARATOR.finditer(text, start, end), None]:
        stop = separator.start() if separator else end
        item = text[at:stop]
        value = _BRACKETED.sub("", item).strip(" \t.")
        if value and _PERSON_VALUE.fullmatch(value) and names_a_person(value):
            begin = at + item.find(value)
            out.append(FieldValue(begin, begin + len(value), "PERSON"))
        at = separator.end() if separator else end
    return out


def _has_listed_name(value: str) -> bool:
    from guardrail.filtering.lexicon import name_lists

    return any(w.casefold() in name_lists() for w in re.findall(r"[^\W\d_]+", value))


def names_a_person(value: str) -> bool:
    """A value after a role's label that reads as a name: a booking's "SURNAME/GIVEN", or
    capitalised words (particles aside) of which one is a listed name or a word no list knows
    ("Anna Berg", "Kutlay Öztoprak"; not "Pending", "To be assigned", "Enterprise")."""
    from guardrail.filtering.lexicon import name_lists
    from guardrail.filtering.people import PARTICLES, unknown_word

    if _RECORD_NAME_BARE.fullmatch(value):
        return True
    words = value.replace(",", " ").split()
    if not all(w[0].isupper() or w in PARTICLES for w in words):
        return False
    return any(w.casefold().strip(".") in name_lists() or unknown_word(w) for w in words)


def _value(text: str, start: int, end: int, entity: str, quoted: bool) -> list[FieldValue]:
    """The value in `text[start:end]` if it can be one of `entity`; a comma before another field ends it."""
    piece = text[start:end]
    if not quoted:
        piece = re.split(r"[ \t]{3,}", piece, maxsplit=1)[0]  # a wide gap ends a value: the next column
    stripped = piece.rstrip(" \t,.")
    lead = len(stripped) - len(stripped.lstrip())
    value = stripped.strip()
    if not value or len(value) > _VALUE_CHARS or value.casefold() in PLACEHOLDERS or not _plausible(value, entity):
        return []
    return [FieldValue(start + lead, start + lead + len(value), entity)]


def _plausible(value: str, entity: str) -> bool:
    if entity == "PERSON":
        return (_PERSON_VALUE.fullmatch(value) is not None or _RECORD_NAME_BARE.fullmatch(value) is not None) \
            and _WORD3.search(value) is not None
    if entity == "LOCATION":
        return _TOWN_VALUE.fullmatch(value) is not None and _WORD3.search(value) is not None
    return (_WORD3.search(value) is not None and _NOT_STREET.search(value) is None
            and (any(c.isdigit() for c in value) or " " in value) and len(value.split()) <= 12)


def _vcard(match: re.Match) -> list[FieldValue]:
    """A vCard line's names or street and town: N's family and given names, FN's whole name, ADR's street and locality."""
    kind, body, at = match.group(1).upper(), match.group(2), match.start(2)
    if kind == "FN":
        return [FieldValue(at, at + len(body.rstrip()), "PERSON")] if _PERSON_VALUE.fullmatch(body.strip()) else []
    parts, out, pos = body.split(";"), [], at
    wanted = {0: "PERSON", 1: "PERSON", 2: "PERSON"} if kind == "N" else {2: "STREET_ADDRESS", 3: "LOCATION", 5: "LOCATION"}
    if len(parts) < (2 if kind == "N" else 4):
        return []
    for i, part in enumerate(parts):
        value = part.strip()
        if i in wanted and value and (wanted[i] != "PERSON" or _PERSON_VALUE.fullmatch(value)):
            lead = len(part) - len(part.lstrip())
            out.append(FieldValue(pos + lead, pos + lead + len(value), wanted[i]))
        pos += len(part) + 1
    return out

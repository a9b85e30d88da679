"""Values a table's header names: the cells under "first name", "Anschrift" or "cp_ciudad".

CSV exports, CRM records and Markdown tables put a value's kind in a header line and the
values in the lines below, where no sentence says what they are ("Villa;Zidane;117 allée
Léger"). `TableColumns` reads a text's lines in order: a header line of at least two
labels between the same separators (`,` `;` `|` or a tab) starts a table, and every later
line with as many cells is a row of it, until a line that is none. A cell under a person's,
a street's or a town's label is a value of that kind: PERSON, STREET_ADDRESS or LOCATION; a
cell of three digits or more (at most 24 characters) under a passport's or a national id's
label ("passport_no", "Reisepass", "PESEL", "DNI", "TC Kimlik No") is a PASSPORT or a
NATIONAL_ID, whatever its shape (under a passport's label, a passport's shape with fewer
digits is one too: "KKN9GEKH3"), and such a label makes the table one of people; a code under a
postcode's label ("zip", "PLZ", "kod", "CEP") is part of a town's line, LOCATION; six digits
or more under a phone's label ("telefoon", "celular") are a PHONE_NUMBER in any national format.

Two labels name a person's names only together ("first,last", "given;family"). A label that
names a person only in a table of people ("name", "nom": also a product's or
a plan's; "customer", "Kunde": also a company or a kind of customer), and a town's ("city":
also a statistic's), count only beside a label that names a person, a street or a contact's
field ("first name", "prénom", "address", "e-mail", "phone"), so a price list's "Name", a
table of cities' "City" and "Kunde;Status;Betrag" are left alone. Beside a town's label alone
("id,name,city": people, or shops and hotels), a cell under such a label is a PERSON only
when it reads as a person's name (capitalised words, one of them a listed name or a word no
list knows: "Donna Guarana", "Finn de Graaf"; not "Blue Bottle Coffee").
Labels are compared normalised (lower case, accents stripped, `_` and `-` as spaces).

A Markdown table's first row is its header: a cell there of one or two label words (common
words of the nine languages that no name or town list knows: "Gast", "Nacionalidad") holds no
name nor place, whatever a model found in it.

A table of things (a label for a product, a quantity, a price, a version or a licence, none
for a person or a contact: "nom;quantité;prix", "producto|cantidad|precio",
"name,version,licence") says the opposite: its name, product, quantity, price, version and
licence columns hold things, so a name, place or street line a model found there is none
("Souris sans fil", "5200 TL", "Spring Boot", "Apache").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from guardrail.filtering.base import Finding
from guardrail.filtering.normalize import normalize
from guardrail.filtering.passports import passport_shaped

TABLE_RECOGNIZER = "TableColumns"
TABLE_SCORE = 0.6
SEPARATORS = ("|", "\t", ";", ",")
_PERSON = """full name|first name|firstname|given name|last name|lastname|surname|family name|contact name
|contact person|prenom|nom de famille|interlocuteur|vorname|nachname|ansprechpartner|apellido|apellidos|nombre completo
|voornaam|achternaam|contactpersoon|cognome|nome completo|imie|nazwisko|ad soyad|soyad|soyadi|forename|fname|lname|nombres
|middle name|given names""".replace("\n", "")
# Labels that name a person's name only as a pair: "first,last", "given;family" ("first seen" alone does not).
_PAIRS = (("first", "last"), ("given", "family"), ("first", "surname"), ("given", "surname"))
_NAMES = "name|nom|nombre|nome|naam|ad|isim"  # a person's or a thing's, as the table says
# A person, or a company or a kind of one ("Kunde: Firmenkunde"): only beside a label above or a contact's.
_PERSON_IN_PEOPLE = _NAMES + """|customer|customer name|client|client name|recipient|employee
|patient|assignee|attendee|participant|guest|destinataire|kunde|kundin|empfanger|teilnehmer|cliente|destinatario
|contacto|klant|ontvanger|odbiorca|klient|musteri|alici""".replace("\n", "")
_STREET = """address|address 1|address line 1|street|street address|adresse|anschrift|strasse|direccion|domicilio|calle
|indirizzo|via|endereco|morada|rua|adres|straat|ulica|adres satiri|sokak""".replace("\n", "")
_TOWN = """city|town|city zip|zip city|postcode city|city postcode|ville|code postal et ville|cp ville|ciudad|cp ciudad
|localidad|poblacion|stadt|ort|plz ort|wohnort|plaats|postcode plaats|woonplaats|citta|cap citta|comune|cidade
|localidade|codigo postal e cidade|miasto|kod i miasto|sehir|il|ilce|birthplace|place of birth|locality
|gemeente|gemeinde|municipality|municipio|commune|gmina|comuna|distrito|district|barrio|bairro|quartier|quartiere
|dzielnica|mahalle|semt|suburb|county|province|provincia|provincie|region""".replace("\n", "")
# A postcode's column: a code under it is part of a town's line ("zip" 06105, "plz" 99084, "kod" 00-950).
_POSTCODE = """zip|zipcode|zip code|postal code|postalcode|postcode|post code|plz|postleitzahl|cp|code postal|codigo postal
|cap|cep|kod|kod pocztowy|posta kodu|postakodu|pin|pincode|pin code|npa|eircode|postnummer""".replace("\n", "")
# A phone's column: a cell of digits under it is a phone number, in whatever national format.
_PHONE = """phone|phone number|telephone|tel|mobile|mobile number|cell|cellphone|telefon|telefonnummer|handy|mobil
|telefono|celular|movil|telefoon|telefoonnummer|mobiel|gsm|telefone|telemovel|cellulare|numero di telefono|komorka
|nr telefonu|telefon numarasi|cep telefonu|portable|numero de telephone""".replace("\n", "")
_CONTACT = "contact|email|e mail|mail|" + _PHONE  # a contact's field: it makes a table one of people
# A passport's or a national id's column, in the nine languages: its cells with three digits or more are one.
_PASSPORT = """passport|passport no|passport nr|passport number|passport id|passport num|reisepass|reisepass nr
|reisepassnummer|passnummer|pass nr|passeport|no passeport|numero de passeport|n passeport|pasaporte|no pasaporte
|numero de pasaporte|n pasaporte|passaporto|numero passaporto|n passaporto|paspoort|paspoortnummer|paspoort nr
|passaporte|numero do passaporte|n passaporte|paszport|numer paszportu|nr paszportu|pasaport|pasaport no
|pasaport numarasi|travel document|travel document number""".replace("\n", "")
_NATIONAL_ID = """national id|national id no|national id number|national identity number|national insurance number
|ni number|nino|social security number|ssn|tax id|tax number|tin|personal id|personal number|id card|id card number
|identity card|personalausweis|personalausweisnummer|ausweisnummer|steuer id|steueridentifikationsnummer|steuernummer
|sozialversicherungsnummer|svnr|ahv|ahv nr|numero de securite sociale|nir|insee|carte d identite|dni|nie|nif|nif nie
|nuss|numero de la seguridad social|codice fiscale|carta d identita|bsn|burgerservicenummer|sofinummer|cpf
|nif pt|numero de contribuinte|cartao de cidadao|pesel|nip|dowod osobisty|numer dowodu|tc kimlik|tc kimlik no
|tc no|kimlik no|tckn|vergi no|aadhaar|aadhaar number|pan number|cnp|egn|oib|amka|afm|cpr|personnummer|henkilotunnus
|isikukood|asmens kodas|emso|rodne cislo|birth number""".replace("\n", "")
# What a label names anywhere, and what it names in a table of people only.
_LABELS = {**{label: "PERSON" for label in _PERSON.split("|")}, **{label: "STREET_ADDRESS" for label in _STREET.split("|")},
           **{label: "PASSPORT" for label in _PASSPORT.split("|")}, **{label: "NATIONAL_ID" for label in _NATIONAL_ID.split("|")},
           **{label: "PHONE_NUMBER" for label in _PHONE.split("|")}}
PERSON_LABELS = frozenset(_PERSON.split("|"))  # also read as a field's label (`fields.py`)
STREET_LABELS = frozenset(_STREET.split("|"))
TOWN_LABELS = frozenset(_TOWN.split("|"))
NAME_LABELS = frozenset(_NAMES.split("|"))
POSTCODE_LABELS = frozenset(_POSTCODE.split("|"))
PASSPORT_LABELS = frozenset(_PASSPORT.split("|"))
NATIONAL_ID_LABELS = frozenset(_NATIONAL_ID.split("|")) | {"nr dowodu", "numer dowodu osobistego", "nr dowodu osobistego"}
_NUMBERS = frozenset({"PASSPORT", "NATIONAL_ID"})  # a cell of three digits or more, not of letters
_DIGITS = re.compile(r"(?:\D*\d){3}")
_NUMBER_CELL = 24  # the longest cell read as a passport's or an id's number
_POSTCODE_CELL = 10  # the longest cell of digits read as a postcode
_PHONE_CELL = re.compile(r"[ \t]*\+?(?:[\d()./ \t-]*\d){6}[\d()./ \t-]*")  # six digits or more and separators only
_IN_PEOPLE = {**{label: "PERSON" for label in _PERSON_IN_PEOPLE.split("|")}, **{label: "LOCATION" for label in _TOWN.split("|")},
              **{label: "LOCATION" for label in _POSTCODE.split("|")}}
_CONTACT_LABELS = frozenset(_CONTACT.split("|"))
# A table of things: what is sold, counted or priced. Its name column holds products ("Souris sans fil").
_THING = """product|product name|item|article|sku|quantity|qty|price|unit price|amount|total|cost|produkt|artikel|menge
|anzahl|preis|betrag|produit|quantite|prix|montant|producto|articulo|cantidad|precio|importe|prodotto|articolo|quantita
|prezzo|importo|aantal|prijs|bedrag|produto|quantidade|preco|valor|ilosc|cena|kwota|urun|adet|fiyat|tutar|miktar
|version|versions|release|licence|license|lizenz|licencia|licenza|licentie|licenca|licencja|lisans|versione|versao|versie
|wersja|surum""".replace("\n", "")
_THING_LABELS = frozenset(_THING.split("|"))
_THING_NAMES = frozenset((_NAMES + "|bezeichnung|designation|descripcion|descrizione|omschrijving|descricao|nazwa").split("|"))
NAME_AND_PLACE = frozenset({"PERSON", "LOCATION", "STREET_ADDRESS"})
_LABEL = re.compile(r"[^\W\d_][\w \-/.]{0,39}")  # a header cell: a word first, no "@" or ":"
_RULE = re.compile(r"[\s|:\-+]*")  # Markdown's "|---|:--:|" under a header
_LETTER = re.compile(r"[^\W\d_]")


def _label(cell: str) -> str:
    return " ".join(normalize(cell).text.lower().replace("_", " ").replace("-", " ").replace("/", " ").split())


def _cells(line: str, separator: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of `line`, trimmed; a Markdown row's outer pipes open no cell."""
    spans, start = [], 0
    for i, c in enumerate(line + separator):
        if c == separator:
            spans.append((start, i))
            start = i + 1
    if separator == "|" and line.strip().startswith("|"):
        spans = spans[1:]
    if separator == "|" and line.strip().endswith("|"):
        spans = spans[:-1]
    out = []
    for s, e in spans:
        piece = line[s:e]
        lead = len(piece) - len(piece.lstrip())
        out.append((s + lead, s + lead + len(piece.strip())))
    return out


def _row(line: str, separator: str, width: int) -> list[tuple[int, int]] | None:
    """The cells of a row of a table `width` cells wide, or None. A CSV cell with a comma in
    it ("Plot 191, Ganiyat Crescent") makes one cell of the pieces that open with a space."""
    cells = _cells(line, separator)
    extra = len(cells) - width
    if extra == 0:
        return cells
    if extra < 0 or separator != ",":
        return None
    spaced = [i for i, (s, _) in enumerate(cells) if i and line[s - 1:s].isspace()]
    if len(spaced) != extra or spaced != list(range(spaced[0], spaced[0] + extra)):
        return None
    first = spaced[0] - 1
    return cells[:first] + [(cells[first][0], cells[first + extra][1])] + cells[first + extra + 1:]


@dataclass(frozen=True)
class TableRow:
    """What one line of a table holds: `values` under labelled columns, and the cells of a
    table of things (`things`, (start, end) spans), where a name or a place that a model
    found is a product's name or a price ("Souris sans fil", "5200 TL")."""

    values: tuple[Finding, ...] = ()
    things: tuple[tuple[int, int], ...] = ()

    def sift(self, found: list[Finding]) -> list[Finding]:
        """`found` less the names, places and street lines inside a thing's cell."""
        return [
            f for f in found
            if f.entity_type not in NAME_AND_PLACE or not any(s <= f.start and f.end <= e for s, e in self.things)
        ]


@dataclass(frozen=True)
class _Header:
    """A table's header: its separator, its width in cells, the entity of each labelled
    column, and the columns of a table of things."""

    separator: str
    width: int
    columns: dict[int, str]
    things: frozenset[int]
    checked: frozenset[int] = frozenset()  # PERSON columns whose cells count only when they read as a name


def _holds(entity: str, line: str, start: int, end: int) -> bool:
    """Whether the cell `line[start:end]` can be a value of its column's `entity`: a number of three
    digits or more under a passport's or an id's label, a word with a letter under the others, or
    under a town's or a postcode's label a code of three digits or more ("06105", "00-950"). A
    passport's number may also have fewer digits when it has a passport's shape ("KKN9GEKH3")."""
    if entity == "PASSPORT" and passport_shaped(line[start:end]):
        return True
    if entity in _NUMBERS:
        return end - start <= _NUMBER_CELL and _DIGITS.match(line, start, end) is not None
    if entity == "PHONE_NUMBER":  # "945 112 308", "+48 511 002 879", "(0)43-321 76 54"
        return end - start <= _NUMBER_CELL and _PHONE_CELL.fullmatch(line, start, end) is not None
    if entity == "LOCATION" and end - start <= _POSTCODE_CELL and _DIGITS.match(line, start, end) is not None:
        return True
    return _LETTER.search(line, start, end) is not None


def _label_cells(line: str) -> tuple[tuple[int, int], ...]:
    """The cells of a Markdown table's first row (its header, as Markdown requires one) that are
    labels: one or two capitalised words, each a common word of the nine languages or a compound
    of two that no name or town list knows ("Gast", "Nacionalidad", "Téléphone"; not "Smith"
    in "| Surname | Smith |", nor "Lyon")."""
    from guardrail.filtering.cues import is_label_word
    from guardrail.filtering.lexicon import name_lists
    from guardrail.filtering.towns import towns

    cells = _cells(line, "|")
    if len(cells) < 2:
        return ()
    names, places = name_lists(), towns()
    out = []
    for start, end in cells:
        words = line[start:end].split()
        if (1 <= len(words) <= 2 and all(w[:1].isupper() and w.isalpha() for w in words)
                and all(is_label_word(w) and w.casefold() not in names for w in words)
                and line[start:end].casefold() not in places):
            out.append((start, end))
    return tuple(out)


@dataclass
class TableColumns:
    """The header of the table a text is in, and the values under its labelled columns.

    Attributes:
        entities: the entity types wanted (the route's list); others are not reported.
    """

    entities: frozenset[str] = frozenset()
    header: _Header | None = None
    in_markdown: bool = False  # the line before was a Markdown table's row

    def read(self, line: str) -> TableRow:
        """The values and things in one line of the text (normalised; a segment's first line)."""
        line = line.split("\n", 1)[0]
        first_row = line.lstrip().startswith("|") and not self.in_markdown
        self.in_markdown = line.lstrip().startswith("|")
        header = self.header
        if header is None:
            self.header = self._header(line)
            return TableRow(things=_label_cells(line) if first_row else ())
        if _RULE.fullmatch(line) and "-" in line:
            return TableRow()
        cells = _row(line, header.separator, header.width)
        if cells is not None:
            values = tuple(
                Finding(header.columns[i], start, end, TABLE_SCORE, TABLE_RECOGNIZER)
                for i, (start, end) in enumerate(cells)
                if i in header.columns and end > start and _holds(header.columns[i], line, start, end)
                and (i not in header.checked or _reads_as_name(line[start:end]))
            )
            return TableRow(values, tuple(cells[i] for i in sorted(header.things)))
        if header.separator not in line:  # the table has ended
            self.header = None
        return TableRow()

    def _header(self, line: str) -> _Header | None:
        for separator in SEPARATORS:
            if line.count(separator) < 1:
                continue
            cells = _cells(line, separator)
            labels = [_label(line[s:e]) for s, e in cells]
            if len(cells) < 2 or not all(_LABEL.fullmatch(line[s:e]) for s, e in cells):
                continue
            known = {i: _LABELS[label] for i, label in enumerate(labels) if label in _LABELS}
            for pair in _PAIRS:
                if all(label in labels for label in pair):
                    known.update({labels.index(label): "PERSON" for label in pair})
            people = bool(known) or any(label in _CONTACT_LABELS for label in labels)
            in_people = {i: _IN_PEOPLE[label] for i, label in enumerate(labels) if label in _IN_PEOPLE}
            checked = frozenset()
            beside_town = "LOCATION" in in_people.values() and "PERSON" in in_people.values()
            if not people and beside_town and not any(label in _THING_LABELS for label in labels):
                checked = frozenset(i for i, entity in in_people.items() if entity == "PERSON")
            if people or checked:
                known.update(in_people)
            columns = {i: entity for i, entity in known.items() if entity in self.entities}
            things = frozenset()
            if not people and any(label in _THING_LABELS for label in labels):  # a price list, an order's lines
                things = frozenset(i for i, label in enumerate(labels) if label in _THING_LABELS or label in _THING_NAMES)
            return _Header(separator, len(cells), columns, things, checked) if columns or things else None
        return None


def _reads_as_name(cell: str) -> bool:
    """Whether a cell reads as a person's name (`fields`' check of a value after a role's label)."""
    from guardrail.filtering.fields import names_a_person

    return names_a_person(cell.strip())

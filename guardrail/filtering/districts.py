"""Neighbourhoods, districts and villages, for LOCATION: named by the word that frames them.

A town's parts are named in every language with a word that says what they are: "bairro Boa
Viagem", "quartier Chiberta", "Ortsteil Auersmacher", "quartiere: Molino Nuovo", "barrio de
Sector III", "vestiging Apeldoorn"; so is the town a council is named for ("la Municipalidad
de Puente Alto", "Prefeitura de Campinas"). The capitalised words next to such a word are a
place whether or not any list knows them, and whether or not they are also ordinary words
("Triângulo", "Marina"). The town list (`towns.py`) and the learned model miss exactly these:
small, unlisted, or spelt like words.

* The name follows the word (`_BEFORE_NAME`), after "de", "of", … or a field's colon; it is
  one to four capitalised words, with the small words names hold ("Jardim da Penha") and a
  Roman numeral ("Sector III"). The words Spanish and Polish write as part of the name
  ("Urb. Santa Mónica", "Osiedle Tysiąclecia", "Col. Roma Norte") are taken with it.
* Words that also name things ("sector", "comuna", "località", "Bezirk", "neighbourhood":
  "sector Público", "Neighbourhood Watch") need a name word no common-word list knows, or a
  numeral, unless they label a field ("comuna: Providencia").
* Turkish names the place first (`_AFTER_NAME`): one or two capitalised words right before
  "köyü", "mahallesi", "ilçesi", "semti", "bölge …", "genelinde", "şubesi", "belediyesi",
  "sakinleri", in any case form ("Kızılcadere köyünde", "Kayseri bölge ofisi", "Kadıköy
  Belediyesi", "Kayapınar sakinlerinden").
* A record's place field holds a place whatever it is (`_PLACE_FIELD`: "ciudad": "Bogotá
  D.C.", "province: Ontario", "Woonplaats: Sint-Niklaas"): the labels of towns and regions,
  not of a meeting's place ("Ort: Raum 3").
* An Irish county after "Co." or "County", in any case ("Co. Mayo", "CO. GALWAY").
* Turkish, Spanish and Italian addresses write a district before its province after a slash
  (`_SLASH_PAIR`): "Ortahisar/Trabzon", "Odunpazarı/Eskişehir"; the pair is taken where
  either side is a listed town (`towns.py`).

Nothing is found in lower-case text ("en la colonia del valle"): there the frame word and a
name cannot be told from a phrase.
"""

from __future__ import annotations

import regex

from guardrail.filtering.towns import TownSpan, towns
from guardrail.filtering.vocabulary import is_common_word

DISTRICT_SCORE = 0.6
_NAME_WORD = r"\p{Lu}[\p{L}'\u2019.-]*"
_JOINER = r"(?:de|del|da|do|dos|das|di|della|la|las|los|le|les|el|van|von|der|den|am|an|sur|e|y)"
_NUMERAL = r"(?:[IVX]{1,4}|\d{1,3})(?![\p{L}\d])"
# One to four capitalised words (small joining words between them), or a numeral after them.
_NAME = rf"{_NAME_WORD}(?:[ \t]+(?:{_JOINER}[ \t]+)?{_NAME_WORD}){{0,3}}(?:[ \t]+{_NUMERAL})?"
_STRONG = (
    "bairro|barrio|barriada|reparto|colonia|col\\.|fraccionamiento|fracc\\.|urbanizaci[oó]n|urb\\.|vereda|corregimiento"
    "|quartier|hameau|quartiere|rione|frazione|fraz\\.|borgata|contrada|ortsteil|stadtteil|ortschaft|stadtbezirk|weiler"
    "|wijk|buurt|deelgemeente|gehucht|vestiging|dzielnic[aęy]|osiedl[eau]|os\\.|suburb"
    "|municipalidad|ayuntamiento|prefeitura|mairie"
)
_WEAK = "sector|comuna|distrito|localidad|localit[aà]|bezirk|freguesia|district|neighbou?rhood"
_WITH_NAME = frozenset("colonia col. fraccionamiento fracc. urbanizacion urbanización urb. os. osiedle".split())
_BEFORE_NAME = regex.compile(
    rf"(?i)(?<![\p{{L}}\d])(?P<frame>{_STRONG}|(?P<weak>{_WEAK}))"
    rf"(?:[ \t]+(?:de|del|of|di|do|da|van)[ \t]+|(?P<field>\"?[ \t]*[:=][ \t]*\"?[ \t]*)|[ \t]+)(?-i:(?P<name>{_NAME}))"
)
_AFTER_NAME = regex.compile(
    rf"(?<![\p{{L}}\d'\u2019])(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)[ \t]+"
    r"(?i:k[öo]y[üu]|mahalle|mah\.|semt|il[çc]e|b[öo]lge|genelinde|[şs]ube|mevki|beldesi|kasabas|belediye|sakinler)"
)
_PLACE_FIELD = regex.compile(
    r"(?i)(?<![\p{L}\d])(?:city|town|ciudad|ville|stadt|wohnort|citta|cidade|miasto|miejscowosc|sehir|ilce|province"
    r"|provincia|provincie|bundesland|kanton|canton|departamento|wojewodztwo|county|comune|municipio|gemeente|woonplaats"
    rf"|localidad|localite|localita)[\"']?[ \t]*[:=][ \t]*[\"']?(?-i:(?P<name>{_NAME}))"
)
_IRISH_COUNTY = regex.compile(
    r"(?i)(?<![\p{L}\d])(?:co\.?|county)[ \t]+(?:antrim|armagh|carlow|cavan|clare|cork|derry|donegal|down|dublin|fermanagh"
    r"|galway|kerry|kildare|kilkenny|laois|leitrim|limerick|longford|louth|mayo|meath|monaghan|offaly|roscommon|sligo"
    r"|tipperary|tyrone|waterford|westmeath|wexford|wicklow)(?![\p{L}\d])"
)
_SLASH_PAIR = regex.compile(r"(?<![\p{L}\d/])(\p{Lu}\p{Ll}{2,})/(\p{Lu}\p{Ll}{2,})(?![\p{L}\d/])")


# What each pattern needs in the text (lower-cased), looked for before it runs: most texts hold none.
_NEEDLES = {
    _BEFORE_NAME: ("bairro", "barri", "reparto", "col", "fracc", "urb", "vereda", "corregimiento", "quartier", "hameau",
                   "rione", "frazione", "fraz.", "borgata", "contrada", "ortsteil", "stadtteil", "ortschaft", "stadtbezirk",
                   "weiler", "wijk", "buurt", "deelgemeente", "gehucht", "vestiging", "dzielnic", "osiedl", "os.", "suburb",
                   "sector", "comuna", "distrito", "localidad", "localit", "bezirk", "freguesia", "district", "neighbo",
                   "municipalidad", "ayuntamiento", "prefeitura", "mairie"),
    _AFTER_NAME: ("koy", "köy", "mahalle", "mah.", "semt", "ilce", "ilçe", "bolge", "bölge", "genelinde", "sube", "şube",
                  "mevki", "beldesi", "kasabas", "belediye", "sakinler"),
    _PLACE_FIELD: ("city", "town", "ciudad", "ville", "stadt", "wohnort", "citta", "cidade", "miasto", "miejscowosc", "sehir",
                   "ilce", "provin", "bundesland", "kanton", "canton", "departamento", "wojewodztwo", "county", "comune",
                   "municipio", "gemeente", "woonplaats", "localidad", "localite", "localita"),
    _IRISH_COUNTY: ("co", "county"),
}


def _may_match(pattern: regex.Pattern, lower: str) -> bool:
    return any(needle in lower for needle in _NEEDLES[pattern])


def find_districts(text: str) -> tuple[TownSpan, ...]:
    """The places named by the word that frames them in `text` (normalised), as the module
    docstring says; each a `TownSpan`, as the town list's places are."""
    found: list[TownSpan] = []
    lower = text.lower()
    if _may_match(_BEFORE_NAME, lower):
        found.extend(_framed(text))
    if ("=" in text or ":" in text) and _may_match(_PLACE_FIELD, lower):
        for match in _PLACE_FIELD.finditer(text):
            found.append(TownSpan(match.start("name"), match.start("name") + len(match.group("name").rstrip(".")), DISTRICT_SCORE))
    if _may_match(_IRISH_COUNTY, lower):
        found.extend(TownSpan(m.start(), m.end(), DISTRICT_SCORE) for m in _IRISH_COUNTY.finditer(text))
    if _may_match(_AFTER_NAME, lower):
        found.extend(TownSpan(m.start("name"), m.end("name"), DISTRICT_SCORE) for m in _AFTER_NAME.finditer(text))
    if "/" in text:
        listed = towns()
        found.extend(TownSpan(m.start(), m.end(), DISTRICT_SCORE) for m in _SLASH_PAIR.finditer(text)
                     if m.group(1).lower() in listed or m.group(2).lower() in listed)
    return tuple(found)


def _framed(text: str) -> list[TownSpan]:
    """The places after their frame word ("bairro Triângulo", "comuna: Providencia")."""
    found = []
    for match in _BEFORE_NAME.finditer(text):
        name = match.group("name").rstrip(".")
        if match.group("weak") and not match.group("field") and not _names_a_place(name):
            continue  # "sector Público", "Neighbourhood Watch"; not "comuna: Providencia"
        start = match.start() if match.group("frame").casefold() in _WITH_NAME and match.group("frame")[0].isupper() else match.start("name")
        found.append(TownSpan(start, match.start("name") + len(name), DISTRICT_SCORE))
    return found


def _names_a_place(name: str) -> bool:
    """Whether a word of `name` is no common word of the nine languages, or a numeral follows it."""
    words = regex.findall(r"[\p{L}]+", name)
    return bool(regex.search(rf"[ \t]{_NUMERAL}$", name)) or any(len(w) > 2 and not is_common_word(w) for w in words)

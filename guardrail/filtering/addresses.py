"""Street lines outside the US format, as STREET_ADDRESS (the US one is in `recognizers.py`).

* type word first, number after: `Rue de Rivoli 12`, `Calle Mayor 3`, `ul. Matejki 958`,
  `Praça do Falcão, 6`, `Aleea Niță Nr. 48`, `Via Roma 1/A`;
* number first, type word after it: `12 rue de la Paix`, `435, rue de Samson`, `08, Sarma Ganj`;
* compound or trailing type word: `Parkstraat 12`, `Hauptstraße 5a`, `Skolgränd 837`,
  `Taavinkatu 08`, `Ceglédi utca 127.`, `Candemir Mah. Söyler Sk. No 96`, `Atatürk Cad. No: 70`;
* a unit first: `Flat 20, Javid Apartments, Gajera Road`, `Plot 93, Taiye Crescent`,
  `Unit 21, Shongwe Estate`; a house's name first: `Fox Cottage, 155 Mill Lane`;
* Colombian numbering: `Carrera 1 # 210-1`;
* Japanese block numbers: `2-14-3 Jingumae`;
* any `Name Name 12` line after an address word (`lives at`, `wohnhaft in`, `habite`, ...),
  and a type word and a name with no number there (`ship it to boulevard Renault`);
* a Spanish or Portuguese floor and door after the number: `Calle Toledano 73, 17º B`,
  `Travessa do Guedelha 112, 4º Esq.`; a Mexican colonia after it: `Blvd. Maldonado 190 Col.
  Centro`; a Portuguese `n.º` before it: `Av. da Ramalho, n.º 212`;
* and, after any of these, a corner (`Valor 645 esq. Pelayes`) and a following `, 75001
  Paris` / `, Szczytno` (postcode and city), ended by punctuation, a line's end or a cell's
  separator (`|`, a tab);
* a street named without a number, anywhere: an unlisted compound street name
  (`Kellergasse`, `Rathausstraße`), a type word that is no English word and a capitalised
  name (`rue Parmentier`, `ul. Długa`), a Turkish name and its type word (`Cumhuriyet Cad.`),
  a German place adjective and its type word (`Enzersdorfer Straße`, with a number or not), a
  compound that is a common word after a preposition and an article (`in der Hauptstrasse`,
  `aan de Hoofdstraat`), an English street after a lower-case preposition (`on Chapel Lane`),
  an Italian `via` after one (`in via Saluzzo`), a French `route de` or `chaussée de` and a name,
  a colonia, urbanización or barrio and its name (`Col. Del Valle`, `barrio San Fernando`), a
  Polish street's name after `ulicy` (`przy ulicy Leśnej`), a street typed in lower case after
  a preposition (`en la calle toledo`, `na rua do souto`), a house's name before a street
  named without a number (`Heather Cottage, Harbour Lane`), a French `lieu-dit` (`Lieu-dit Lafargue`);
* Spain's `C/` for calle (`C/ del Forn 6`), Peru's `Jr.` (jirón); a German street named by a
  preposition, alone in its line, cell or bracket (`Am Mühlbach 3a`, `Hinter den Höfen 3`; not
  `Im Jahr 2020`); a Polish street declined after `na` or `przy` with its number (`na Różanej 9`);
* a postcode in a field of its own (`PIN: 560003`, `"postal_code": "4001"`, `"kod": "00-950"`),
  or alone in the line under a street line (`Lucyweg 2` / `8032DL`);
* a postcode and a town alone (`75001 Paris`, `68307-465 Boa Hora`, `C4293AWH Simoca`,
  `C.P. 11442, Charcas`, Italy's `20121 Milano (MI)` and `22033, Asso (CO)`), an Irish town and Eircode (`Dublin
  D6W 1234`), a town and a six-digit code alone in a record's cell (`Bara 337658`; not
  `Windows 123456`: a town of ordinary words is none).

Type words cover English (non-US), French, German, Dutch, the Nordic languages, Spanish,
Catalan, Portuguese, Italian, Polish, Czech, Slovak, Hungarian, Romanian, Croatian, Turkish and
Indian usage. Matching runs on normalised text (accents stripped).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from guardrail.filtering.dates import ENGLISH_MONTHS
from guardrail.filtering.lexicon import stop_words
from guardrail.filtering.shared import shared_in_analysis
from guardrail.filtering.vocabulary import is_common_word, is_english_word

_FIRST_TYPES = """peatonal pasaje campo rotonda rue avenue av ave boulevard bd blvd chemin impasse allee place quai route cours passage square
calle c jiron avenida avda paseo plaza camino carrera carretera ronda travesia callejon privada cerrada andador prolongacion
ampliacion circuito diagonal transversal periferico calzada rua praca largo travessa estrada alameda rodovia fazenda vila via viale
corso piazza vicolo borgo contrada strada lungomare ul ulica al aleja os osiedle pl plac namesti nam trida str strada
bulevardul aleea calea splaiul soseaua intrarea cesta trg ulice rang odos leoforos leof plateia boul heol ffordd stryd
pasadizo glorieta rambla bajada subida costanilla cuesta poligono urbanizacion avinguda passeig carrer travessera
sentier lotissement faubourg montee esplanade salita piazzale beco ladeira praceta calcada rotunda caminho servidao rondo
viaducto continuacion eje""".split() + ["eje vial"]  # Mexico's "Eje vial Colima 433"
STREET_TYPES_FIRST = frozenset(_FIRST_TYPES) - {"c", "av", "ave", "al", "os", "pl", "str", "nam"}  # whole words only
_LAST_TYPES = """utca ut ter korut koz sor sokak sokagi caddesi cadde cad sk sok bulvari blv mahallesi marg nagar ganj chowk
colony vihar enclave layout path lane road street gardens close crescent terrace way drive avenue zila vijenac cesta ulica krt vei fasor setany hwy highway tce cres pde parade rd ln""".split()
# Abbreviations of a type word that count only with their period: "Pza. del Olmo", "R. do Moinho", "Fő u. 106"
_FIRST_ABBREVIATIONS = "r pza pje psje bv sos cra cll dg diag tv ctra prol trav estr pca jr".split()
_LAST_ABBREVIATIONS = ["u"]
_COMPOUND = """strasse str weg gasse platz allee ring damm ufer chaussee steig pfad markt straat laan plein gracht kade
steeg dijk singel hof gatan gata vagen vag grand torget stigen alle vej gade straede veien vegen gate bakken stien
katu kuja polku tie vagur straße backen platsen torg""".split()

_CAP = r"(?:[dl]['\u2019])?[A-Z\u00c6\u00d8\u00c5\u00d0\u00de\u0141\u0152][\w'-]*"  # "l'Eglise", "d'Alesia" too
# A title inside a street's name: "Rua Dr. Aurélio Pestana", "Av. Gen. Flores", "Calle Gral. Paz"
_TITLE = r"(?:(?:Dr|Gen|Gral|Cel|Cnel|Mcal|Pres|Pdte|Eng|Prof|Sto|Sta|Pe|Mal|Alm|Cap|Ten|Tte|Maj|Ing|Lic|Dott|Cmte)\.|(?:[A-Z]\.){1,3})[ \t]+"  # "J.B. Alberdi" too
_LINK = r"(?i:de|del|de la|de las|de los|da|do|dos|das|di|della|delle|du|des|la|le|von|der|van|den|al|el|y|yr)"  # Welsh "Heol y Coed" too
_NAME = rf"(?:(?:{_TITLE})?{_CAP}|\d{{1,4}}\.|\d{{1,3}}(?:st|nd|rd|th)?)(?:[ \t]+(?:{_LINK}[ \t]+)?(?:{_TITLE})?{_CAP}){{0,4}}"
_NUMBER = r"(?:(?i:nr|no|n\.o|n\u00b0|n|num|km)\.?:?[ \t]*|\#[ \t]*)?\d{1,5}[A-Za-z]?(?:[ \t]?(?:bis|ter))?(?:[/-](?:\d{1,4}[A-Za-z]?|[A-Z]))?\b\.?"
_UNIT = (
    r"(?:[ \t]*,?[ \t]*(?i:apt|apto|dpto|depto|piso|int|interior|flat|bl|sc|et|ap|app|appt|appartement|whg|wohnung|lok|edif|piano"
    r"|appartamento|scala|m|puerta|pta|portal|planta|torre|oficina|local|lote|sala|conj|cj|emelet|em|fszt|ajto|diamerisma|daire|kat|d|top"
    r"|stiege|stg|esc|escalera|bloque|blq|of\.)\.?:?[ \t]*(?:\d{1,4}[A-Za-z]?|[A-Z])\b"
    r"|[ \t]*,?[ \t]*\d{1,2}(?:os|is|es)?[ \t]+(?i:orofos|emelet|em)\.?"  # a Greek or Hungarian floor: "9os orofos", "1. em."
    r"|[ \t]*/[ \t]*(?i:top|stiege|tur)[ \t]*\d{1,4}"  # Austria's door: "51/Top 38"
    # a Spanish or Portuguese floor and door, "17º B", "3ºB", "4º Esq.", "3º 2ª" (º and ª read as o and a)
    r"|[ \t]*,?[ \t]*\d{1,2}\.?[oa](?:[A-Z]|[ \t]+(?:(?i:esq|dto|dta|dir|dcha|drcha|izq|izqda|izda|frente|fte|centro|andar|piso|planta)\.?|[A-Z]\b|\d{1,2}\.?[oa]\b))?(?!\w)"
    # a Spanish ground floor, mezzanine or attic in words: "Rúa do Vilar 15, bajo", "Gran Vía 8, entlo. 2"
    r"|[ \t]*,[ \t]*(?i:bajo|bajos|entresuelo|entlo|principal|pral|atico|sotano|semisotano)\.?(?:[ \t]+(?:[A-Z]|\d{1,2})\b)?(?![\w-])"
    # a Mexican colonia or a Spanish urbanización after the number: "190 Col. Centro", "Urb. Los Olivos"
    rf"|[ \t]*,?[ \t]*(?i:col|colonia|fracc|fraccionamiento|urb|urbanizacion|barrio|bo)\.?[ \t]+{_CAP}(?:[ \t]+{_CAP}){{0,2}}"
    # a floor in words or as an ordinal: "3er piso", "segundo piso", "1o piano", "3. OG links"
    r"|[ \t]*,?[ \t]*(?i:(?:\d{1,2}(?:er|ro|do|to|vo|mo|no|o|a|\u00b0)?|primer|primero|segundo|tercer|tercero|cuarto|quinto)[ \t]+(?:piso|planta|andar|piano))\b"
    r"|[ \t]*,?[ \t]*\d{1,2}\.[ \t]*(?:OG|Stock|Etage|Obergeschoss)(?:[ \t]+(?i:links|rechts|mitte))?\b"
    # a block or a house number after the street: "bloco 2, ap. 804", "casa n.º 27"
    r"|[ \t]*,?[ \t]*(?i:bloco|bloque|casa|villa)[ \t]+(?:(?i:n\.?o?\.?)[ \t]*)?(?:\d{1,4}[A-Za-z]?|[A-Z])\b"
    r")*"
)
# Lower-case street lines: the name's words, the type words they take (not "way" or "via":
# "5 simple way", "via email 24/7"; nor "st" or "dr"), a German adjective or compound before its type word.
_LOWER_NAME = r"[a-z][a-z'-]{2,}(?:[ \t]+[a-z][a-z'-]+){0,2}"
_FLAT = r"(?i:depto|dpto|apto|mieszk|lok|piso|int)"  # a flat's word after a house number: "1235 depto 4"
_LOWER_LAST = "road|rd|street|lane|ln|avenue|ave|crescent|cres|drive|close|terrace|tce|court|parade|pde|grove|gardens"
_LOWER_FIRST = ("calle|avenida|avda|rua|travessa|viale|corso|piazza|ulica|ul|rue|avenue|boulevard|chemin|strada|carrera|cra"
                "|cerrada|privada|andador|callejon|pasaje|camino|paseo|travesia"
                "|cll|sokak|caddesi|cad|sk")
_LOWER_COMPOUND = "strasse|straße|gasse|weg|platz|allee|ring|damm|straat|laan|plein|gracht|kade|steeg"
_BUILDINGS = "house|apartments|towers|court|mansions|mansion|residency|heights|complex|building|estate|business park|park"  # "Unit 21, Shongwe Estate"
_CELL_START = r"(?:(?<![^\n])|(?<=[,;:(|\t])|(?<=[,;:(|][ \t]))"  # a line's, a cell's or a bracket's start
_GERMAN_PREPOSITIONS = ("Am|Im|An der|An den|Auf der|Auf dem|Auf den|In der|In den|Zum|Zur|Hinter der|Hinter dem"
                        "|Hinter den|Unter den|Vor dem|Beim|Uber dem|Unterm|Hinterm|Vorm")
_NOT_STREETS = ("Jahr|Kapitel|Abschnitt|Schritt|Teil|Band|Level|Raum|Saal|Zimmer|Stock|Monat|Alter|Vergleich|Team|Sprint"
                "|Release|Version|Durchschnitt|Moment|Punkt|Bereich|Feld|Jahrgang|Rang|Spiel|Finale|Minute|Bus|Zug|Gleis|Tor")
_HOUSES = "cottage|farm|lodge|barn|manor|grange|farmhouse|house"  # a house's name: "Fox Cottage", "Rose Farm"
# English type words after a street's name, where no number goes with it ("on Chapel Lane")
_ENGLISH_TYPES = "Lane|Road|Street|Avenue|Drive|Close|Crescent|Terrace|Grove|Gardens|Rd|Ln|St"
_FIRST = "(?:(?:" + "|".join(sorted(_FIRST_TYPES, key=len, reverse=True)) + r")\.?|(?:" + "|".join(_FIRST_ABBREVIATIONS) + r")\.)"
_LAST = "(?:(?:" + "|".join(sorted(_LAST_TYPES, key=len, reverse=True)) + r")\.?|(?:" + "|".join(_LAST_ABBREVIATIONS) + r")\.)"
_COMP = "(?:" + "|".join(sorted(_COMPOUND, key=len, reverse=True)) + r")\.?"
# An optional ", 75001 Paris" / ", H-9353 Kecskemet" / ", Szczytno" after a street line.
_POSTCODE = r"(?:(?:[A-Z]{1,2}-)?\d{2,5}(?:[ -]\d{2,4})?(?:[ \t]?[A-Z]{2})?|[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2})"
# ... and alone before a town: also Brazil's "68307-465", Argentina's "C4293AWH", Mexico's "C.P. 11442,"
_POSTCODE_ALONE = (
    r"(?:(?:[A-Z]{1,2}-)?\d{4,5}(?:[ \t]?[A-Z]{2})?|\d{3}[ \t]\d{2}|\d{2}-\d{3}|\d{4,5}-\d{3}|[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}"
    r"|[A-Z]\d{4}[A-Z]{3}|C\.[ \t]?P\.[ \t]*\d{5},?)"
)
# A line that holds a postcode only, right under a street line: "8032DL", "200163", "00-950"
_POSTCODE_ALONE_LINE = re.compile(rf"[ \t]*({_POSTCODE_ALONE}|\d{{6}})[ \t]*(?=\n|$)")
_POSTCODE_LINE = re.compile(r"[ \t]*,?[ \t]*\n" + _POSTCODE_ALONE_LINE.pattern)  # the same, after the street line's end
POSTCODE_UNDER_STREET = "postcode line under a street line"
_EIRCODE = r"[AC-FHKNPRTV-Y]\d[\dW][ \t]?[AC-FHKNPRTV-Y\d]{4}"  # "D6W 1234": the letters Eircodes use
_EIRCODE_TYPED = r"[A-Z]\d[\dW][ \t]?(?=[A-Z]*\d)[A-Z\d]{4}"  # "L12 J7S1", "D67 M5T8": any letters, after a comma
# Canada's provinces and territories, Australia's states, the United States' (a town, one, a code)
_PROVINCES = (
    r"(?:QC|ON|BC|AB|MB|SK|NS|NB|NL|PE|YT|NT|NU|NSW|VIC|QLD|WA|SA|TAS|ACT|AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA"
    r"|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WV|WI|WY|DC)"
)
_STATE_WORDS = r"(?:OR|IN|ME|OK|HI|ID|ON|LA|DE|AL|SC|CO|MA|PA)"
_TOWN = rf"{_CAP}(?:(?:[ \t-]+(?:{_LINK}|nad|pod|sur|am|an|im|upon|los|las|les)?[ \t]*){_CAP}){{0,3}}"
_CITY = rf"(?:[ \t]*,[ \t]*(?:{_POSTCODE}[ \t]+)?{_TOWN})"
_PROVINCE = r"(?:[ \t]+\([A-Z]{2}\))?"  # Italy's "20121 Milano (MI)"
_GRID_SIDE = r"(?i:sur|este|norte|oeste)\b"  # a Colombian way's side of the city: "Calle 18 Sur"
_GRID_WAY = rf"\d{{1,3}}[ \t]?[A-Za-z]{{0,3}}(?:[ \t]+(?i:bis)(?:[ \t]?[A-Z]\b)?)?(?:[ \t]+{_GRID_SIDE})?"  # "75H", "2W", "24 Bis A"
_CITY_END = r"(?=\t|[ \t]*(?:[,.;:!?)|]|$|\n))"  # "|" or a tab: a table's or a CSV's next cell

PATTERNS: tuple[tuple[str, re.Pattern, float], ...] = tuple(
    (name, re.compile(regex + rf"(?:{_CITY}{_CITY_END})?"), score)
    for name, regex, score in (
        ("type first", rf"(?i:\b{_FIRST})[ \t]+(?:{_LINK}[ \t]+)?{_NAME},?[ \t]*{_NUMBER}{_UNIT}", 0.7),
        # a date that names the street: "třída 28. října 2869/18", "nám. 17. listopadu 60"
        ("type first, date", rf"(?i:\b{_FIRST})[ \t]+\d{{1,2}}\.[ \t]+[^\W\d_]+[ \t]+{_NUMBER}{_UNIT}", 0.7),
        ("number first", rf"\b\d{{1,5}}[A-Za-z]?(?:[ \t]?(?:bis|ter))?,?[ \t]+(?i:{_FIRST})[ \t]+(?:{_LINK}[ \t]+)?{_NAME}{_UNIT}", 0.7),
        ("number, name type", rf"\b\d{{1,5}}(?:/\d{{1,4}})?,[ \t]+{_NAME}[ \t]+(?i:{_LAST})(?!\w)", 0.6),
        ("compound", rf"\b{_CAP}(?i:{_COMP})[ \t]+{_NUMBER}{_UNIT}", 0.7),
        # "Söyler Sk. No 96", "Atatürk Cad. No: 70", after a Turkish quarter: "Candemir Mah. …"
        ("trailing type", rf"\b(?:{_NAME}[ \t]+(?i:mah|mh|mahallesi)\.?,?[ \t]+)?{_NAME}[ \t]+(?i:{_LAST}),?[ \t]+{_NUMBER}{_UNIT}", 0.7),
        # "Flat 20, Javid Apartments, Gajera Road", "Plot 93, Taiye Crescent", "Apt 10, Penrose House, Calnan Street"
        # "Qtr. No. 35, Block F, Mahavir Colony", "#4, 10th Main, Surya Nagar", "B-370, Kamal Vihar", "SHOP 2, 59 CHURCH HWY"
        ("unit first", rf"(?:\b(?i:apt|apartment|flat|plot|unit|suite|house|block|qtr|quarter|shop|level|door|room|h\.[ \t]?no)\.?"
                       rf"(?:[ \t]*(?i:no)\.?)?[ \t]*|(?<!\w)\#[ \t]*|\b[A-Z]-)\d{{1,5}}[A-Za-z]?(?:/\d{{1,4}})?,[ \t]+"
                       rf"(?:(?i:block|sector|phase|wing|tower)[ \t]+[A-Z\d]{{1,3}},[ \t]+)?"
                       rf"(?:{_NAME}[ \t]+(?i:{_BUILDINGS})(?:,[ \t]+{_NAME}[ \t]+(?i:{_LAST}))?|{_NAME}[ \t]+(?i:{_LAST})"
                       rf"|\d{{1,3}}(?:st|nd|rd|th)[ \t]+{_CAP}(?:,[ \t]+{_NAME}[ \t]+(?i:{_LAST}))?"
                       rf"|\d{{1,5}}[ \t]+{_NAME}[ \t]+(?i:{_LAST}))(?!\w)", 0.7),
        # A house's name before its street line: "Fox Cottage, 155 Mill Lane", "Rose Farm, 2 Church Road"
        ("house name", rf"\b{_CAP}[ \t]+(?i:villa|{_HOUSES}),[ \t]+"
                       rf"(?:\d{{1,5}}[A-Za-z]?[ \t]+)?{_NAME}[ \t]+(?i:{_LAST})(?!\w)", 0.7),
        # Spain's "C/" for calle: "C/ del Forn 6", "C/Mayor 5, 2º"
        ("calle slash", rf"(?i:\bc/)[ \t]*(?:{_LINK}[ \t]+)?{_NAME},?[ \t]*{_NUMBER}{_UNIT}", 0.7),
        # A German street named by a preposition, alone in its line or cell: "Am Mühlbach 3a",
        # "Hinter den Höfen 3;37115 Duderstadt", "(Am Kanal 2, Tel. …)"; not "Im Jahr 2020"
        ("german preposition", rf"{_CELL_START}(?:{_GERMAN_PREPOSITIONS})[ \t]+(?!{_NOT_STREETS}\b){_CAP}(?:[ \t]+{_CAP})?"
                               rf"[ \t]+\d{{1,3}}[a-z]?(?=[ \t]*(?:[,;)|\t]|$|\n))", 0.6),
        # A Polish street declined after "na" or "przy" with its number: "na Różanej 9", "przy Mickiewicza 5/2"
        ("polish declined", rf"(?:(?<=\bna[ ])|(?<=\bprzy[ ])){_CAP}[ \t]+\d{{1,3}}[a-z]?(?:/\d{{1,3}})?(?!\d|[.,]\d)"
                            r"(?=[ \t]*(?:[,;)\n]|$|(?:w|we|m|lok)\b|/))", 0.6),
        # Colombia's grid, a way and its number, "#" or "No." and the crossing way's number and
        # the house's: "Cl. 40 # 8-6 Este", "Carrera 75H # 43-46 Sur", "Tv. 2W Bis # 47-2", "Kr 7 No. 12-34"
        ("colombian grid", rf"(?i:\b(?:avenida[ \t]+calle|avenida[ \t]+carrera|calle|cll|cl|carrera|cra|kra|kr|cr|transversal|tv"
                           rf"|tr|diagonal|dg|circular|circunvalar|ak|ac))\.?[ \t]+{_GRID_WAY}[ \t]*(?:\#|(?i:no|n\.o|n\u00b0)\.?)"
                           rf"[ \t]*\d{{1,3}}[ \t]?[A-Za-z]{{0,2}}[ \t]*-[ \t]*\d{{1,3}}[A-Za-z]?(?:[ \t]+{_GRID_SIDE})?{_UNIT}", 0.7),
        # A street named after an officer or a president, whose title opens it: "Mcal. López 2345",
        # "Gral. Paz 1234", "Cnel. Díaz 567" (Argentina, Paraguay, Uruguay); no doctor's or engineer's
        ("titled street", rf"\b(?:Mcal|Gral|Cnel|Tte|Pdte|Gdor|Cmte|Alte|Brig)\.[ \t]+{_NAME}[ \t]+(?!(?:19|20)\d\d\b)\d{{2,5}}\b{_UNIT}", 0.6),
        # No house number, a building, its floor and its flat: "Av. Francisco de Miranda, Res. Delta, piso 8, apto 8-C" (Venezuela)
        ("type first, building", rf"(?i:\b{_FIRST})[ \t]+(?:{_LINK}[ \t]+)?{_NAME},[ \t]*(?i:res|resid|residencias|edif|edificio|torre"
                                 rf"|conj|conjunto|quinta|qta)\.?[ \t]+{_NAME}(?:,?[ \t]*(?i:piso|apto|apt|dpto|depto|ofic|oficina|local)"
                                 r"\.?[ \t]*[\dA-Z][\w-]{0,4}){1,3}", 0.7),
        # A block of flats and the flat, a plot and its house, as Chile's and Ecuador's addresses have them:
        # "block 14, dpto 302", "Mz. 104 villa 8", "Mz. 4 Casa 12"
        ("block and flat", r"(?i:\b(?:block|bloque|blq|torre)\.?[ \t]*[\dA-Z]{1,4},?[ \t]*(?:dpto|depto|departamento|apto|apt)\.?[ \t]*\d{1,4}[A-Z]?\b"
                           r"|\b(?:mz|manzana)\.?[ \t]*\d{1,4}[A-Z]?,?[ \t]*(?:villa|solar|casa|lote|lt|sl)\.?[ \t]*\d{1,4}[A-Z]?\b)", 0.6),
        # A Polish street without "ul.", its number and the flat's after "m." or "lok.": "Piotrkowska 211 m. 14"
        ("polish flat", rf"\b[A-Z][^\W\d_]*(?:a|ego|ej)(?:[ \t]+{_CAP})?[ \t]+\d{{1,4}}[a-zA-Z]?(?:/\d{{1,4}})?[ \t]+(?:m|lok)\.[ \t]*\d{{1,4}}\b", 0.6),
        ("chome", r"\b\d{1,4}-\d{1,4}(?:-\d{1,4})?[ \t]+[A-Za-z][\w]*-(?i:dori|cho|machi|chome)\b", 0.6),
        # a post-office box: "Apartado de Correos 843", "Caixa Postal 693", "skr. poczt. 533", "C.P. 958, succ. Centre-ville"
        ("post box", r"(?i:\b(?:apartado[ \t]+de[ \t]+correos|apdo|caixa[ \t]+postal|casella[ \t]+postale|postfach|postbus|postboks"
                     r"|skr\.?[ \t]*poczt|p\.[ \t]?p|t\.[ \t]?th|c\.[ \t]?p|case[ \t]+postale))\.?[ \t]*\d{1,6}\b"
                     rf"(?:,[ \t]*(?i:succ)\.?[ \t]+{_CAP})?", 0.6),
        ("block number", r"\b\d{1,2}-\d{1,2}-\d{1,3}[ \t]+" + _CAP + r"(?:[ \t]+\d{1,2}-jo)?", 0.6),
        # A postcode and a town: "75001 Paris", "SW1A 1AA London", "277 83 Hrochuv Tynec"; a
        # four-digit year is a postcode only after a comma.
        ("postcode town", rf"(?:(?<=,[ \t])(?:19|20)\d\d|\b(?!(?:19|20)\d\d\b){_POSTCODE_ALONE})[ \t]+{_TOWN}{_PROVINCE}{_CITY_END}", 0.6),
        # Italy's code, a comma and the town with its province: "22033, Asso (CO)"
        ("postcode, town (province)", rf"\b\d{{5}},[ \t]+{_TOWN}[ \t]+\([A-Z]{{2}}\)", 0.6),
        # A town and the postcode after it, as Canada, Australia, the US, Britain, India, Japan and
        # Turkey write them: "Mont-Laurier (Québec) R9Y 5T3", "Listowel QC T3C 3A6", "Carramar WA 6877",
        # "OLD BETHPAGE OR 25467", "Gourock, XW3 2LY", "Sansari - 383263", "NAGAWA, GIFU 022-5762",
        # "Pınarhisar / Manisa 57458"; a county or district: "Cherryville, Co. Galway", "Dist. Sewai"
        ("town province code", rf"\b{_TOWN},?[ \t]+(?:\([A-Z][A-Za-z]+(?:[ \t][A-Za-z]+)?\)|{_PROVINCES})[ \t]+"
                               rf"[A-Z]\d[A-Z][ \t]?\d[A-Z]\d\b", 0.6),
        # a state that is also a word ("OR", "IN", "ME") only after a comma: not "Room OR 12345"
        ("town state code", rf"\b{_TOWN}(?:,[ \t]+{_PROVINCES}|[ \t]+(?!{_STATE_WORDS}\b){_PROVINCES})[ \t]+\d{{4,5}}(?:-\d{{4}})?\b", 0.6),
        ("town uk postcode", rf"\b{_TOWN},?[ \t]+[A-Z]{{1,2}}\d[A-Z\d]?[ \t]\d[A-Z]{{2}}\b", 0.6),
        ("town pin", rf"\b{_TOWN}[ \t]+-[ \t]+\d{{6}}\b", 0.6),
        ("town japan code", rf"\b{_TOWN}(?:,[ \t]+{_TOWN})?[ \t]+\d{{3}}-\d{{4}}\b", 0.6),
        ("town province code tr", rf"\b{_TOWN}[ \t]*/[ \t]*{_TOWN}[ \t]+\d{{5}}\b", 0.6),
        ("county", rf"\b{_TOWN},[ \t]+(?i:co)\.[ \t]+{_CAP}(?:,[ \t]+{_EIRCODE_TYPED})?(?!\w)", 0.6),
        ("district", rf"\b(?i:dist|district|tehsil|taluk|jud)\.[ \t]+{_TOWN}", 0.6),
        ("town eircode", rf"\b{_TOWN}(?:,?[ \t]+{_EIRCODE}|,[ \t]+{_EIRCODE_TYPED})(?!\w)", 0.6),  # "Dublin D6W 1234", "Newcastle West, L12 J7S1"
        # Typed in lower case, with a number: "17 wattle cres", "calle san pedro 14", "grazer straße 31", "weidenstraße 27"
        ("lower case, number first", rf"\b\d{{1,5}}[a-z]?[ \t]+{_LOWER_NAME}[ \t]+(?:{_LOWER_LAST})\.?(?![\w-])", 0.6),
        ("lower case, type first", rf"\b(?:{_LOWER_FIRST})\.?[ \t]+(?:{_LINK}[ \t]+)?{_LOWER_NAME},?[ \t]+{_NUMBER}{_UNIT}", 0.6),
        ("lower case, calle slash", rf"(?i:\bc/)[ \t]*{_LOWER_NAME},?[ \t]*{_NUMBER}{_UNIT}", 0.6),  # "c/ duarte #23"
        ("lower case, compound", rf"\b(?:[a-z]+er[ \t]+|[a-z]+)(?:{_LOWER_COMPOUND})[ \t]+{_NUMBER}{_UNIT}", 0.6),
        # A street typed in lower case with no type word, but a house and a flat number: "insurgentes sur 1235 depto 4",
        # "armii krajowej 18 m 4" (Polish "m", a flat, only where the line or clause ends: not "we walked 20 m 4 times")
        ("lower case, flat", rf"\b{_LOWER_NAME}[ \t]+\d{{1,4}}[a-z]?[ \t]+(?:{_FLAT}\.?[ \t]*\d{{1,4}}\b"
                             r"|m\.?[ \t]*\d{1,4}(?=[ \t]*(?:[,;)\n]|\.(?!\d)|$)))", 0.6),
    )
)
# What a pattern cannot match without, looked for first: most texts hold none of these codes,
# and a pattern that opens with any capitalised word would read every one of them.
_NEEDS = {name: re.compile(needle) for name, needle in (
    ("town province code", r"[A-Z]\d[A-Z][ \t]?\d[A-Z]\d"),
    ("town state code", r"\b[A-Z]{2,3}[ \t]+\d{4}"),
    ("town uk postcode", r"\b[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}\b"),
    ("town pin", r"[ \t]-[ \t]+\d{6}"),
    ("town japan code", r"\d{3}-\d{4}"),
    ("town province code tr", r"/[^\n]*\d{5}"),
    ("county", r"\b[Cc][Oo]\."),
    ("district", r"\b(?:[Dd]ist(?:rict)?|DIST(?:RICT)?|[Tt]ehsil|[Tt]aluk|[Jj]ud)\."),
    ("colombian grid", r"(?:\#|\b[Nn](?:[Oo]|\.[Oo]|\u00b0)\.?)[ \t]*\d{1,3}[ \t]?[A-Za-z]{0,2}[ \t]*-[ \t]*\d"),
    ("polish flat", r"\d[a-zA-Z]?(?:/\d{1,4})?[ \t]+(?:m|lok)\.[ \t]*\d"),
    ("titled street", r"\b(?:Mcal|Gral|Cnel|Tte|Pdte|Gdor|Cmte|Alte|Brig)\."),
    ("type first, building", r"(?i:\b(?:res|resid|residencias|edif|edificio|torre|conj|conjunto|quinta|qta)\.?[ \t]+[^,\n]*,?[ \t]*(?:piso|apto|apt|dpto|depto))"),
    ("block and flat", r"(?i:\b(?:block|bloque|blq|torre|mz|manzana)\.?[ \t]*[\dA-Z])"),
    ("chome", r"-(?:dori|cho|machi|chome|DORI|CHO|MACHI|CHOME)\b"),
    ("calle slash", r"\b[Cc]/"),
    ("german preposition", rf"(?:{_GERMAN_PREPOSITIONS})[ \t]+[A-Z][^\n]*?\d"),
    ("polish declined", r"\b(?:na|przy)[ \t]+[A-Z][^\W\d_]+[ \t]+\d"),
    ("post box", r"[Aa]partado|APARTADO|[Aa]pdo|APDO|[Cc]aixa|CAIXA|[Cc]asella|CASELLA|[Pp]ost(?:fach|bus|boks)|POST(?:FACH|BUS|BOKS)"
                 r"|[Ss]kr\.|SKR\.|[PpTtCc]\.[ \t]?[PpTt]h?\.|[Cc]ase [Pp]ostale"),
    ("type first, date", r"\d\.[ \t]+[^\W\d_]"),
    ("town eircode", r"\b[A-Z]\d[\dW][ \t]?[A-Z\d]{4}\b"),
    ("lower case, number first", rf"\b(?:{_LOWER_LAST})\b"),
    ("lower case, type first", rf"\b(?:{_LOWER_FIRST})\b"),
    ("lower case, compound", rf"(?:{_LOWER_COMPOUND})[ \t]+\d"),
    ("lower case, calle slash", r"\b[Cc]/[ \t]*[a-z]"),
    ("lower case, flat", rf"\d[a-z]?[ \t]+(?:{_FLAT}|m)\.?[ \t]*\d"),
    ("block number", r"\d-\d{1,2}-\d"),
    ("house name", r"(?:[Cc]ottage|[Ff]arm|[Ll]odge|[Bb]arn|[Mm]anor|[Vv]illa|[Gg]range|[Hh]ouse|COTTAGE|FARM|LODGE|BARN|MANOR|VILLA|GRANGE|HOUSE),"),
)}
# The patterns that need a street's type word of a kind, run only where a word of the text is
# one (a set lookup instead of a hundred-word alternation at every word).
_TYPE_NEEDED = {"type first": "first", "type first, date": "first", "number first": "first", "trailing type": "last",
                "number, name type": "last", "compound": "compound"}
_LETTERS = re.compile(r"[^\W\d_]+")
_FIRST_WORDS = frozenset(_FIRST_TYPES) | frozenset(_FIRST_ABBREVIATIONS) | {"lieu", "lieudit", "hameau"}  # "Lieu-dit Lafargue"
_LAST_WORDS = frozenset(_LAST_TYPES) | frozenset(_LAST_ABBREVIATIONS)
# Each pattern with the type word it needs and the shape it cannot match without (None: none)
_GATED = tuple((name, regex, score, _TYPE_NEEDED.get(name), _NEEDS.get(name)) for name, regex, score in PATTERNS)
_DIGIT = re.compile(r"\d")
# A town and a six-digit code alone in a record's cell (India's PIN, Colombia, Nigeria): "Bara 337658".
_TOWN_CODE_CELL = re.compile(rf"(?:(?<=[,;|\t])|(?<=[,;|\t][ \t])|(?<![^\n]))({_TOWN})[ \t]+\d{{6}}(?=[ \t]*(?:[,;|\t]|$|\n))")
ADDRESS_WORDS = re.compile(
    r"(?i)\b(?:address|addresses|lives|live|living|resides|located|ship|shipped|deliver|delivered|parcel|courier"
    r"|moved|flat|apartment|adresse|habite|domicile|demeurant|wohnhaft|wohnt|anschrift|wohnung|direccion|domicilio"
    r"|vive|reside|piso|morada|endereco|indirizzo|abita|adres|woont|adress|bor|osoite)\b[^.\n]{0,24}$"
)
# A street's type word and its name with no number, only after an address word and a
# preposition of direction or a verb of living ("ship it to boulevard Renault", "elle habite
# boulevard Renault"; "via" is a preposition too).
_TYPE_WITHOUT_NUMBER = re.compile(
    rf"(?i:\b(?!via\b){_FIRST})[ \t]+(?:{_LINK}[ \t]+)?{_CAP}(?:[ \t]+(?:{_LINK}[ \t]+)?{_CAP}){{0,3}}(?:{_CITY}{_CITY_END})?"
)
# A street named without a number, anywhere: a compound street name no word list knows
# ("Kellergasse", "Lerchenweg", "Rathausstraße"; not "Ausweg", "Einbahnstraße"), a type word of
# a street that is no English word and its capitalised name ("rue Parmentier", "Rua Xavantes",
# "chemin des Érables"), a Turkish street's name and its type word ("Cumhuriyet Cad.").
_NAMED_COMPOUND = re.compile(
    r"(?<![\w-])(?:(?:[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?|[a-z]{3,})(?i:strasse|straße|gasse|weg|straat|laan|gracht|steeg)"
    r"|[A-Z][a-z]+(?:-[A-Z][a-z]+){1,3}-(?:Straße|Strasse|Weg|Gasse|Allee|Platz|Ring|Damm|Ufer|Chaussee|Steig|Pfad|Markt))(?![\w-])"
)  # "Kellergasse", "Rathausstraße"; a person's name joined to its type word: "Friedrich-Ebert-Straße", "Karl-Marx-Allee"
_STREET_WORDS_ALONE = "rue|calle|rua|ulica|ul\\.|avenida|avda\\.|chemin|strada|viale|travessa|carrer|aleja|lieu-dit|lieudit|hameau"
# A street's name after its type word: one to three capitalised words, "de", "la" or "van" between
# ("rue Parmentier", "via delle Rose", "barrio San Fernando").
_NAMED = rf"{_CAP}(?:[ \t]+(?:{_LINK}[ \t]+)?{_CAP}){{0,2}}"
_NAMED_TYPE_FIRST = re.compile(
    rf"\b(?i:{_STREET_WORDS_ALONE})[ \t]+(?:{_LINK}[ \t]+)?{_NAMED}"
)
_NAMED_TYPE_LAST = re.compile(rf"\b{_CAP}[ \t]+(?:Cad|Caddesi|Cd|Sok|Sokak|Sk|Blv|Bulvari)\b\.?")
# A German street named by an adjective of a place ("Kirchhörder Straße 112", "Enzersdorfer
# Straße", "Weender Landstraße"), a number or not; a compound street name that is a common word
# ("Hauptstraße", "Hoofdstraat") after a preposition of place and an article ("in der", "aan de").
_ADJECTIVE_STREET = re.compile(
    rf"\b([A-Z][a-z]{{2,}}er)[ \t]+(?:Straße|Strasse|Str\.|Landstraße|Landstrasse|Weg|Gasse|Allee|Platz|Ring|Damm|Chaussee|Steig)"
    rf"(?![\w-])(?:[ \t]+{_NUMBER}{_UNIT})?"
)
_ARTICLE_STREET = re.compile(
    r"(?i:\b(?:in|an|auf|aus|von|bei|zu|op|aan|uit|bij|naar|van)[ \t]+(?:der|die|dem|den|de|het)[ \t]+)"
    r"((?:[A-Z][a-z]+)(?i:strasse|straße|gasse|weg|allee|platz|straat|laan|gracht|steeg|plein|kade|dijk|singel))(?![\w-])"
)
# An English street named without a number after a preposition ("on Chapel Lane", "off Station
# Road", "along Mangaweka Road"); an Italian "via" after one ("abito in via Saluzzo"); a French
# road or causeway and its name ("route de Vabres", "chaussée de Boondael").
_ENGLISH_STREET = re.compile(
    rf"\b(?:on|off|at|along|down|up|near|in|from|to|into|onto|of)[ \t]+((?:{_CAP}[ \t]+){{1,3}}"
    rf"(?:{_ENGLISH_TYPES}|Hwy|Highway)\b\.?)"
)
# A Mexican colonia, a Spanish urbanización or a barrio named alone: "Col. Del Valle", "barrio San Fernando".
_QUARTER = re.compile(rf"\b(?i:col\.|colonia|fracc\.|fraccionamiento|urb\.|urbanizacion|barrio)[ \t]+{_NAMED}")
# A street typed in lower case without a number, after a preposition: "en la calle toledo",
# "na rua do souto", "au 36 bd" aside, "sur la rue paradis" (a stop word ends the name).
_LOWER_STREET_TYPES = ("calle", "rua", "rue", "avenida", "avenue", "travessa", "carrer", "strada", "ulica", "straße", "strasse")
_LOWER_NAMED_STREET = re.compile(
    r"\b(?:en|na|no|in|a|sur|dans|em|on|at|de|da|do|w|przy)[ \t]+(?:(?:la|el|a|o|le|der|die)[ \t]+)?"
    rf"((?:{'|'.join(_LOWER_STREET_TYPES)})[ \t]+"
    r"(?:(?:de la|de|del|da|do|das|dos|des|du|di|della)[ \t]+)?([a-z][a-z'-]{2,})(?:[ \t]+([a-z][a-z'-]{2,}))?)"
)
# A house's name before a street named without a number: "Heather Cottage, Harbour Lane", "Rose Farm, Church Road"
# ("The Old Forge, Church Lane", "The Granary, Station Ln": more of a British house's names where a street follows)
_HOUSES_BEFORE_STREETS = _HOUSES + "|forge|granary|mill|rectory|vicarage|stables|croft|bungalow|bakery|dairy|schoolhouse"
_HOUSE_NAMED = re.compile(rf"\b{_CAP}[ \t]+(?i:{_HOUSES_BEFORE_STREETS}),[ \t]+{_NAMED}[ \t]+(?:{_ENGLISH_TYPES}|Hill|Row|Way)\b\.?")
# A house's name opening a line or a cell, and the townland or town after it, as Irish and rural
# British addresses have no street: "Hawthorn House, Blessington", "HOLLY HOUSE, ROSCOMMON"
_HOUSE_AND_TOWN = re.compile(
    rf"(?:{_CELL_START}|(?<=\"))[ \t]*((?!The\b){_CAP}(?:[ \t]+{_CAP})?[ \t]+(?i:{_HOUSES}),[ \t]*"
    rf"{_CAP}(?:[ \t-]+{_CAP}){{0,2}})"
)
_POLISH_STREET = re.compile(rf"\b(?i:ulicy)[ \t]+{_CAP}(?:[ \t]+{_CAP})?")  # "przy ulicy Leśnej": a street's name after "ulicy"
_ITALIAN_VIA = re.compile(rf"(?i:\b(?:in|a|su|sulla|nella|della|alla|dalla|di|da))[ \t]+(via[ \t]+{_NAMED})")
_FRENCH_ROAD = re.compile(rf"\b((?i:route|chaussee)[ \t]+(?i:de|du|des|d')[ \t]*{_NAMED})")
# A postcode in a field of its own, as records and forms write it: "PIN: 560003",
# "postal_code": "4001", "kod": "00-950", "posta_kodu": "34480", "PLZ = 99084".
_POSTCODE_FIELD = re.compile(
    r"(?i:\b(?:zip|zip[ _-]?code|postal[ _-]?code|post[ _-]?code|plz|postleitzahl|pin|pin[ _-]?code|cep|cap|cp|c\.p\."
    r"|codigo[ _-]postal|code[ _-]postal|kod|kod[ _-]pocztowy|posta[ _-]?kodu|postnummer|npa|eircode))[\"']?[ \t]*[:=][ \t]*[\"']?"
    r"((?=(?:[A-Z -]*\d){2})[A-Z\d][A-Z\d -]{2,8}[A-Z\d])(?=[\"',;|\t]|[ \t]*(?:$|\n))"
)
# What each of the streets named without a number needs in the text (lower-cased), looked for
# before its pattern runs: most texts hold none of these words.
_NEEDLES = {
    _ADJECTIVE_STREET: ("er str", "er weg", "er gasse", "er allee", "er platz", "er ring", "er damm", "er chaussee",
                        "er landstr", "er steig"),
    _ARTICLE_STREET: ("strasse", "straße", "gasse", "weg", "allee", "platz", "straat", "laan", "gracht", "steeg", "plein",
                      "kade", "dijk", "singel"),
    _ENGLISH_STREET: (" lane", " road", " street", " avenue", " drive", " close", " crescent", " terrace", " grove",
                      " gardens", " hwy", " highway", " rd", " ln", " st"),
    _ITALIAN_VIA: ("via ",),
    _FRENCH_ROAD: ("route", "chaussee"),
    _QUARTER: ("col.", "colonia", "fracc", "urb", "barrio"),
    _POLISH_STREET: ("ulicy",),
    _HOUSE_NAMED: tuple(f"{word}," for word in _HOUSES_BEFORE_STREETS.split("|")),
    _HOUSE_AND_TOWN: tuple(f"{word}," for word in _HOUSES.split("|")),
    _LOWER_NAMED_STREET: tuple(f"{word} " for word in _LOWER_STREET_TYPES),
    _POSTCODE_FIELD: ("zip", "post", "plz", "pin", "cep", "cap", "cp", "c.p.", "codigo", "code", "kod", "kodu", "npa", "eircode"),
}


def _may_match(regex: re.Pattern, lower: str) -> bool:
    """Whether `lower` (a text in lower case) holds a word that `regex` needs (`_NEEDLES`)."""
    return any(needle in lower for needle in _NEEDLES[regex])


_DIRECTION_BEFORE = re.compile(r"(?i)\b(?:to|at|a|au|aux|nach|zur|zum|en|em|na|naar|do|w|habite|wohnt|vive|woont|mora|abita|mieszka)[ \t]+$")
_GENERIC = re.compile(rf"\b{_NAME}[ \t]+{_NUMBER}{_UNIT}(?:{_CITY}{_CITY_END})?")
# "delivered on June 4" is a date, not a street line after an address word
_CALENDAR_WORDS = frozenset(
    [m.casefold() for m in ENGLISH_MONTHS]
    + "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday".split()
)
# After a street line, a town may end in a lower-case word after "los", "las" or "del" ("San Humberto los altos")
_CITY_AFTER = re.compile(_CITY + r"(?:[ \t]+(?:los|las|del)[ \t]+[a-z]{3,})?" + _CITY_END)


@dataclass(frozen=True)
class AddressSpan:
    """A street line found in a text: `text[start:end]` with its score and the pattern's name."""

    start: int
    end: int
    score: float
    pattern: str


_TYPE_WORDS = frozenset(_FIRST_TYPES) | frozenset(_LAST_TYPES)
_TYPE_ENDINGS = tuple(_COMPOUND)  # str.endswith takes any of them


def names_a_street_type(word: str) -> bool:
    """Whether a word (normalised, any case) is a street's type word ("Calle", "utca", "Rd") or
    a compound ending in one ("Parkstraat", "Kæmnervej", "Taavinkatu")."""
    folded = word.casefold().rstrip(".")
    return folded in _TYPE_WORDS or folded.endswith(_TYPE_ENDINGS)


def may_name_a_street(text: str) -> bool:
    """Whether `text` may hold a street named without a number that no type word opens
    ("Kellergasse", "Cumhuriyet Cad.", "on Chapel Lane", "in via Saluzzo"): the analysis gate's question."""
    if any(regex.search(text) is not None for regex in (_NAMED_COMPOUND, _NAMED_TYPE_LAST, _NAMED_TYPE_FIRST)):
        return True  # "Kellergasse", "Cumhuriyet Cad.", "Lieu-dit Lafargue"
    lower = text.lower()
    return any(_may_match(regex, lower) and regex.search(text) is not None for regex in (
        _ADJECTIVE_STREET, _ARTICLE_STREET, _ENGLISH_STREET, _ITALIAN_VIA, _FRENCH_ROAD, _QUARTER, _POLISH_STREET,
        _LOWER_NAMED_STREET, _HOUSE_NAMED, _HOUSE_AND_TOWN))


@shared_in_analysis
def find_addresses(text: str) -> tuple[AddressSpan, ...]:
    """Non-US street lines in `text` (normalised); shared within one analysis, as the NER gate asks for the same text."""
    return tuple(_find_addresses(text))


def _find_addresses(text: str) -> list[AddressSpan]:
    digits = _DIGIT.search(text) is not None  # every pattern but a type word without a number needs one
    words = {w.casefold().replace("ı", "i").replace("i\u0307", "i") for w in _LETTERS.findall(text)}  # as (?i) reads "Bulvarı"
    first, last = not words.isdisjoint(_FIRST_WORDS), not words.isdisjoint(_LAST_WORDS)
    compound = any(w.endswith(_TYPE_ENDINGS) for w in words)
    has = {"first": first, "last": last, "compound": compound, None: True}
    out = [
        AddressSpan(m.start(), m.end(), score, name)
        for name, regex, score, kind, needle in _GATED
        if digits and has[kind] and (needle is None or needle.search(text))
        for m in regex.finditer(text)
    ]
    for m in _TOWN_CODE_CELL.finditer(text) if digits else ():
        if not all(is_english_word(w) or is_common_word(w) for w in m.group(1).split()):  # "Windows 123456" is no town
            out.append(AddressSpan(m.start(), m.end(), 0.6, "town and code in a cell"))
    for m in _TYPE_WITHOUT_NUMBER.finditer(text) if first else ():  # "Ship the parcel to boulevard Renault, Hoarau"
        before = max(0, m.start() - 40)
        if _DIRECTION_BEFORE.search(text, before, m.start()) and ADDRESS_WORDS.search(text, before, m.start()):
            out.append(AddressSpan(m.start(), m.end(), 0.6, "type word after an address word"))
    for m in _NAMED_COMPOUND.finditer(text) if compound else ():
        if not any(is_common_word(w) or is_english_word(w) for w in {m.group(), m.group().replace("ß", "ss")}):
            out.append(AddressSpan(m.start(), m.end(), 0.6, "street name without a number"))
    for regex in (_NAMED_TYPE_FIRST, _NAMED_TYPE_LAST) if first or last else ():
        out.extend(AddressSpan(m.start(), m.end(), 0.6, "street name without a number") for m in regex.finditer(text))
    lower = text.lower()
    for m in _ADJECTIVE_STREET.finditer(text) if compound and _may_match(_ADJECTIVE_STREET, lower) else ():
        if m.end() > m.end(1) + 8 or not is_common_word(m.group(1)):  # with a number, or "Grazer", not "Jeder Weg"
            out.append(AddressSpan(m.start(), m.end(), 0.6, "adjective and type word"))
    for m in _ARTICLE_STREET.finditer(text) if compound and _may_match(_ARTICLE_STREET, lower) else ():
        out.append(AddressSpan(m.start(1), m.end(1), 0.6, "street after a preposition and an article"))
    for m in _QUARTER.finditer(text) if _may_match(_QUARTER, lower) else ():
        out.append(AddressSpan(m.start(), m.end(), 0.6, "quarter"))
    for m in _HOUSE_NAMED.finditer(text) if _may_match(_HOUSE_NAMED, lower) else ():
        out.append(AddressSpan(m.start(), m.end(), 0.6, "house name and street"))
    for m in _HOUSE_AND_TOWN.finditer(text) if _may_match(_HOUSE_AND_TOWN, lower) else ():
        out.append(AddressSpan(m.start(1), m.end(1), 0.6, "house name and town"))
    for m in _POLISH_STREET.finditer(text) if _may_match(_POLISH_STREET, lower) else ():
        out.append(AddressSpan(m.start(), m.end(), 0.6, "street name without a number"))
    for m in _LOWER_NAMED_STREET.finditer(text) if _may_match(_LOWER_NAMED_STREET, lower) else ():
        end = m.end(2) if not m.group(3) or m.group(3) in stop_words() or is_common_word(m.group(3)) else m.end(3)
        out.append(AddressSpan(m.start(1), end, 0.6, "street in lower case without a number"))
    for regex in (_ENGLISH_STREET, _ITALIAN_VIA, _FRENCH_ROAD):
        for m in regex.finditer(text) if _may_match(regex, lower) else ():
            if regex is _ENGLISH_STREET and _names_a_thing(m.group(1)):
                continue  # "on Monday Street"
            out.append(AddressSpan(m.start(1), m.end(1), 0.6, "street name without a number"))
    for m in _POSTCODE_FIELD.finditer(text) if digits and _may_match(_POSTCODE_FIELD, lower) else ():
        out.append(AddressSpan(m.start(1), m.end(1), 0.6, "postcode field"))
    for m in _GENERIC.finditer(text) if digits else ():
        if m.group(0).split()[0].rstrip(".").casefold() in _CALENDAR_WORDS:
            continue
        if ADDRESS_WORDS.search(text, max(0, m.start() - 40), m.start()):
            out.append(AddressSpan(m.start(), m.end(), 0.6, "after an address word"))
    for span in list(out) if digits else ():  # "Lucyweg 2\n8032DL\nWinterswijk", "Tr. 105 # 3-4 Este\n200163\n…"
        if (m := _POSTCODE_LINE.match(text, span.end)) is not None:
            out.append(AddressSpan(m.start(1), m.end(1), 0.6, POSTCODE_UNDER_STREET))
    return out


def find_postcode_after(text: str, before: str) -> AddressSpan | None:
    """The postcode alone in the first line of `text` (a segment, normalised) when the last line
    of `before` (the text before it) ends with a street line: a postcode line under a street
    line read across the segments' boundary."""
    m = _POSTCODE_ALONE_LINE.match(text)
    if m is None:
        return None
    line = before.rstrip(" \t,\n").rsplit("\n", 1)[-1]
    if not any(span.end == len(line) for span in find_addresses(line)):
        return None
    return AddressSpan(m.start(1), m.end(1), 0.6, POSTCODE_UNDER_STREET)


def _names_a_thing(value: str) -> bool:
    """Whether a word of a street's name is a common term ("Monday", "Python")."""
    from guardrail.filtering.recognizers import is_common_term

    return any(is_common_term(w) for w in value.split()[:-1])


# A corner after the number, in Uruguay and Argentina: "Valor 645 esq. Pelayes". A line may
# end before "esq." or (the learned model's) just after it.
_ESQ = r"(?i:esq\.|esquina|c/)"  # Paraguay's "c/" ("casi"): "Mcal. López 2345 c/ Brasilia"
_CORNER = re.compile(rf"[ \t]+{_ESQ}[ \t]+{_NAME}(?![ \t]*\d)")
_CORNER_NAME = re.compile(rf"[ \t]+{_NAME}(?![ \t]*\d)")
_CORNER_BEFORE = re.compile(rf"\d[ \t]+{_ESQ}$")
_UNIT_AFTER = re.compile(_UNIT)  # matches, possibly empty, wherever a street line ends


def extend_to_city(text: str, end: int) -> int:
    """The end of a street line that ends at `end`, extended over a following flat or floor
    (`, diamerisma 8`, `, esc. B`), corner (`esq. Pelayes`) and `, [postcode] Town`."""
    end = _UNIT_AFTER.match(text, end).end()  # "Kyprou 107, diamerisma 8", "RONDA DE MORALEDA, 32, PUERTA 14"
    corner = (_CORNER_NAME if _CORNER_BEFORE.search(text, max(0, end - 16), end) else _CORNER).match(text, end)
    if corner:
        end = corner.end()
    match = _CITY_AFTER.match(text, end)
    return match.end() if match else end

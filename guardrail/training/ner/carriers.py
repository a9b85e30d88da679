"""Carrier sentences of the NER training data, per language, with slots for the values.

Slots: `{P}` a full name, `{F}` a given name, `{L}` a surname (PERSON); `{T}` a town,
`{Z}` a postcode and town, `{C}` a country (LOCATION); `{S}` a street line
(STREET_ADDRESS). Unlabelled slots teach what is *not* a name or place: `{O}` an
organisation, `{R}` a product or tool, `{D}` a weekday, `{N}` a number, `{E}` an e-mail
address, `{U}` a link. Structured carriers (forms, records, signatures, dialogues,
tables) are composed in `compose.py`; these are the sentence-shaped ones.
"""

from __future__ import annotations

EN = """
My name is {P} and I live in {T}.
My name is {F}, how can I help?
Hi, I'm {F} from {O}.
This is {P} calling about the invoice.
{P} from {O} is the keynote speaker on {D}.
The keynote will be given by {P} ({O}).
"It was never about the money," says {L}.
"We expected more," said {P}, a spokesperson for {O}.
According to {L}, the results were delayed.
{L} says the shipment left {T} on {D}.
Directed by: {P}
Written by {P} and {P}.
Starring {P}, {P} and {F} {L}.
Photo: {P}/{O}
Reported by {P} in {T}.
{P}, 42, of {T}, was arrested on {D}.
{T} police said {P} had been missing since {D}.
Born in {T}, {L} moved to {C} as a child.
{F} {L} was born in {T}, {C}.
I'm sorry, but I can't share {P}'s home address.
I can't help with locating {P}; please contact {O} directly.
I won't provide details about {L}, but I can explain the policy.
Sure. In short, {F} asked for a refund and {L} approved it.
To summarise: {P} reported the issue, and the team in {T} fixed it.
Great stay! {F} at the front desk was very helpful. Highly recommended.
Terrible service. I asked {F} twice and nobody called back.
Review by {P} from {T}: five stars, would buy {R} again.
Thanks to {F} and {F} for the quick turnaround.
Please forward this to {F}.
Can you ask {L} to call me back?
Ask {F} about the {R} licence.
Meeting with {P} on {D} at the {T} office.
{P} will join the call from {T}.
The parcel was sent to {S}, {Z}.
Please ship it to {S}, {Z}, {C}.
Deliver to: {P}, {S}, {Z}
Our office moved to {S} in {T}.
She lives at {S}.
He moved from {T} to {T} last year.
The conference takes place in {T} this year.
Flights from {T} to {T} are delayed.
Contact {P} at {E} for details.
Send the signed form to {P} ({E}).
{P} ({E}) opened ticket {N}.
Assigned to: {P}
Reviewed by {L}; approved by {P}.
Patient {P} was admitted on {D}.
Employee {P} ({O}) requested leave.
Customer {P} complained about {R}.
The winner is {P} from {T}!
Congratulations to {F} {L} on the promotion.
In memory of {P}, who passed away in {T}.
{F} and I went to {T} for the weekend.
I met {F} in {T} last summer.
Me and {F} are flying to {C} tomorrow.
Dear {F}, thank you for your order.
Dear Mr. {L}, your appointment is confirmed.
Dear Ms {L},
Hello {F}! Long time no see.
@{F} can you review this?
cc {P}
The account holder is {P}.
Account holder: {P}
The contract was signed by {P} and {P}.
{L}'s proposal was accepted.
The {L} family lives on {S}.
Professor {L} teaches at {O}.
Chef {P} opened a restaurant in {T}.
{P} (born {N}) is a {C} footballer.
{P}, CEO of {O}, said revenue grew.
The book by {P} is set in {T}.
I am {P}, a nurse at {O} in {T}.
Witness: {P}
Emergency contact: {P}, {E}
"""

DE = """
Mein Name ist {P} und ich wohne in {T}.
Ich heiße {F} {L}.
Hallo, hier ist {F} von {O}.
{P} von {O} hält die Keynote am {D}.
„Das war nie geplant“, sagt {L}.
Laut {L} verzögert sich die Lieferung.
Regie: {P}
Geboren in {T}, zog {L} später nach {T}.
Bitte senden Sie das Paket an {S}, {Z}.
Lieferadresse: {P}, {S}, {Z}
Unser Büro ist in der {S} in {T}.
Sehr geehrte Frau {L},
Sehr geehrter Herr {L},
Liebe {F}, vielen Dank für Ihre Bestellung.
Frag bitte {F} wegen der Rechnung.
Ich kann keine Adresse von {P} herausgeben.
Kontoinhaber: {P}
Ansprechpartner: {P}, {E}
{P} aus {T} hat gewonnen.
Termin mit {P} am {D} in {T}.
Herr {L} wohnt in der {S}.
"""

FR = """
Je m'appelle {P} et j'habite à {T}.
Bonjour, ici {F} de {O}.
{P} de {O} donnera la conférence d'ouverture {D}.
« Ce n'était pas prévu », dit {L}.
Selon {L}, la livraison est retardée.
Réalisé par : {P}
Né à {T}, {L} s'est installé à {T}.
Merci d'envoyer le colis au {S}, {Z}.
Adresse de livraison : {P}, {S}, {Z}
Notre bureau se trouve {S} à {T}.
Madame {L},
Monsieur {L}, votre rendez-vous est confirmé.
Chère {F}, merci pour votre commande.
Demandez à {F} pour la facture.
Je ne peux pas communiquer l'adresse de {P}.
Titulaire du compte : {P}
Contact : {P}, {E}
Rendez-vous avec {P} {D} à {T}.
M. {L} habite {S}.
"""

ES = """
Me llamo {P} y vivo en {T}.
Hola, soy {F} de {O}.
{P}, de {O}, dará la conferencia inaugural el {D}.
"No estaba previsto", dice {L}.
Según {L}, el envío se retrasa.
Dirigida por: {P}
Nacido en {T}, {L} se mudó a {T}.
Envíe el paquete a {S}, {Z}.
Dirección de entrega: {P}, {S}, {Z}
Nuestra oficina está en {S}, {T}.
Estimada Sra. {L}:
Estimado Sr. {L}, su cita está confirmada.
Querida {F}, gracias por su pedido.
Pregúntale a {F} por la factura.
No puedo compartir la dirección de {P}.
Titular de la cuenta: {P}
Contacto: {P}, {E}
Reunión con {P} el {D} en {T}.
"""

IT = """
Mi chiamo {P} e abito a {T}.
Ciao, sono {F} di {O}.
{P} di {O} terrà il keynote {D}.
«Non era previsto», dice {L}.
Secondo {L}, la consegna è in ritardo.
Regia: {P}
Nato a {T}, {L} si è trasferito a {T}.
Spedire il pacco a {S}, {Z}.
Indirizzo di consegna: {P}, {S}, {Z}
Il nostro ufficio è in {S} a {T}.
Gentile Sig.ra {L},
Egregio Sig. {L}, l'appuntamento è confermato.
Cara {F}, grazie per l'ordine.
Chiedi a {F} per la fattura.
Non posso condividere l'indirizzo di {P}.
Intestatario del conto: {P}
Riunione con {P} {D} a {T}.
"""

NL = """
Mijn naam is {P} en ik woon in {T}.
Hallo, met {F} van {O}.
{P} van {O} geeft de keynote op {D}.
"Dat was niet gepland," zegt {L}.
Volgens {L} is de levering vertraagd.
Regie: {P}
Geboren in {T}, verhuisde {L} naar {T}.
Stuur het pakket naar {S}, {Z}.
Afleveradres: {P}, {S}, {Z}
Ons kantoor zit aan de {S} in {T}.
Geachte mevrouw {L},
Geachte heer {L}, uw afspraak is bevestigd.
Beste {F}, bedankt voor je bestelling.
Vraag {F} even naar de factuur.
Ik kan het adres van {P} niet delen.
Rekeninghouder: {P}
Afspraak met {P} op {D} in {T}.
"""

PT = """
Meu nome é {P} e moro em {T}.
Olá, aqui é {F} da {O}.
{P}, da {O}, fará a palestra de abertura na {D}.
"Não estava previsto", diz {L}.
Segundo {L}, a entrega está atrasada.
Direção: {P}
Nascido em {T}, {L} mudou-se para {T}.
Envie o pacote para {S}, {Z}.
Endereço de entrega: {P}, {S}, {Z}
Nosso escritório fica na {S}, {T}.
Prezada Sra. {L},
Prezado Sr. {L}, sua consulta está confirmada.
Querida {F}, obrigado pelo pedido.
Pergunte à {F} sobre a fatura.
Não posso compartilhar o endereço de {P}.
Titular da conta: {P}
Reunião com {P} na {D} em {T}.
"""

PL = """
Nazywam się {P} i mieszkam w {T}.
Dzień dobry, tu {F} z {O}.
{P} z {O} wygłosi wykład otwierający w {D}.
„To nie było planowane” – mówi {L}.
Według {L} dostawa się opóźnia.
Reżyseria: {P}
Proszę wysłać paczkę na adres {S}, {Z}.
Adres dostawy: {P}, {S}, {Z}
Nasze biuro mieści się przy {S} w {T}.
Szanowna Pani {L},
Szanowny Panie {L}, wizyta jest potwierdzona.
Zapytaj {F} o fakturę.
Nie mogę udostępnić adresu {P}.
Właściciel rachunku: {P}
Spotkanie z {P} w {D} w {T}.
"""

TR = """
Benim adım {P}, {T} şehrinde yaşıyorum.
Merhaba, ben {O} şirketinden {F}.
{O} şirketinden {P} açılış konuşmasını yapacak.
"Bu planlanmamıştı" diyor {L}.
{L}'e göre teslimat gecikti.
Yönetmen: {P}
Paketi {S}, {Z} adresine gönderin.
Teslimat adresi: {P}, {S}, {Z}
Ofisimiz {S}, {T} adresindedir.
Sayın {P},
Sayın {L} Bey, randevunuz onaylandı.
Sayın {L} Hanım,
Faturayı {F} Hanım'a sorun.
{P} adlı kişinin adresini paylaşamam.
Hesap sahibi: {P}
{D} günü {T} ofisinde {P} ile toplantı.
"""

OTHER = """
Jmenuji se {P} a bydlím v {T}.
Adresa: {S}, {Z}
Nevem {P}, {T} városában élek.
Cím: {Z}, {S}
Ime mi je {P}, živim v {T}.
Naslov: {S}, {Z}
Mă numesc {P} și locuiesc în {T}.
Adresa: {S}, {Z}
Jag heter {P} och bor i {T}.
Adress: {S}, {Z}
Me llamo {P}, vivo en {T}, Uruguay.
Dirección: {S}, {Z}
Odos: {S}, {Z}
"""

SENTENCES = {
    "en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL, "pt": PT, "pl": PL, "tr": TR, "xx": OTHER,
}

# PII-free carriers: nothing in them is labelled. `{O}`, `{R}`, `{D}`, `{N}`, `{U}` fill in.
NEGATIVES = """
Token: {N}
Hex: 0x{N}
Link: {U}
Key: ABCD-{N}
Status: open
Priority: High
Version: {N}.2.1
Owner: Platform team
Region: EU-West
Model: {R}
Result: OK
Source: {U}
Note: restart {R} before {D}.
The nightly build of {R} runs on {D} at 2 am.
Upgrade {R} before the {D} release.
{O} announced a new version of {R}.
The {R} plugin crashes when the cache is full.
Deploy {R} to staging and run the smoke tests.
Our support team answers within two business days.
Please restart the router and try again.
The invoice total is {N} EUR including VAT.
Order {N} has been shipped.
Click Save, then Export to download the report.
Monday Tuesday Wednesday Thursday Friday
The meeting moved to {D} afternoon.
See the Terms of Service for details.
Refunds are processed within 14 days.
Use Python 3.12 or newer with {R}.
Kubernetes, Docker and Terraform are supported.
Set the Timeout to 30 seconds in Settings.
The Quick Start Guide explains the Setup Wizard.
Happy New Year from all of us at {O}!
Thank you for contacting Customer Service.
I'm sorry, I can't share personal information about individuals.
I cannot provide that information, but I can help with something else.
Here is a summary of the article in three bullet points.
Error: Invalid Token. Please sign in again.
Password must contain at least one Digit and one Symbol.
Apple, Banana and Orange are on the list.
The Board approved the Annual Report on {D}.
Sales grew in Europe and Asia last quarter.
Ihre Bestellung wurde am {D} versandt.
Votre commande a été expédiée {D}.
Su pedido fue enviado el {D}.
Il tuo ordine è stato spedito {D}.
Uw bestelling is op {D} verzonden.
O seu pedido foi enviado na {D}.
Twoje zamówienie zostało wysłane w {D}.
Siparişiniz {D} günü kargoya verildi.
"""

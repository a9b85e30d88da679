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

# PII-free sentences composed per language: a subject (capitalised, often a noun that opens
# the sentence, as German nouns always are) and a predicate. They teach that a capitalised
# word at the start of a sentence is no name by itself.
NEGATIVE_PARTS = {
    "en": ("The invoice|Our team|The server|This update|The delivery|Your order|The meeting|Support|The report|Payment|Shipping|The app|Billing|The warehouse|Tomorrow's release|Everything",
           "is ready.|was moved to {D}.|arrives {D}.|needs a restart.|has been approved.|is delayed by two days.|works again.|costs {N} EUR.|starts at nine.|was sent yesterday."),
    "de": ("Die Rechnung|Der Server|Das Update|Die Lieferung|Unser Team|Die Sitzung|Der Bericht|Die Zahlung|Der Drucker|Das Lager|Die Bestellung|Der Kundendienst|Die Anwendung|Das Formular|Die Abteilung|Bitte",
           "ist fertig.|wurde auf {D} verschoben.|kommt {D}.|muss neu gestartet werden.|wurde genehmigt.|verzögert sich um zwei Tage.|funktioniert wieder.|kostet {N} Euro.|beginnt um neun Uhr.|wurde gestern verschickt."),
    "fr": ("La facture|Le serveur|La mise à jour|La livraison|Notre équipe|La séance|Le rapport|Le paiement|L'imprimante|Le dépôt|La commande|Le service client|L'application|Le formulaire|Merci",
           "est prête.|a été déplacée à {D}.|arrive {D}.|doit être redémarré.|a été approuvée.|a deux jours de retard.|fonctionne de nouveau.|coûte {N} euros.|commence à neuf heures.|a été envoyée hier."),
    "es": ("La factura|El servidor|La actualización|La entrega|Nuestro equipo|La sesión|El informe|El pago|La impresora|El almacén|El pedido|El servicio técnico|La aplicación|Gracias|Por favor",
           "está lista.|se movió al {D}.|llega el {D}.|necesita reiniciarse.|fue aprobada.|se retrasa dos días.|vuelve a funcionar.|cuesta {N} euros.|empieza a las nueve.|se envió ayer."),
    "it": ("La fattura|Il server|L'aggiornamento|La consegna|Il nostro team|La sessione|Il rapporto|Il pagamento|La stampante|Il magazzino|L'ordine|L'assistenza|L'applicazione|Grazie|Per favore",
           "è pronta.|è stata spostata a {D}.|arriva {D}.|deve essere riavviato.|è stata approvata.|è in ritardo di due giorni.|funziona di nuovo.|costa {N} euro.|inizia alle nove.|è stata spedita ieri."),
    "nl": ("De factuur|De server|De update|De levering|Ons team|De sessie|Het rapport|De betaling|De printer|Het magazijn|De bestelling|De klantenservice|De app|Bedankt|Graag",
           "is klaar.|is verplaatst naar {D}.|komt op {D}.|moet opnieuw worden gestart.|is goedgekeurd.|heeft twee dagen vertraging.|werkt weer.|kost {N} euro.|begint om negen uur.|is gisteren verstuurd."),
    "pt": ("A fatura|O servidor|A atualização|A entrega|A nossa equipa|A sessão|O relatório|O pagamento|A impressora|O armazém|O pedido|O suporte|O aplicativo|Obrigado|Por favor",
           "está pronta.|foi adiada para {D}.|chega na {D}.|precisa de reiniciar.|foi aprovada.|está atrasada dois dias.|voltou a funcionar.|custa {N} euros.|começa às nove.|foi enviada ontem."),
    "pl": ("Faktura|Serwer|Aktualizacja|Dostawa|Nasz zespół|Sesja|Raport|Płatność|Drukarka|Magazyn|Zamówienie|Obsługa klienta|Aplikacja|Dziękujemy|Proszę",
           "jest gotowa.|została przeniesiona na {D}.|przyjdzie w {D}.|wymaga ponownego uruchomienia.|została zatwierdzona.|opóźnia się o dwa dni.|znowu działa.|kosztuje {N} zł.|zaczyna się o dziewiątej.|została wysłana wczoraj."),
    "tr": ("Fatura|Sunucu|Güncelleme|Teslimat|Ekibimiz|Oturum|Rapor|Ödeme|Yazıcı|Depo|Sipariş|Müşteri hizmetleri|Uygulama|Teşekkürler|Lütfen",
           "hazır.|{D} gününe ertelendi.|{D} geliyor.|yeniden başlatılmalı.|onaylandı.|iki gün gecikti.|yeniden çalışıyor.|{N} TL tutuyor.|dokuzda başlıyor.|dün gönderildi."),
}

# What people do in a sentence, per language: with a name as the subject these make the
# positive twin of `NEGATIVE_PARTS` ("Nowak ist fertig." / "Die Rechnung ist fertig."), so
# the word itself, not its place, decides.
PERSON_PREDICATES = {
    "en": "called yesterday.|will join us {D}.|opened the meeting.|presented the budget.|signed the contract.|is on leave until {D}.|asked for a refund.|sends her regards.|replied within an hour.|agreed to the terms.",
    "de": "hat gestern angerufen.|kommt am {D}.|eröffnet die Sitzung.|berichtet über das Budget.|hat den Vertrag unterschrieben.|ist bis {D} im Urlaub.|bittet um Rückruf.|lässt grüßen.|hat zugesagt.|übernimmt das Protokoll.",
    "fr": "a appelé hier.|viendra {D}.|ouvre la séance.|présente le budget.|a signé le contrat.|est en congé jusqu'à {D}.|demande un remboursement.|vous salue.|a répondu ce matin.|prend les notes.",
    "es": "llamó ayer.|vendrá el {D}.|abre la reunión.|presenta el presupuesto.|firmó el contrato.|está de vacaciones hasta el {D}.|pide un reembolso.|le manda saludos.|respondió enseguida.|toma el acta.",
    "it": "ha chiamato ieri.|arriva {D}.|apre la riunione.|presenta il bilancio.|ha firmato il contratto.|è in ferie fino a {D}.|chiede un rimborso.|vi saluta.|ha risposto subito.|redige il verbale.",
    "nl": "belde gisteren.|komt op {D}.|opent de vergadering.|presenteert de begroting.|heeft het contract getekend.|is met verlof tot {D}.|vraagt om terugbetaling.|laat je groeten.|antwoordde meteen.|maakt de notulen.",
    "pt": "ligou ontem.|vem na {D}.|abre a reunião.|apresenta o orçamento.|assinou o contrato.|está de férias até {D}.|pede um reembolso.|manda cumprimentos.|respondeu logo.|faz a ata.",
    "pl": "dzwonił wczoraj.|przyjdzie w {D}.|otwiera spotkanie.|przedstawia budżet.|podpisał umowę.|jest na urlopie do {D}.|prosi o zwrot.|pozdrawia.|odpisał od razu.|pisze protokół.",
    "tr": "dün aradı.|{D} gelecek.|toplantıyı açtı.|bütçeyi sundu.|sözleşmeyi imzaladı.|{D} gününe kadar izinde.|iade istiyor.|selam gönderdi.|hemen yanıtladı.|tutanağı yazıyor.",
}

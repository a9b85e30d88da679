"""Names that their context introduces as names, whatever country they come from.

The gazetteer (`people.py`) knows listed names; the learned model (`learned.py`) reads
shapes. Neither is needed when the words before a value say plainly that a name follows:
"My name is Rehaan Sathe", "Directed by: Olumide Adeyemi", "… says Nkemelu", "je
m'appelle …", "benim adım …", "Dear …", "Hallo zusammen, … hier", a role or kin ("Our guide
Gosiame", "her sons Dre"), a credit ("Kamera: Fridolin Blue"). `find_cued_names` returns the
one to three capitalised words after such a cue (any script: "Γιώργος Παπαδόπουλος"), unless
the first of them is a common term, a stop word or written in capitals only ("My name is
Support"); and the authors of an author-year citation ("Taylor and Thamae (2019)"), a chat's
@-mention ("@Tal") and a name "who" refers back to ("For Limpiezas, who").
`person_cue_before` also knows cues of a source ("according to", "según", "laut"), which
support a name the learned model found but introduce none alone ("according to Gartner").
"""

from __future__ import annotations

from functools import lru_cache

import regex

from guardrail.filtering.normalize import normalize
from guardrail.filtering.vocabulary import is_common_word, is_compound_of_common_words

CUED_SCORE = 0.6
# Cues that end right before a name; matched case-insensitively on normalised text.
_CUES = (
    r"my name is|my name's|i'm|call me|signed|signed by|directed by|written by|produced by|composed by"
    r"|edited by|photo by|photos by|reported by|translated by|illustrated by|hosted by|presented by|narrated by"
    r"|approved by|reviewed by|interview with|says|said|asks|asked|adds|added|zegt|sagt|dit|dice|diz|mowi|belongs to|dear|attn|attention"
    r"|c/o|contact person|speaker|author|director|je m'appelle|mon nom est|ich heisse|mein name ist|me llamo"
    r"|mi nombre es|mi chiamo|il mio nome e|ik heet|mijn naam is|chamo-me|o meu nome e|meu nome e|nazywam sie"
    r"|mam na imie|benim adim|benim adım|held by|in the name of|auf den namen|im namen von|au nom de|a nombre de"
    r"|a nome di|op naam van|em nome de|na nazwisko|adina|i called|we called|please call|ask|tell|copy|cc|appeler|appelez"
    r"|llamar a|llame a|chiamare|chiami|anrufen bei|bellen met|ligar para|zadzwon do"
    r"|it's|it is|this is|c'est|aqui e|soy|sono io|ik ben|hier ist|tu jest"  # "Hey, it's Sindiso"
    r"|present|anwesend|presents|presentes|presenti|aanwezig|obecni"  # "Present: Nas Dikko (finance)"
    r"|ask for|asking for|pregunte por|preguntar por|preguntad por|fragen sie nach|chiedere di|chiedete di|vraag naar"
    r"|perguntar por|pergunte por|a/a|consignee|addressee|recipient|destinatario|destinataire|empfanger|geadresseerde"
    r"|odbiorca|alici"  # "ask for Kez", "A/A Carli Palomar", "Consignee: Dez Robison"
    r"|un tal|una tal|un certain|une certaine|un certo|una certa|een zekere|ein gewisser|eine gewisse|pewien|pewna"
    r"|um tal|uma tal"  # "un tal Villalustre", "un certain Duchemin": a person the writer barely knows
    r"|on behalf of|de parte de|da parte di|de la part de|im auftrag von|namens|w imieniu|da parte de"  # "On behalf of Sanders"
)
# More cues of that kind, matched like the roles below (only in a text that holds one of their
# words): who leads, attends or is to be talked to, and a birth ("è nato Leonardo").
_WORD_CUES = (
    r"attendees|participants|teilnehmer|teilnehmende|deelnemers|participantes|partecipanti|uczestnicy|katilimcilar"
    r"|chaired by|led by|moderated by|anime par|animee par|presidee par|preside par|geleitet von|moderiert von"
    r"|geleid door|voorgezeten door|presidida por|moderada por|dirigida por|presieduta da|condotta da|moderata da"
    r"|prowadzona przez|prowadzony przez"  # "Animée par Clémentine", "Partecipanti: Ferraresi, …"
    r"|talk to|speak to|speak with|falar com|fale com|hablar con|hable con|parler a|parlez a|sprechen sie mit|spreken met"
    r"|parlare con|parli con|porozmawiaj z|rozmawiac z"  # "falar com Kelly"
    r"|(?<=\be[ ])nato|(?<=\be[ ])nata|nacido|nacida|nacio|nasceu|urodzil sie|urodzila sie"  # "è nato Leonardo", "ha nacido Lucas"
)
# A person's role or kin right before the name: "Our guide Gosiame", "her sons Dre and Tom",
# "Unser Guide Natha", "Nosso guia Meury", "Der Beschuldigte Venhar Klauser". Roles that name
# companies or things as often (client, partner, host, driver, manager) are left out.
# ("Maître" is kept: a lawyer's title in French, "Maître Dupont".)
_ROLES = (
    r"guide|tour guide|chauffeur|teacher|nurse|coach|captain|colleague|neighbour|neighbor|son|sons|daughter|daughters"
    r"|wife|husband|brother|sister|mother|father|mum|mom|dad|uncle|aunt|cousin|grandson|granddaughter|grandma|grandpa"
    r"|grandmother|grandfather|niece|nephew|friend|fiance|fiancee|widow|widower|defendant|accused|suspect|victim"
    r"|deceased|landlord|tenant|interpreter|carer|caregiver|aunty|auntie|technician|waiter|waitress|courier"
    r"|fahrer|fahrerin|lehrer|lehrerin|trainer|trainerin|kollege|kollegin|nachbar|nachbarin|sohn|sohne|tochter"
    r"|bruder|schwester|mutter|vater|onkel|tante|enkel|enkelin|freund|freundin|beschuldigte|beschuldigter|angeklagte"
    r"|angeklagter|verstorbene|witwe|betreuerin|betreuer|dolmetscher|dolmetscherin|kellner|kellnerin|monteur|monteurin"
    r"|professeur|entraineur|collegue|voisin|voisine|fils|fille|filles|epouse|mari|frere|soeur|mere|pere|oncle|cousine"
    r"|petit-fils|petite-fille|ami|amie|prevenu|prevenue|accuse|accusee|defunt|defunte|veuve|interprete|technicien|technicienne"
    r"|guia|chofer|profesor|profesora|entrenador|entrenadora|companero|companera|vecino|vecina|hijo|hijos|hija|hijas"
    r"|esposa|esposo|marido|hermano|hermana|madre|padre|tio|tia|primo|prima|nieto|nieta|amigo|amiga|detenido|detenida"
    r"|acusado|acusada|viuda|viudo|repartidor|repartidora|tecnico|tecnica|camarero|camarera"
    r"|guida|autista|insegnante|maestro|maestra|allenatore|collega|vicino|vicina|figlio|figli|figlia|figlie|moglie"
    r"|marito|fratello|sorella|zio|zia|cugino|cugina|nipote|amico|amica|imputato|imputata|vedova"
    r"|gids|leraar|lerares|juf|meester|buurman|buurvrouw|zoon|zonen|dochter|dochters|broer|zus|moeder|vader|oom"
    r"|neef|nicht|vriend|vriendin|verdachte|weduwe|tolk"
    r"|motorista|treinador|treinadora|colega|vizinho|vizinha|filho|filhos|filha|filhas|irmao|irma|mae|pai|neto|neta"
    r"|reu|viuvo|viuva"
    r"|przewodnik|przewodniczka|kierowca|nauczyciel|nauczycielka|trener|kolega|kolezanka|sasiad|sasiadka|syn|synowie"
    r"|corka|corki|zona|maz|brat|siostra|matka|ojciec|wujek|ciocia|kuzyn|kuzynka|wnuk|wnuczka|przyjaciel|przyjaciolka|przyjaciołka"
    r"|oskarzony|oskarzona|wdowa"
    r"|rehber|rehberimiz|sofor|ogretmen|ogretmenimiz|antrenor|komsu|komsumuz|oglu|oglum|kizi|kizim|esi|esim|kardesi"
    r"|kardesim|annesi|annem|babasi|babam|amcam|teyzem|arkadasim|arkadasi|sanik"
    # professions that come before a surname in the nine languages: "Mecenas Grabczyk", "Pt. Okonkwo"
    r"|doctor|doctora|docteur|doktor|dokter|doutor|doutora|dottore|dottoressa|arzt|arztin|medico|medica|lekarz|lekarka"
    r"|dentist|zahnarzt|zahnarztin|pharmacist|midwife|hebamme|matrona|attorney|lawyer|counsel|avvocato|avvocata|avv"
    r"|abogado|abogada|advogado|advogada|advocaat|mecenas|maitre|notaire|notario|notaio|notaris|notariusz|judge|juez"
    r"|jueza|giudice|rechter|richter|richterin|sedzia|juiz|juiza|inspector|inspectora|inspecteur|inspektor|inspektorin"
    r"|ispettore|commissaire|kommissar|kommissarin|commissario|komiser|detective|sergeant|sergent|sargento|priest|pastor"
    r"|pfarrer|pfarrerin|pasteur|ksiadz|patient|patientin|paciente|paziente|pacjent|pacjentka|pt\.|pt"
    # trades, staff and family a review, a notice or a chat names by first name: "le livreur,
    # Jonathan,", "Il cameriere, Nicola,", "mamma Silvia", "Oma Resi", "Técnico responsável: Hugo"
    r"|mechanic|plumber|electrician|cashier|receptionist|intern|trainee|apprentice|bartender|barista|hairdresser"
    r"|stylist|postman|mailman|adviser|advisor|nanny|babysitter|cleaner|housekeeper|caretaker|janitor|granny|grandad"
    r"|granddad|nan|nana|stepson|stepdaughter|stepmother|stepfather|boyfriend|girlfriend|roommate|flatmate|housemate"
    r"|classmate|sister-in-law|brother-in-law|mother-in-law|father-in-law|son-in-law|daughter-in-law"
    r"|mama|papa|oma|opa|krankenschwester|pfleger|pflegerin|brieftrager|verkaufer|verkauferin|azubi|praktikant"
    r"|praktikantin|berater|beraterin|friseur|friseurin|installateur|hausmeister|klempner|elektriker|mechaniker"
    r"|schwager|schwagerin|neffe|nichte|schwiegermutter|schwiegervater|ehemann|ehefrau"
    r"|maman|mamie|papi|papy|grand-mere|grand-pere|apprenti|apprentie|livreur|livreuse|serveur|serveuse|infirmier"
    r"|infirmiere|facteur|coiffeur|coiffeuse|stagiaire|conseiller|conseillere|vendeur|vendeuse|gardien|gardienne"
    r"|concierge|plombier|electricien|mecanicien|moniteur|monitrice|nounou|cousin|belle-mere|beau-pere"
    r"|abuelo|abuela|abuelita|abuelito|mesero|mesera|enfermero|enfermera|cartero|vendedor|vendedora|becario|becaria"
    r"|asesor|asesora|fontanero|electricista|mecanico|peluquero|peluquera|portero|portera|conserje|ninera|suegra|suegro"
    r"|cunado|cunada|mamma|nonno|nonna|sorellina|fratellino|cameriere|cameriera|fattorino|corriere|infermiere"
    r"|infermiera|postino|commesso|commessa|stagista|consulente|idraulico|elettricista|meccanico|parrucchiere"
    r"|parrucchiera|portinaio|portinaia|tata|suocera|suocero|cognato|cognata"
    r"|bezorger|ober|serveerster|verpleegkundige|verpleger|stagiair|adviseur|kapper|loodgieter|huisarts|schoonmoeder"
    r"|schoonvader|schoonzus|zwager|echtgenoot|echtgenote|mamae|papai|avo|vovo|garcom|garconete|empregado|empregada"
    r"|enfermeiro|enfermeira|carteiro|estagiario|estagiaria|atendente|consultor|consultora|canalizador|mecanico"
    r"|cabeleireiro|cabeleireira|porteiro|sogra|sogro|cunhado|cunhada|tecnico responsavel|tecnica responsavel"
    r"|babcia|dziadek|kelner|kelnerka|pielegniarka|listonosz|sprzedawca|sprzedawczyni|stazysta|stazystka|doradca"
    r"|fryzjer|fryzjerka|kurier|hydraulik|elektryk|mechanik|tesciowa|szwagier|szwagierka"
    r"|anne|garson|hemsire|kurye|stajyer|danisman|kuafor|tesisatci|elektrikci|tamirci|kaynanam|yegenim"
    r"|copine|copain|pote|kumpel|kumpela|vriendje|vriendinnetje"
    r"|treasurer|secretary|tesorero|tesorera|secretario|secretaria|tresorier|tresoriere|schatzmeister|schatzmeisterin"
    r"|penningmeester|tesoureiro|tesoureira|tesoriere|skarbnik|sayman|dziecko|usta|kızı|kızım|kızımız|oglumuz|babası|ablası"
)
# A film's or a record's credits: "Kamera: Fridolin Blue", "Musiche di Cypis Niedźwiedź", "Música: Pontes Caroço".
CREDITS = (
    r"music|musik|musique|musica|musiche|muzyka|muzik|muziek|camera|kamera|camara|cinematography|editing|schnitt|montage"
    r"|montaje|montaggio|montagem|montaz|screenplay|drehbuch|scenario|guion|sceneggiatura|roteiro|scenariusz|senaryo"
    r"|regie|regia|realisation|direccion|direcao|rezyseria|yonetmen|producer|produzent|producteur|productor|produttore"
    r"|produtor|producent|yapimci|cast|besetzung|reparto|elenco|obsada|oyuncular"
)
# Roles, credits and word cues: several hundred words, matched by their own pattern only where
# the first word of one stands in the text (`_role_starts`), which keeps every scan short.
_ROLE_CUES = _ROLES + "|" + CREDITS + r"|musiche di|regia di|musica di|musique de|musica de|musik von|muziek van|" + _WORD_CUES
_ROLE_WORDS = frozenset(regex.findall(r"\p{L}+", regex.sub(r"\(\?<=[^)]*\)", "", cue))[0] for cue in _ROLE_CUES.split("|"))
# Cues that put a person *or* a source next ("according to Reuters"): they support a name the
# learned model found ("Según Pay, el envío …", '"…" diyor Harijan') but find none alone.
_SOURCE_CUES = r"according to|segun|selon|secondo|volgens|laut|wedlug|według|segundo|diyor|ik bel"
# Sign-offs: the name stands on the next line ("Kind regards,\nMehmet Öztürk") or after a comma ("Groetjes, Bart & Evi").
SIGN_OFFS = (
    r"regards|best|thanks|thank you|cheers|sincerely|best wishes|mit freundlichen grussen|viele grusse|gruss"
    r"|cordialement|bien a vous|saludos|un saludo|atentamente|cordiali saluti|distinti saluti|met vriendelijke groet"
    r"|groeten|atenciosamente|cumprimentos|pozdrawiam|z powazaniem|saygilarimla|saygılarımla"
    r"|groetjes|liefs|besos|abrazos|bisous|bises|baci|un abbraccio|beijos|abracos|liebe grusse|lg|pozdro|love|hugs|xoxo"
    r"|abs|bjs|bjos|un saluto|saluti|sevgiler|selamlar|pozdrawiam serdecznie|buziaki|tschuss|mvg|grtz"  # chat's short forms
)
# Greek cues, matched as the filter sees them (look-alike letters made Latin: `normalize`).
_GREEK_CUES = ("κύριος", "κυρία", "κύριε", "κυρίου", "ονομάζομαι", "με λένε", "το όνομά μου είναι", "αγαπητέ", "αγαπητή")
_NAME_WORD = r"\p{Lu}[\p{Ll}\p{Lm}]+(?:['\u2019-]\p{Lu}?[\p{Ll}\p{Lm}]+)*"
_PARTICLE = r"(?:van der|van den|van de|van|von|de la|del|de|da|dos|di|du|le|la|ten|ter|bin|ibn|al|el)"
_PARTICLES = frozenset("van der den de von la le del da dos di du ten ter bin ibn al el".split())
_CUES += "|" + "|".join(regex.escape(normalize(cue).text) for cue in _GREEK_CUES)
_CUED_NAME = rf"(?-i:({_NAME_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_NAME_WORD}){{0,2}}))"
_CUED = regex.compile(
    rf"(?:(?i:(?<![\p{{L}}])(?:{_CUES}))[ \t]*[:,]?[ \t]*(?:\n[ \t]*)?(?<=\s)"
    rf"|(?i:(?<![\p{{L}}])(?:{SIGN_OFFS})(?:[ \t]*[,!.]?[ \t]*\n[ \t]*|,[ \t]+)))" + _CUED_NAME
)
# A role or kin and the name, or the name in brackets after it: "her son Dre", "Contacto do irmão (Hélder)"
_ROLE_CUED = regex.compile(rf"(?i:(?<![\p{{L}}])(?:{_ROLE_CUES}))(?:[ \t]*[:,]?[ \t]*(?:\n[ \t]*)?(?<=\s)|[ \t]*\()" + _CUED_NAME)
_LETTERS = regex.compile(r"\p{L}+")
# A greeting or thanks, a comma and the name of whom it addresses: "Hi, Aurora!", "¡Gracias, Aurora!", "Obrigado, Mara"
_GREETED = regex.compile(
    r"(?i:(?<![\p{L}])(?:hi|hello|hey|hiya|hola|buenas|hallo|moin|servus|hoi|bonjour|salut|coucou|ciao|salve|ola|oi"
    r"|czesc|witam|hej|merhaba|selam|thanks|thank you|thx|merci|gracias|grazie|danke|bedankt|obrigado|obrigada|dzieki"
    r"|dziekuje|tesekkurler|tesekkur ederim|sagol))[ \t]*,[ \t]*" + _CUED_NAME
)
# A speech verb after a name: "… ; Sathe said", "Manole confirmed", "Liesel gesagt". Normalised
# text strips accents but keeps "ł" (no accent to Unicode), so Polish verbs take either spelling.
_SPEECH_AFTER = regex.compile(
    rf"({_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)[ \t]+(?:said|says|asked|asks|replied|replies|confirmed|confirms|told"
    r"|wrote|answered|a dit|a confirme|sagte|bestatigte|antwortete|gesagt|geschrieben|bestatigt|geantwortet|dijo|confirmo"
    r"|respondio|ha detto|ha confermato|zei"
    r"|bevestigde|disse|confirmou|powiedzia[lł]a?|potwierdzi[lł]a?|napisa[lł]a?|odpowiedzia[lł]a?|dedi|onayladi"
    r"|erzahlt|berichtet|erklart|betont|erinnert sich|explique|raconte|se souvient|explica|relata|recuerda|racconta"
    r"|ricorda|spiega|vertelt|herinnert zich|legt uit|conta|lembra|opowiada|wspomina|anlatiyor|hatirliyor"
    # a death, which only a person has: "Doğa Okçu hayatını kaybetti", "… ist am Montag verstorben"
    r"|died|passed away|est decede|est decedee|nous a quittes|ist verstorben|verstarb|fallecio|ha fallecido"
    r"|e morto|e morta|e scomparso|e scomparsa|is overleden|overleed|faleceu|morreu|zmar[lł]a?|hayatini kaybetti"
    r"|hayatını kaybetti|vefat etti)\b"
)
# A goal, which a team scores as often as a player: a name that is no listed town and has no
# article ("Soulard a marqué deux fois", "Çulha iki gol attı"; not "Barcelona marcó", "la Juventus
# ha segnato").
_SCORED_AFTER = regex.compile(
    r"(?<!(?i:\b(?:the|el|la|los|las|il|lo|gli|le|les|o|os|a|as|de|het|der|die|das)[ \t]+))"
    rf"({_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)[ \t]+(?:scored|a marque|marco|marcou|ha segnato|segno|scoorde|strzeli[lł]"
    r"|(?:\p{L}+[ \t]+)?gol att[iı])\b"
)
# A greeting, a name and "here": "Hi all, Tom here", "Hallo zusammen, Lena hier", "Hola, Carmen aquí".
_SELF_NAMED = regex.compile(
    r"(?i:(?<![\p{L}])(?:hi|hello|hey|hallo|moin|hoi|bonjour|salut|coucou|hola|buenas|ciao|salve|ola|czesc|merhaba|selam)"
    r"(?:[ \t]+(?:all|everyone|team|folks|zusammen|allemaal|iedereen|a tous|tout le monde|a todos|a tutti|wszystkim|herkese))?"
    r"[ \t]*[,!]?[ \t]+)"
    rf"(?-i:({_NAME_WORD}(?:[ \t]+{_NAME_WORD})?))[ \t]+(?i:here|hier|aqui|qui|tutaj|burada)(?![\p{{L}}])"
)
# An author-year citation: "as Pickard and Down (2019) argued", "(Nowak, 2020)", "Florea e Pijl (2016)".
_AND = r"(?:and|&|und|et|y|e|en|i|ve)"
_CITATION = regex.compile(
    rf"(?<![\p{{L}}])({_NAME_WORD})(?:[ \t]+{_AND}[ \t]+({_NAME_WORD}))?(?:[ \t]+et al\.?)?"
    rf"(?:[ \t]*\([ \t]*|,[ \t]*)(?:19|20)\d\d[a-z]?[ \t]*\)"
)
# A handle of a person in a chat: "@Tal can you take it?" (not "ana@example.org", not "@devops").
_GROUP_MENTIONS = frozenset("all here channel everyone team room group".split())
_MENTION = regex.compile(rf"(?<![\w.@])@({_NAME_WORD})(?![\w@])")
# A name that "who" refers back to: "For Limpiezas, who taught me to read".
_WHO = regex.compile(rf"({_NAME_WORD}(?:[ \t]+{_NAME_WORD})?),[ \t]+(?:who|whom|whose)(?![\p{{L}}])")
# A person's age after the name, as news and forums write it: "Wiremu Te Huia, 54, was
# fishing", "So Brittany (34F) insisted", "Jan (m, 41)".
_AGED = regex.compile(
    rf"(?<![\p{{L}}])({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}})"
    r"(?:,[ \t]*[1-9]\d,[ \t]|[ \t]*\([ \t]*(?:[1-9]\d[ \t]*[MFmfWwKk]|[MFmfWwKk][ \t]*,?[ \t]*[1-9]\d)[ \t]*\))"
)
# A nickname after the word that introduces one, in quotes or not, a common word or not: "alias
# “Pecueca”", "apodado el Flaco", "a.k.a. Big Mike", "vulgo Zezinho", "detto Pippo", "genannt Sepp"
_ALIAS = regex.compile(
    r"(?i:(?<![\p{L}])(?:alias|apodad[oa]|conocid[oa][ \t]+como|a\.?k\.?a\.?|vulgo|dett[oa]|genannt|ps\.|lakab[ıi]))"
    r"[ \t]*[:,]?[ \t]*[\"“”'«»„]?(?:(?i:el|la|o|a|il|lo|der|die|le)[ \t]+)?"
    rf"({_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)"
)
# A nickname in quotes between a first name and a surname: 'Josef „Sepp“ Gruber', "Giuseppe 'Pino' Lombardo"
_QUOTED_NICKNAME = regex.compile(
    rf"(?<![\p{{L}}])({_NAME_WORD})[ \t]+[\"„“'«]({_NAME_WORD})[\"“”'»][ \t]+({_NAME_WORD})"
)
_CREDIT = regex.compile(CREDITS)
_CUE_BEFORE = regex.compile(rf"(?i:(?<![\p{{L}}])(?:{_CUES}|{_SOURCE_CUES}))[ \t]*[:,]?[ \t]*(?:\n[ \t]*)?(?<=\s)$")
_ROLE_BEFORE = regex.compile(rf"(?i:(?<![\p{{L}}])(?:{_ROLE_CUES}))[ \t]*[:,]?[ \t]*(?:\n[ \t]*)?(?<=\s)$")


def find_cued_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of the names that a cue introduces in `text` (normalised)."""
    from guardrail.filtering.recognizers import is_common_term

    out = []
    for match in list(_SPEECH_AFTER.finditer(text)) + [m for m in _SCORED_AFTER.finditer(text) if not _a_town(m.group(1))]:
        words = match.group(1).split()
        if not _ordinary(words[-1]):  # "Yesterday Anna said": the name is Anna
            opener = len(words) > 1 and (_ordinary(words[0]) or is_common_word(words[0]))  # "Wczoraj Jadwiga powiedziała"
            out.append((match.end(1) - len(words[-1]), match.end(1)) if opener else match.span(1))
    for match in _SELF_NAMED.finditer(text):
        first = match.group(1).split()[0]
        if not (_ordinary(first) or is_common_word(first)):  # "Hi all, Support here", "Hallo, Buchhaltung hier"
            out.append(match.span(1))
    for match in _CITATION.finditer(text):
        out.extend(match.span(g) for g in (1, 2) if match.group(g) and not is_common_term(match.group(g))
                   and match.group(g).casefold() not in _openers())
    for match in _QUOTED_NICKNAME.finditer(text):  # "Josef „Sepp“ Gruber": a listed first name, a nickname, a surname
        if _listed_first_name(match.group(1)) and not _ordinary(match.group(3)):
            out.extend(match.span(g) for g in (1, 2, 3))
    for match in _ALIAS.finditer(text):  # a nickname: whatever its words are elsewhere
        if not is_common_term(match.group(1)):
            out.append(match.span(1))
    for match in _MENTION.finditer(text):
        if match.group(1).casefold() not in _GROUP_MENTIONS and not is_common_term(match.group(1)):
            out.append(match.span(1))  # "@Tal": a handle, even where the word is a stop word elsewhere
    for match in _WHO.finditer(text):
        words = match.group(1).split()
        if _ordinary(words[0]) and len(words) > 1:  # "For Limpiezas, who": the name is the last word
            words = words[1:]
        if not any(_ordinary(w) for w in words):
            out.append((match.end(1) - len(" ".join(words)), match.end(1)))
    for match in _AGED.finditer(text):
        words = match.group(1).split()
        while words and _ordinary(words[0]):  # "So Brittany (34F)": the name is Brittany
            words = words[1:]
        if words and not _ordinary(words[-1]):
            out.append((match.end(1) - len(" ".join(words)), match.end(1)))
    roles = [m for at in _role_starts(text) if (m := _ROLE_CUED.match(text, at))]
    greeted = [m for m in _GREETED.finditer(text) if _addressed(m.group(1).split()[0])]
    for match in list(_CUED.finditer(text)) + roles + greeted:
        words = match.group(1).split()
        kept = []
        for word in words:
            if kept and word.casefold() in _PARTICLES:  # "Sylvie Le Gall"
                kept.append(word)
                continue
            if match in roles and not kept and _listed_first_name(word):
                kept.append(word)  # "his son Seán": a first name after kin, though Spanish reads "sean" as a verb
                continue
            if word[0].isupper() and _ordinary(word, english=not kept):  # "Mitchell Rich": a surname
                break
            kept.append(word)  # a name word, or a particle ("van der") between two
        while kept and kept[-1].casefold() in _PARTICLES:
            kept.pop()
        if kept:
            start = match.start(1)
            out.append((start, start + len(" ".join(kept)) if len(kept) == len(words) else _end_of(text, start, kept)))
    return out


def _addressed(word: str) -> bool:
    """Whether a word after a greeting may be whom it addresses: no common word of the nine
    languages unless a listed first name ("Hola, Aurora"; not "Hola, Mundo", "Merci, Bonne journée")."""
    return _listed_first_name(word) or not is_common_word(word)


def _a_town(value: str) -> bool:
    """Whether `value` is a listed town (its words, lower case)."""
    from guardrail.filtering.towns import towns

    return " ".join(value.lower().split()) in towns()


def _listed_first_name(word: str) -> bool:
    """A listed first name of three letters or more that is no common term ("Sean", "Ana"; not "Will" as a term)."""
    from guardrail.filtering.lexicon import first_names
    from guardrail.filtering.recognizers import is_common_term

    return len(word) >= 3 and word.casefold() in first_names() and not is_common_term(word)


def is_label_word(word: str) -> bool:
    """Whether `word` (normalised) may make a line's label rather than a speaker's name: a
    common word of the nine languages ("Cronica"), a compound of two ("Spielbericht") or a
    credit ("Regie", "Kamera"). A listed name is none of these."""
    return is_common_word(word) or is_compound_of_common_words(word) or _CREDIT.fullmatch(word.casefold()) is not None


def person_cue_before(text: str, start: int) -> bool:
    """Whether a name cue ("my name is", "says", "Dear") ends right before `start`."""
    at = max(0, start - 40)
    return _CUE_BEFORE.search(text, at, start) is not None or (
        _has_role(text[at:start]) and _ROLE_BEFORE.search(text, at, start) is not None)


def _has_role(text: str) -> bool:
    """Whether `text` holds the first word of a role, credit or word cue (`_ROLE_WORDS`)."""
    return not _ROLE_WORDS.isdisjoint(_LETTERS.findall(text.casefold()))


def _role_starts(text: str) -> list[int]:
    """Where a word of `text` opens a role, credit or word cue (`_ROLE_WORDS`); most texts hold none."""
    if not _has_role(text):
        return []
    return [m.start() for m in _LETTERS.finditer(text) if m.group().casefold() in _ROLE_WORDS]


def _end_of(text: str, start: int, words: list[str]) -> int:
    """Where the `words` that open `text[start:]` end (the spaces between may be tabs)."""
    end = start
    for word in words:
        end = text.index(word, end) + len(word)
    return end


def _ordinary(word: str, english: bool = True) -> bool:
    """A word that opens no name: a common term, a stop word, a sentence opener, or (with
    `english`) an English word that the name lists do not know."""
    from guardrail.filtering.lexicon import stop_words
    from guardrail.filtering.recognizers import is_common_term
    from guardrail.filtering.vocabulary import unlisted_english_word

    folded = word.casefold()
    if is_common_term(word) or folded in stop_words() or folded in _openers():
        return True
    return english and unlisted_english_word(word)


@lru_cache(maxsize=1)
def _openers() -> frozenset[str]:
    from guardrail.filtering.gating import openers

    return frozenset(openers())


_ITEM = r"[\p{Lu}\p{Ll}][\w.+#-]*"
_SEPARATOR = r"(?:,[ \t]*|[ \t]+(?:and|or|&)[ \t]+|[ \t]*/[ \t]*)"
_SIBLING_BEFORE = regex.compile(rf"({_ITEM})({_SEPARATOR})$")
_SIBLING_AFTER = regex.compile(rf"({_SEPARATOR})({_ITEM})")


def list_siblings(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items next to `text[start:end]` in an enumeration of three or more items, or of
    two joined by "and", "or", "&" or "/" ("Redis, Memcached and Valkey"; not "Nowak, Berlin")."""
    before = _SIBLING_BEFORE.search(text, max(0, start - 40), start)
    after = _SIBLING_AFTER.match(text, end)
    found = [(m.span(1), m.group(2)) for m in [before] if m] + [(m.span(2), m.group(1)) for m in [after] if m]
    further = (before is not None and _SIBLING_BEFORE.search(text, max(0, before.start() - 40), before.start())) or (
        after is not None and _SIBLING_AFTER.match(text, after.end()))
    if len(found) == 2 or further or any(sep.strip() not in ("", ",") for _, sep in found):
        return [span for span, _ in found]
    return []

"""Names that the words around them point to: joined to a name the filter found ("Katharina
und [Andreas Steinwender]", "Noah, Mila en [Sem]", "Bart & [Evi]"), nicknames, a name's parts
after a hyphen, and families ("the [Iyer] and [Menon] families").

A word next to a found name, with a conjunction of the nine languages or a comma between,
is a name too when it reads as one: capitalised, neither a stop word nor a common term nor
a common word of the nine languages, and a name the lists know — or, joined by a
conjunction, a word no word list knows ("Soekhlal"). A comma alone joins only listed names,
as it also closes a name before a town ("Jan Kowalski, Warszawa"); a surname in capitals
before a comma and a found name is one, as forms write it ("SILVA, Mariana Soledad"; listed
or no word a list knows, so not "NOTE, Maria"). Lower-case names in
chat ("ilias en [lina]") count when listed and neither English nor frequent words. The
search goes on from each name it adds, so a whole list is taken.

A nickname is a name too (`nicknames`): in quotes inside or next to a found name ("Josef
„Sepp“ Gruber", "Lautaro Giménez, el "Pampa"", "Ivano Ferrari detto «il Biondo»"), a listed
first name in brackets after one ("MURPHY, Patrick (Paddy)"), or in quotes after a word that
only introduces a nickname ("o pseudonimie „Łysy”", "apodado "El Flaco"", "„Kartal"
lakabıyla"). Quoted words that follow no name and no such word stay: "the "Dark Mode" toggle".

A name's part joined by a hyphen belongs to it (`hyphen_joined`), where the learned model
stops at the hyphen: "Wietske Hofstra-[Kuipers]", "[Inès]-Wafa" when "Wafa" was found,
"[al]-Hashimi" when "Hashimi" was; the part is capitalised and no common word the name lists
do not know ("Merkel-Regierung" stays), or a particle before the name ("al-", "el-", "ben-",
"abu-"). After a full name, a given name and a surname, any capitalised word but a stop word
or a common term is the second half of a double surname ("Keano Kok-[Haring]", "Lauretta
Campano-[Paolini]"), with a Dutch particle too ("Rosa Koeman-[van den Brand]"). A town's
district after a hyphen likewise ("Zwolle-[Zuid]").

A found name goes on over the listed names right next to it (`continued_names`), where a
recognizer stopped short: up to two listed names after it ("Mei Ling [Tan]", "yeison
[ospina]", "eunice [lopes fernandes]") and a listed first name before it ("[blessing]
okonkwo"), a single blank apart, in the name's own case (capitalised after a capitalised
name, lower case after a lower-case one, capitals after capitals), no stop word nor greeting
(in lower case, not even one that is also a name: "kende elke straat"). After a name in
capitals, where every word looks alike, a word no list knows goes on with it too ("ANIELA
DZWONNIK [MAŁYCHA]").

A family's name is a surname (`family_names`): after the word for a family ("Familie Gruber",
"fam. Soekhlal", "rodzina Nowaków") or before it ("the Iyer and Menon families", "Pham
ailesi"), when it is a listed name or no word a list knows (not "the Royal family").
"""

from __future__ import annotations

import regex

_AND = r"(?:and|und|et|y|e|en|i|ve|&|oder|or|ou|o|lub|veya|ile)"  # not Dutch "of": English reads "of"
_WORD = r"[\p{L}][\p{L}'\u2019-]*"
_BEFORE = regex.compile(rf"(?<![\p{{L}}\d@.])({_WORD})([ \t]*,[ \t]*|[ \t]+{_AND}[ \t]+)$")
_AFTER = regex.compile(rf"([ \t]*,[ \t]*|[ \t]+{_AND}[ \t]+)({_WORD})(?![\p{{L}}\d@])")
_NEXT_WORD = regex.compile(rf"[ \t]({_WORD})(?![\p{{L}}\d@])")
_WORD_BEFORE = regex.compile(rf"(?<![\p{{L}}\d@.])({_WORD})[ \t]$")
COORDINATED_SCORE = 0.6
_OPEN, _CLOSE = "\"'\u201c\u201e\u00ab\u2018\u201a\u2039", "\"'\u201d\u201c\u00bb\u2019\u2018\u203a"
# what a nickname is in quotes: one to three words, the first capitalised, an article before it ("il Biondo")
_QUOTED = rf"[{_OPEN}][ \t]*((?:(?:il|el|la|le|lo|o|a|der|die|the)[ \t]+)?\p{{Lu}}[\p{{L}}'.-]*(?:[ \t]+[\p{{L}}'.-]+){{0,2}})[ \t]*[{_CLOSE}]"
_NICK_WORD = r"(?:detto|detta|alias|aka|a\.k\.a\.|genannt|apodad[oa]|soprannominat[oa]|conocid[oa] como|known as|nicknamed|vulgo|bijnaam)"
_AFTER_NAME_QUOTED = regex.compile(rf"[ \t]*(?:,[ \t]*)?(?:(?:el|la|il|o|a|der|die|the|{_NICK_WORD})[ \t]*:?[ \t]*)?{_QUOTED}")
_BEFORE_NAME_QUOTED = regex.compile(rf"{_QUOTED}[ \t]*$")
_BRACKETED = regex.compile(r"[ \t]*\((\p{Lu}\p{Ll}+)\)")
# words that introduce a nickname whether or not a name was found: "o pseudonimie „Łysy”"
_NICKNAME_FRAME = regex.compile(
    rf"(?i:(?<![\p{{L}}])(?:apodad[oa]|soprannominat[oa]|pseudonim\p{{L}}*|ksyw\p{{L}}*|bijnaam|nicknamed)[ \t]*:?[ \t]*){_QUOTED}"
    rf"|{_QUOTED}[ \t]+(?i:laka[bp])"
)
_HYPHEN_AFTER = regex.compile(r"-(\p{Lu}[\p{L}'\u2019]+)(?![\p{L}\d])")
_LOWER_HYPHEN_AFTER = regex.compile(r"-(\p{Ll}[\p{L}'\u2019]{2,})(?![\p{L}\d])")
_HYPHEN_BEFORE = regex.compile(r"(?<![\p{L}\d])(\p{Lu}[\p{L}'\u2019]+|(?i:al|el|ul|ben|bin|ibn|abu|abd))-$")
# a Dutch double surname's second half, with its particle: "Koeman-[van den Brand]", "Post-van [den Nuwenhuysen]"
_HYPHEN_PARTICLE_AFTER = regex.compile(
    r"(?:-(?:van|de|ter|ten|vd|v\.d\.)|(?<=-(?:van|de|ter|ten)))(?:[ \t]+(?:der|den|de|het|'t))?[ \t]+(\p{Lu}[\p{L}'\u2019]+)(?![\p{L}\d])"
)
_NICKNAME_WORDS = ("apodad", "soprannominat", "pseudonim", "ksyw", "bijnaam", "nicknamed", "laka")  # what the frame needs
_FAMILY_WORDS = ("famil", "fam.", "rodzin", "ailesi")
_SURNAME = r"(\p{Lu}[\p{L}'\u2019-]+)"
_FAMILY = regex.compile(
    rf"(?i:(?<![\p{{L}}])(?:famille|familie|familia|famiglia|fam\.|rodzin[aeyę]))[ \t]+{_SURNAME}(?:[ \t]+{_AND}[ \t]+{_SURNAME})?"
    rf"|(?<![\p{{L}}]){_SURNAME}(?:[ \t]+{_AND}[ \t]+{_SURNAME})?[ \t]+(?:famil(?:y|ies)|ailesi)(?![\p{{L}}])"
)


# Titles right before a found name: abbreviations with a period ("Univ.Prof.", "Dipl.-Ing.", "Yrd. Doç.",
# "Arş. Gör.", "Okt.", "Sr(a)."), and words that only address a person ("Bay", "Bayan", "Herr", "Frau").
_TITLE_WORD = r"(?:\p{Lu}\p{Ll}{0,5}(?:\(\p{Ll}{1,2}\))?\.-?[ \t]*|(?:Bay|Bayan|Herr|Frau|Mr|Mrs|Ms|Miss|Mx|Sir|Dame)[ \t]+)"
_TITLES_BEFORE = regex.compile(rf"(?<![\p{{L}}\d.])(?:{_TITLE_WORD}){{1,3}}\Z")
# Degrees and generational suffixes after a found name: "Ron Henck MBA.", "Jason Scott DDS", "Randolf Hövel B.A."
_POST_NOMINAL = regex.compile(
    r"(?:[ \t]*,)?[ \t]+(?:MBA|Ph\.?D|M\.?D|DDS|DVM|Jr|Sr|II|III|IV|B\.A|B\.Sc|M\.Sc|B\.Eng|M\.Eng|M\.A|LL\.M|Esq"
    r"|MSc|BSc|BEng|MEng|RN|CPA|Dipl\.-Ing|Mag)\.?(?![\p{L}\d])"
)

# The same in chat's lower case, only as listed: a lower-case word and a period may end a sentence
_LOWER_TITLE_WORD = (
    r"(?:(?:sr|sra|srta|dr|dra|lic|ing|arq|dott|dottssa|dott\.ssa|sig|sig\.ra|sig\.na|avv|prof|mgr|inz|inż|av|ars|arş|gor"
    r"|gör|okt|yrd|doc|doç|dipl\.-ing|dipl|univ\.prof|univ|mag|mme|mlle|hr|fr|dhr|mevr|mr|mrs|ms)\.[ \t]*"
    r"|(?:herr|frau|pan|pani|senor|senora|señor|señora|signor|signora|don|dona|doña|bay|bayan|meneer|mevrouw|monsieur"
    r"|madame)[ \t]+)"
)
_LOWER_TITLES_BEFORE = regex.compile(rf"(?<![\p{{L}}\d.])(?:{_LOWER_TITLE_WORD}){{1,3}}\Z")
_LOWER_POST_NOMINAL = regex.compile(
    r"(?:[ \t]*,)?[ \t]+(?:mba|ph\.d|b\.a|b\.sc|m\.sc|b\.eng|m\.eng|m\.a|ll\.m|dipl\.-ing)\.?(?![\p{L}\d])"
)


def titled_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the name `text[start:end]` (normalised) widened over the titles right
    before it and the degrees right after it, where those were left outside: "[Univ.Prof.]
    Konrad Horn", "Ron Henck[ MBA.]"; None when there are none. A title tells a person's gender,
    rank or trade; it goes with the name. A name typed in lower case takes the listed titles
    and degrees in lower case ("[sra.] mayte gallegos", "[frau] wera staude", "lidwina metz[ b.eng.]")."""
    lower = text[start:end].islower()
    before = (_LOWER_TITLES_BEFORE if lower else _TITLES_BEFORE).search(text, max(0, start - 40), start)
    new_start, new_end = (before.start() if before is not None else start), end
    while (after := (_LOWER_POST_NOMINAL if lower else _POST_NOMINAL).match(text, new_end)) is not None:
        new_end = after.end()
    return (new_start, new_end) if (new_start, new_end) != (start, end) else None


# a first name that ends the line before a segment, and the word that opens the segment
_FIRST_NAME_AT_LINE_END = regex.compile(r"(?<![\p{L}\d@.'-])(\p{Lu}\p{Ll}+)[ \t]*\n[ \t]*\Z")
_SENTENCE_GOES_ON = regex.compile(r"[ \t]*[,;]|[ \t]+\p{Ll}")
_WORD_OPENING = regex.compile(r"(\p{Lu}\p{Ll}[\p{L}'\u2019-]*)(?![\p{L}\d@])")


def surname_after_line_break(text: str, before: str) -> tuple[int, int] | None:
    """(start, end) of the surname that opens `text` (normalised) when the line before it ended
    with a listed first name: a name broken over a line ("Meeting with Tami\n[Valdez] tomorrow").
    The surname is capitalised and a listed surname that is no ordinary English word (English
    only as a name will do: "Valdez"), a listed surname that is a word where the sentence goes on
    after it ("Tami\n[Porter] tomorrow", "Tina\n[Sanders], 54"), or a word no list knows;
    neither a stop word, a common term nor a common word of the nine languages ("Anna\nSales
    Team" stays)."""
    from guardrail.filtering.gazetteer import SURNAMES
    from guardrail.filtering.lexicon import all_stop_words, first_names
    from guardrail.filtering.people import unknown_word
    from guardrail.filtering.recognizers import COMMON_TERMS
    from guardrail.filtering.vocabulary import english_only_as_a_proper_noun, is_common_word, is_english_word

    first = _FIRST_NAME_AT_LINE_END.search(before, max(0, len(before) - 40))
    opening = _WORD_OPENING.match(text)
    if first is None or opening is None:
        return None
    given, word = first.group(1).casefold(), opening.group(1)
    folded = word.casefold()
    if given not in first_names() or given in COMMON_TERMS or given in all_stop_words():
        return None
    if folded in all_stop_words() or folded in COMMON_TERMS:
        return None
    ordinary = is_english_word(word) and not english_only_as_a_proper_noun(word)
    listed = folded in SURNAMES and not ordinary and not is_common_word(word)
    # a listed surname that is also a word, where the sentence goes on after it: "Tami\nPorter tomorrow"
    goes_on = folded in SURNAMES and _SENTENCE_GOES_ON.match(text, opening.end()) is not None
    return opening.span(1) if listed or goes_on or unknown_word(word) else None


_SENTENCE_ENDED = regex.compile(r"\w[.!?]+[ \t]*\Z")
_LONE_LOWER_WORD = regex.compile(r"[ \t]*(\p{Ll}{3,})[ \t]*[.!]*[ \t]*\Z")


def name_signing_a_message(text: str, before: str) -> tuple[int, int] | None:
    """(start, end) of a listed first name in lower case that stands alone after the last
    sentence of a message, as chat signs it ("ok nos vemos mañana. [santiago]", "ok tot morgen.
    [britt]"): `text` (normalised) is that word alone, `before` ends a sentence. Not a term of
    address, a stop word or an ordinary English word ("see you. thanks", "i love it. rose")."""
    from guardrail.filtering.lexicon import all_stop_words, first_names
    from guardrail.filtering.people import TERMS_OF_ADDRESS
    from guardrail.filtering.vocabulary import is_ordinary_english_word

    word = _LONE_LOWER_WORD.fullmatch(text)
    if word is None or _SENTENCE_ENDED.search(before, max(0, len(before) - 8)) is None:
        return None
    name = word.group(1)
    if name not in first_names() or name in TERMS_OF_ADDRESS or name in all_stop_words():
        return None
    if is_ordinary_english_word(name):
        return None
    return word.span(1)


def coordinated_names(text: str, names: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of the words of `text` (normalised) joined to one of the `names` spans,
    or to a word found so, by a conjunction or a comma, that read as names."""
    known = set(names)
    todo = list(names)
    out: list[tuple[int, int]] = []
    while todo:
        start, end = todo.pop()
        candidates = []
        if (before := _BEFORE.search(text, max(0, start - 40), start)) is not None:
            candidates.append((before.span(1), before.group(2), True))
        if (after := _AFTER.match(text, end)) is not None:
            candidates.append((after.span(2), after.group(1), False))
        alone = len(text[start:end].split()) == 1  # "Uría, Sara": a surname and its given name, inverted
        for span, joint, first in candidates:
            if span in known or any(s < span[1] and span[0] < e for s, e in known):
                continue
            if _reads_as_name(text[span[0]:span[1]], comma="," in joint, inverted=first and joint.strip() == ",", alone=alone):
                known.add(span)
                out.append(span)
                todo.append(span)
    return out


def _reads_as_name(word: str, comma: bool, inverted: bool = False, alone: bool = False) -> bool:
    """Whether a word next to a name reads as a name too (module docstring); `comma`: joined by
    a comma only; `inverted`: the word stands before the name and a comma, as a form writes a
    surname in capitals ("SILVA, Mariana Soledad"); `alone`: the name is one word, so that a
    comma may join its surname or given name as a record inverts them, a word no list knows too
    ("Alemdar, Günebakan", "Uría, Sara"), but no town ("Kowalski, Zielonka")."""
    from guardrail.filtering.gating import openers
    from guardrail.filtering.lexicon import name_lists
    from guardrail.filtering.people import GREETINGS, unknown_word
    from guardrail.filtering.recognizers import is_common_term
    from guardrail.filtering.vocabulary import is_common_word, is_english_word, names_an_organisation

    bare = regex.sub(r"['\u2019]\p{Ll}{1,5}$", "", word)  # "Mehmet'in", "Anna's"
    folded = bare.casefold()
    if len(bare) < 2 or folded in openers() or folded in GREETINGS or is_common_term(bare) or is_common_word(bare) or names_an_organisation(bare):
        return False
    listed = folded in name_lists()
    if bare.islower():
        return listed and len(bare) >= 3 and not is_english_word(bare)
    if bare.isupper():
        return inverted and len(bare) >= 3 and (listed or unknown_word(bare.title()))  # "SILVA, Mariana"; not "NOTE, Maria"
    if not bare[0].isupper():
        return False
    if comma and alone and unknown_word(bare):
        from guardrail.filtering.towns import towns

        return folded not in towns()
    return listed or (not comma and unknown_word(bare))


def nicknames(text: str, names: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of the nicknames in `text` (normalised): next to one of the `names` spans,
    or after a word that introduces one (module docstring)."""
    from guardrail.filtering.lexicon import first_names
    from guardrail.filtering.vocabulary import is_common_word

    out = []
    for start, end in names:
        if (after := _AFTER_NAME_QUOTED.match(text, end)) is not None:
            out.append(after.span(1))
        if (before := _BEFORE_NAME_QUOTED.search(text, max(0, start - 40), start)) is not None:
            out.append(before.span(1))
        bracketed = _BRACKETED.match(text, end)
        if bracketed is not None and bracketed.group(1).casefold() in first_names() and not is_common_word(bracketed.group(1)):
            out.append(bracketed.span(1))  # "Patrick (Paddy)"; not "Arıkboğa (Başkan)"
    lower = text.lower()
    for match in _NICKNAME_FRAME.finditer(text) if any(word in lower for word in _NICKNAME_WORDS) else ():
        out.append(match.span(1) if match.group(1) is not None else match.span(2))
    return [span for span in out if span not in names]


def family_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of the surnames of `text` (normalised) that a family's word names (module docstring)."""
    from guardrail.filtering.lexicon import name_lists, stop_words
    from guardrail.filtering.people import unknown_word

    def surname(word: str) -> bool:
        folded = word.casefold()
        if folded in stop_words():
            return False
        return folded in name_lists() or unknown_word(word)

    lower = text.lower()
    if not any(word in lower for word in _FAMILY_WORDS):
        return []
    return [match.span(group) for match in _FAMILY.finditer(text) for group in range(1, 5)
            if match.group(group) is not None and surname(match.group(group))]


def hyphen_joined(text: str, names: list[tuple[int, int]], towns_too: bool = False) -> list[tuple[int, int]]:
    """(start, end) of the parts of `text` (normalised) joined by a hyphen to one of the `names`
    spans, or to a part found so, that belong to the name (module docstring); with `towns_too`, a
    listed town belongs too, however common a word it is ("Dortmund-Nordstadt")."""
    from guardrail.filtering.lexicon import name_lists
    from guardrail.filtering.towns import towns
    from guardrail.filtering.vocabulary import is_common_word

    def belongs(word: str) -> bool:
        folded = word.casefold()
        return not is_common_word(word) or folded in name_lists() or (towns_too and folded in towns())

    def full_name(start: int, end: int) -> bool:  # "Lauretta Campano": a given name and a surname
        return not towns_too and len(text[start:end].split()) >= 2

    known = set(names)
    todo = list(names)
    out: list[tuple[int, int]] = []
    while todo:
        start, end = todo.pop()
        found = []
        if (after := _HYPHEN_AFTER.match(text, end)) is not None and (
                belongs(after.group(1)) or (full_name(start, end) and _second_surname_word(after.group(1)))):
            found.append(after.span(1))
        elif (not towns_too and text[start:end].islower() and full_name(start, end)
              and (after := _LOWER_HYPHEN_AFTER.match(text, end)) is not None
              and _second_surname_word(after.group(1).capitalize())):
            found.append(after.span(1))  # "heidemarie kuhl-[kreusel]": a full name in lower case
        elif not towns_too and (particle := _HYPHEN_PARTICLE_AFTER.match(text, end)) is not None:
            found.append((particle.start() + len(particle.group()) - len(particle.group().lstrip("- \t")), particle.end()))
        if (before := _HYPHEN_BEFORE.search(text, max(0, start - 30), start)) is not None and (
                before.group(1).islower() or belongs(before.group(1))):
            found.append(before.span(1))
        for span in found:
            if span not in known and not any(s <= span[0] and span[1] <= e for s, e in known):
                known.add(span)
                out.append(span)
                todo.append(span)
    return out


def _second_surname_word(word: str) -> bool:
    """A word that may be the second half of a double surname after a full name, common word or
    not ("Lauretta Campano-[Paolini]", "Keano Kok-[Haring]"): capitalised, in lower case after its
    capital, and neither a stop word nor a common term."""
    from guardrail.filtering.lexicon import all_stop_words
    from guardrail.filtering.recognizers import COMMON_TERMS

    folded = word.casefold()
    return word[1:].islower() and folded not in all_stop_words() and folded not in COMMON_TERMS


def continued_names(text: str, names: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of the listed names right next to one of the `names` spans of `text`
    (normalised) that go on with it (module docstring): up to two after it, one first name
    before it."""
    from guardrail.filtering.lexicon import all_stop_words, first_names, name_lists, stop_words
    from guardrail.filtering.people import GREETINGS, unknown_word

    listed, firsts = name_lists(), first_names()

    def goes_on(name: str, word: str, names_of: frozenset[str]) -> bool:
        folded = word.casefold()
        # in lower case, no stop word even where it is a name too ("kende [elke] straat"); capitalised, "Mei Ling Tan"
        stop = all_stop_words() if word.islower() else stop_words()
        if folded in stop or folded in GREETINGS or not _same_case(name, word):
            return False
        # in capitals, where every word looks the same, also a word no list knows: "ANIELA DZWONNIK [MAŁYCHA]"
        if folded in names_of or (names_of is listed and name.isupper() and unknown_word(word.capitalize())):
            return True
        # after a name of one capitalised word, a surname that is a frequent word only as a famous
        # name is: "Alderano [Bompiani]", "Calcedonio [Sforza]"
        return names_of is listed and _one_word(name) and _famous_surname(word)

    out: list[tuple[int, int]] = []
    for start, end in names:
        name = text[start:end]
        for _ in range(2):
            after = _NEXT_WORD.match(text, end)
            if after is None or not goes_on(name, after.group(1), listed):
                break
            out.append(after.span(1))
            end = after.end()
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if before is not None and goes_on(name, before.group(1), firsts):
            out.append(before.span(1))
    return out


def _one_word(name: str) -> bool:
    """A name of one capitalised word ("Alderano")."""
    return " " not in name and name[:1].isupper() and name[1:].islower()


def _famous_surname(word: str) -> bool:
    """A capitalised word of four letters or more that no English list knows, no name list
    holds and no stop word, common term, town or organisation's word is ("Bompiani", "Sforza":
    frequent in Italian text as famous names; not "Roma", "Studio", "Python")."""
    from guardrail.filtering.lexicon import name_lists
    from guardrail.filtering.towns import towns
    from guardrail.filtering.vocabulary import is_english_word, names_an_organisation

    folded = word.casefold()
    if len(word) < 4 or not (word[:1].isupper() and _second_surname_word(word)) or folded in name_lists():
        return False
    return not (is_english_word(word) or folded in towns() or names_an_organisation(word))


def _same_case(name: str, word: str) -> bool:
    """Whether `word` is written in the case of `name`: capitals, capitalised or lower case."""
    if len(name) > 1 and name.isupper():
        return len(word) > 1 and word.isupper()
    if name[:1].isupper():
        return word[:1].isupper() and not (len(word) > 1 and word.isupper())
    return word.islower()

"""Whether a word is an ordinary English word (WordNet's index as spaCy's English model ships
it), or a common word of any of the nine languages the filter reads (`is_common_word`).

The learned recogniser (`learned.py`) drops a name made only of such words ("Street
Fighter", "Spring Boot") unless the name lists know it. The index holds base forms; the
lemmatizer's suffix rules map inflections back ("bundled" -> "bundle", "meets" -> "meet").
Without the model's tables the set is empty, so nothing is dropped (fail closed). The index
is in lower case, so it holds proper nouns as ordinary words ("kelly", "palermo");
`english_proper_nouns` lists the words WordNet writes only capitalised.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def _lookups():
    """The English spaCy model's lemmatizer lookups (WordNet's index and suffix rules), or None without them."""
    import spacy
    from spacy.lookups import Lookups

    from guardrail.filtering.lexicon import DEFAULT_SPACY_MODEL

    try:
        root = Path(spacy.util.get_package_path(DEFAULT_SPACY_MODEL))
    except (ImportError, OSError, ValueError):
        return None
    folders = sorted(root.glob("*/lemmatizer/lookups"))
    return Lookups().from_disk(folders[0]) if folders else None


@lru_cache(maxsize=1)
def _nouns_only() -> frozenset[str]:
    """WordNet's base forms that are nouns and nothing else ("namur", "derby", "person"; not
    "english", "progress" or "home"): where a town is one, it is often named as a town."""
    from spacy.strings import hash_string

    lookups = _lookups()
    if lookups is None:
        return frozenset()
    table = lookups.get_table("lemma_index")  # keyed by the part of speech's hash
    noun = hash_string("noun")
    others = frozenset(w for key in table.keys() if key != noun for w in table[key])
    return frozenset(w for w in table[noun] if w not in others) if noun in table else frozenset()


def is_english_noun_only(word: str) -> bool:
    """Whether `word` (any case) is in WordNet's index as a noun only ("Namur", "Derby")."""
    return word.casefold() in _nouns_only()


@lru_cache(maxsize=1)
def _index() -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
    """(WordNet base forms, lemmatizer suffix rules) from the English spaCy model."""
    lookups = _lookups()
    if lookups is None:
        return frozenset(), ()
    words = frozenset(w for table in lookups.get_table("lemma_index").values() for w in table)
    rules = tuple({(old, new) for table in lookups.get_table("lemma_rules").values() for old, new in table if old})
    return words, rules


def is_english_word(word: str) -> bool:
    """Whether `word` (any case) or a base form of it is in WordNet's index."""
    words, rules = _index()
    folded = word.casefold()
    if folded in words:
        return True
    return any(folded.endswith(old) and folded[: -len(old)] + new in words for old, new in rules)


def is_english_base_word(word: str) -> bool:
    """Whether `word` (any case) is itself in WordNet's index ("price"; not "dieter", which only
    the suffix rules make English)."""
    return word.casefold() in _index()[0]


@lru_cache(maxsize=1)
def english_proper_nouns() -> frozenset[str]:
    """English words that WordNet writes only capitalised, as proper nouns ("kelly", "palermo";
    `data/english_proper_nouns.txt.gz`, built by `python -m guardrail.training.proper_nouns`).
    Empty without the file: every English word is then as ordinary as WordNet's index says."""
    return _shipped_words("english_proper_nouns.txt.gz")


def english_only_as_a_proper_noun(word: str) -> bool:
    """An English word only as a proper noun, which a name list or the town list knows:
    "Kelly", "Armstrong", "Palermo", "Monterrey"; not "Baker" or "Rose" (common nouns too), nor
    "Monday" (no listed name or town). The English-word rules of `plausible` take such a word
    for a value, whichever of a name or a place the model calls it."""
    from guardrail.filtering.lexicon import name_lists
    from guardrail.filtering.towns import towns

    folded = word.casefold()
    return folded in english_proper_nouns() and (folded in name_lists() or folded in towns())


def is_ordinary_english_word(word: str) -> bool:
    """An English word by WordNet's index itself that is not English only as a proper noun:
    "mark", "grace", "rose"; not "paul", "helena" or "kowalski"."""
    return is_english_base_word(word) and not english_only_as_a_proper_noun(word)


def unlisted_english_word(word: str) -> bool:
    """An English word that no name list knows ("Item", "Claimant"; not "Baker", "Rich")."""
    from guardrail.filtering.lexicon import name_lists

    return is_english_word(word) and word.casefold() not in name_lists()


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The common words of the nine languages (`data/common_words.txt.gz`, built by
    `python -m guardrail.training.lexicon`); empty without the file, so that every word is
    then unknown and a lower-case name is kept rather than released (fail closed)."""
    return _shipped_words("common_words.txt.gz")


def _shipped_words(name: str) -> frozenset[str]:
    """The words of the gzip-compressed list `data/<name>`, one per line; empty without the file."""
    import gzip

    path = Path(__file__).with_name("data") / name
    if not path.is_file():
        return frozenset()
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return frozenset(lines.read().split())


def is_common_word(word: str) -> bool:
    """Whether `word` (normalised, any case) is a frequent word of en, de, fr, es, it, nl, pt,
    pl or tr that no name list knows ("chambre", "toplantı"; not "naziye", nor "rose")."""
    return word.lower() in common_words()


@lru_cache(maxsize=1)
def common_names() -> frozenset[str]:
    """The listed names that are also frequent words of the nine languages' text, as words or
    as names ("rose", "paz", "aaron"; `data/common_names.txt`, built with the common words).
    Empty without the file, so that every listed name then counts as distinctive (fail closed)."""
    return _data_words("common_names.txt", frozenset())


@lru_cache(maxsize=1)
def popular_first_names() -> frozenset[str]:
    """First names a country gives most often, each to one sex (`data/popular_first_names.txt`,
    built by `python -m guardrail.training.gazetteer --popular-only`): "piotr", "sandra"; not
    "bitte" or "corona", which a name list holds as well. Every listed first name without the
    file, so that a missing file finds more, never less (fail closed)."""
    from guardrail.filtering.lexicon import first_names

    return _data_words("popular_first_names.txt", first_names())


def _data_words(name: str, missing: frozenset[str]) -> frozenset[str]:
    """The words of `data/<name>`, one per line, or `missing` where the file is not."""
    path = Path(__file__).with_name("data") / name
    return frozenset(path.read_text(encoding="utf-8").split()) if path.is_file() else missing


def is_distinctive_name(word: str) -> bool:
    """A listed name (normalised, any case) that is neither an English word nor frequent in the
    nine languages' text: "Tuncer", "Florinda"; not "Rose", "Paz" or "Aaron"."""
    from guardrail.filtering.gazetteer import ENGLISH_WORDS
    from guardrail.filtering.lexicon import name_lists

    folded = word.lower()
    return folded in name_lists() and folded not in ENGLISH_WORDS and folded not in common_names()


# Words that make a capitalised phrase an organisation's or a work's name, not a person's or
# a place's: "Northwind Studios", "Orquesta Sinfónica", "Atelier Lumière", "Oda Orkestrası".
_ORGANISATION_WORDS = frozenset(
    "studio studios estudio estudios atelier orchestra orchestre orquesta orquestra orkiestra orkestra orkestrasi orchester orkest"
    " academy akademie academie academia akademia akademisi productions produzioni producciones producoes produktion"
    " ensemble choir chor coro choeur chorus theater theatre teatro teatr tiyatrosu gallery galerie galleria galeria"
    " museum museo musee muzeum muzesi band quartet quartett quatuor cuarteto quartetto kwartet trio collective"
    " kollektiv collectif colectivo collettivo kolektyw verlag editions edizioni ediciones editora wydawnictwo"
    " yayinlari stiftung foundation fondation fundacion fondazione fundacao fundacja vakfi films filmes filmowe"
    " atolyesi filmhuis filmstudio"
    # public bodies and a body's organs: "Biblioteca Municipal", "Asamblea General", "Milli Eğitim Bakanlığı"
    " ministry ministerio ministere ministero ministerie ministerio ministerstwo bakanligi bakanlik library biblioteca"
    " bibliotheque bibliothek bibliotheek biblioteka kutuphanesi kutuphane assembly asamblea assemblee assemblea"
    " vergadering zgromadzenie committee comite comision commissione commissie komisja kommission council consejo"
    " conseil consiglio raad rada kurulu agency agencia agence agenzia agencja agentur directorate direccion direction"
    " direzione direcao directie dyrekcja mudurlugu baskanligi idaresi kurumu belediyesi fundusz fundo fondo"
    " servicio servizio servico ouderraad gemeenteraad medezeggenschapsraad".split()
)
# The same words closing a German or Dutch compound: "Filmakademie", "Kamerorkest".
_ORGANISATION_ENDINGS = ("akademie", "studio", "orchester", "orkest", "verlag", "stiftung", "theater", "museum",
                         "galerie", "ensemble", "kollektiv", "agentur", "verwaltung", "ministerium", "bibliothek",
                         "bibliotheek", "kommission")


def names_an_organisation(value: str) -> bool:
    """Whether a capitalised phrase holds a word that names an organisation or a work
    (`_ORGANISATION_WORDS`), or a compound ending in one: "Studio Nord", "Filmakademie"."""
    words = [w.casefold().replace("ı", "i") for w in value.replace("-", " ").split()]
    return any(w.strip(".,;:") in _ORGANISATION_WORDS
               or any(w.endswith(e) and len(w) > len(e) + 2 for e in _ORGANISATION_ENDINGS) for w in words)


def is_compound_of_common_words(word: str) -> bool:
    """A word no name list knows made of two common words of the nine languages, with
    German's linking s allowed: "Spielbericht", "Wedstrijdverslag", "Arbeitsvertrag"."""
    from guardrail.filtering.lexicon import name_lists

    folded = word.lower()
    if len(folded) < 8 or folded in name_lists():
        return False
    words = common_words()
    for i in range(4, len(folded) - 3):
        head, tail = folded[:i], folded[i:]
        if tail in words and (head in words or (head.endswith("s") and head[:-1] in words)):
            return True
    return False

"""Build the list of English words that WordNet knows only as proper nouns
(`guardrail/filtering/data/english_proper_nouns.txt.gz`).

    python -m guardrail.training.proper_nouns --wordnet /usr/share/wordnet --out guardrail/filtering/data

WordNet 3.0 (Princeton University; the WordNet 3.0 licence, `data/WORDNET_LICENSE.txt`) writes a
proper noun's lemma capitalised ("Kelly", "Palermo", "Armstrong") and a common word's in lower
case ("baker", "rose"). The English spaCy model ships WordNet's index in lower case only, so the
filter's English-word test (`vocabulary.is_english_word`) counts "Kelly" as a word as ordinary
as "baker". This list holds the one-word lemmas of the four data files (`data.noun`,
`data.verb`, `data.adj`, `data.adv`: the `wordnet-base` package of Debian and Ubuntu, or
WordNet 3.0's own download) that are written capitalised in every synset they occur in, letters
only, lower case.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from guardrail.training.gazetteer import write_gzipped

FILE = "english_proper_nouns.txt.gz"
PARTS_OF_SPEECH = ("noun", "verb", "adj", "adv")


def build(wordnet: Path) -> frozenset[str]:
    """The lower-case one-word lemmas that WordNet's data files write capitalised only."""
    forms: dict[str, set[bool]] = defaultdict(set)  # lemma -> whether each of its occurrences is capitalised
    for pos in PARTS_OF_SPEECH:
        for lemma in _lemmas(wordnet / f"data.{pos}"):
            if lemma.isalpha():
                forms[lemma.lower()].add(lemma[0].isupper())
    return frozenset(word for word, capitalised in forms.items() if capitalised == {True})


def _lemmas(path: Path):
    """The lemmas of a WordNet data file: each synset line is `offset lex_filenum ss_type
    w_cnt (word lex_id){w_cnt} ...`, with w_cnt in hexadecimal; an adjective may carry a
    syntactic marker ("galore(ip)"). Lines that open with blanks are the licence."""
    with path.open(encoding="latin-1") as lines:
        for line in lines:
            if line.startswith(" "):
                continue
            fields = line.split()
            for i in range(int(fields[3], 16)):
                yield fields[4 + 2 * i].split("(")[0]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wordnet", type=Path, required=True, help="folder of WordNet 3.0's data.noun, data.verb, data.adj, data.adv")
    parser.add_argument("--out", type=Path, required=True, help=f"folder for {FILE}")
    args = parser.parse_args(argv)
    words = build(args.wordnet)
    print(f"{write_gzipped(args.out / FILE, sorted(words))}: {len(words)} words")


if __name__ == "__main__":
    main()

"""Build the filter's lists of common words of its nine languages (`guardrail/filtering/data/common_words.txt.gz`,
`guardrail/filtering/data/common_names.txt`).

    pip install wordfreq==3.1.1   # only to rebuild the list; the filter reads the shipped file
    python -m guardrail.training.lexicon --out guardrail/filtering/data

wordfreq 3.1.1 (Apache 2.0 code, CC BY-SA 4.0 data; R. Speer, 2022): every word of en, de,
fr, es, it, nl, pt, pl and tr with a Zipf frequency of at least `MIN_ZIPF` (once in a
million words or more often), of letters only, normalised as the filter normalises text
(accents stripped, lower case), at least three letters long, less every word the name lists
know (`first_names.txt`, `surnames.txt`). The learned recogniser uses it to tell a word of
another language typed in lower case ("chambre", "toplantı") from a name ("naziye gemici"),
which the English word lists cannot. The listed names that are such words ("rose", "paz",
"mariposa") go to `common_names.txt`: the name rules take a listed name alone only when it is
not one of them (`people.py`).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from guardrail.filtering.lexicon import STOP_WORD_LANGUAGES
from guardrail.training.gazetteer import _normal, write_gzipped

MIN_ZIPF = 3.0
FILE = "common_words.txt.gz"
NAMES_FILE = "common_names.txt"


def build(min_zipf: float = MIN_ZIPF) -> frozenset[str]:
    """The normalised common words of the nine languages that are no listed name."""
    return _split(_frequent(min_zipf))[0]


def build_names(min_zipf: float = MIN_ZIPF) -> frozenset[str]:
    """The listed names that are also common words of the nine languages."""
    return _split(_frequent(min_zipf))[1]


def _split(frequent: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """(the words that are no listed name, the listed names among them)."""
    from guardrail.filtering.lexicon import name_lists

    names = name_lists()
    return frequent - names, frequent & names


def _frequent(min_zipf: float) -> frozenset[str]:
    """Every normalised word of the nine languages at `min_zipf` or above."""
    import wordfreq

    words: set[str] = set()
    for lang in STOP_WORD_LANGUAGES:
        for word in wordfreq.iter_wordlist(lang, wordlist="best"):
            if wordfreq.zipf_frequency(word, lang, wordlist="best") < min_zipf:
                break  # the list runs from the most frequent word down
            normal = _normal(word)
            if normal is not None and word.isalpha():
                words.add(normal)
    return frozenset(words)


def write(words: frozenset[str], out: Path) -> Path:
    """One sorted word per line, gzip-compressed (`gazetteer.write_gzipped`: a rebuild is byte-identical)."""
    return write_gzipped(out / FILE, sorted(words))


def write_names(names: frozenset[str], out: Path) -> Path:
    """One sorted name per line."""
    out.mkdir(parents=True, exist_ok=True)
    path = out / NAMES_FILE
    path.write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for common_words.txt.gz and common_names.txt")
    parser.add_argument("--min-zipf", type=float, default=MIN_ZIPF)
    args = parser.parse_args(argv)
    words, names = _split(_frequent(args.min_zipf))  # wordfreq's lists are read once for both files
    print(f"{write(words, args.out)}: {len(words)} words; {write_names(names, args.out)}: {len(names)} names")


if __name__ == "__main__":
    main()

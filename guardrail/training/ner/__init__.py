"""Synthetic data and training for the output filter's learned name-and-place recogniser.

`sources` extracts the name and place lists, `carriers` (texts in `data/`) and `compose`
hold the carrier texts, `places` composes street and postcode lines, `generate` fills
carriers with seeds, and `build` trains the spaCy pipeline (`guardrail train-ner`).
"""

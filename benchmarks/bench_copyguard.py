"""CPU cost of the copy guard per decoding step, on the default model's tokenizer.

    python benchmarks/bench_copyguard.py [--repeats 3] [--candidates 16] [--json out.json]

Feeds an answer that keeps approaching the protected values ("Dan", "(415) 555", "4539",
"7483") one token at a time, asking the guard about the true next token plus random
candidates each step, and prints CPU microseconds per step (process time, so a loaded
machine's waiting does not count).
"""

from __future__ import annotations

import random
import time

from harness import arguments, write_json

VALUES = ["Danielle Olson", "danielle.olson12@gmail.com", "+1 415 555 0198", "4539 1488 0343 6467",
          "7483 Padilla Street", "GB82WEST12345698765432", "386-45-1234"]
ANSWER = "Sure! The customer's name is Dan and the phone number is (415) 555 and the card is 4539 and the street is 7483. "


def main() -> None:
    parser = arguments(__doc__)
    parser.add_argument("--repeats", type=int, default=3, help="copies of the answer text (default 3)")
    parser.add_argument("--candidates", type=int, default=16, help="candidates asked per step (default 16)")
    args = parser.parse_args()

    from guardrail.steering.copyguard import CopyGuard, TokenTexts
    from guardrail.steering.models import load_model

    tokenizer = load_model(None).tokenizer
    texts = TokenTexts(tokenizer)
    ids = tokenizer.encode(ANSWER * args.repeats)
    rng = random.Random(0)
    candidates = [[ids[i]] + [rng.randrange(len(tokenizer)) for _ in range(args.candidates - 1)] for i in range(len(ids))]
    for row in candidates:  # decoded once per tokenizer in real use: keep it out of the timing
        for token in row:
            texts(token)
    prefixes = [tokenizer.decode(ids[:i]) for i in range(len(ids))]
    guard = CopyGuard(VALUES, texts, 4)
    began = time.process_time()
    banned = sum(bool(guard.banned(prefix, row)) for prefix, row in zip(prefixes, candidates))
    spent = time.process_time() - began
    print(f"{len(ids)} steps, {len(VALUES)} values, {args.candidates} candidates: "
          f"{1e6 * spent / len(ids):.0f} us/step CPU; {banned} steps banned something")
    write_json(args.json, {"steps": len(ids), "values": len(VALUES), "candidates": args.candidates,
                           "cpu_us_per_step": 1e6 * spent / len(ids), "steps_banning": banned})


if __name__ == "__main__":
    main()

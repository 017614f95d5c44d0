#!/usr/bin/env python3
"""NLTK side of bench/compare.sh: fit nltk.lm models and score a test file, printing one JSON line per
(order, method) with the fit and score times, medians of REPEATS runs (default 3). Scoring stops after
BUDGET seconds (NLTK's Kneser-Ney is very slow); the line then says how many sentences were scored and
the extrapolated time for all, from one run."""
import json
import math
import statistics
import sys
import time

from nltk.lm import KneserNeyInterpolated, Laplace, WittenBellInterpolated
from nltk.lm.preprocessing import pad_both_ends, padded_everygram_pipeline
from nltk.util import ngrams

MODELS = {"laplace": Laplace, "witten-bell": WittenBellInterpolated, "kneser-ney": KneserNeyInterpolated}


def read(path):
    with open(path, encoding="utf-8") as f:
        return [line.split() for line in f if line.split()]


def score(model, order, test, budget):
    """Scores the test sentences until done or past the budget; returns seconds, sentences, tokens, log2 sum."""
    t1 = time.perf_counter()
    log2_sum, tokens, scored = 0.0, 0, 0
    for sentence in test:
        words = [w if w in model.vocab else model.vocab.unk_label for w in sentence]
        for gram in ngrams(pad_both_ends(words, n=order), order):
            if order > 1 and gram[-2] == "</s>":
                break  # predict each </s> once (words + </s>, like LM Lens and KenLM)
            p = model.score(gram[-1], gram[:-1])
            log2_sum += math.log2(p) if p > 0 else float("-inf")
            tokens += 1
        scored += 1
        if time.perf_counter() - t1 > budget:
            break
    return time.perf_counter() - t1, scored, tokens, log2_sum


def main():
    train_path, test_path, orders, methods, budget = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], float(sys.argv[5])
    # Each model is fitted (and, when scoring fits the budget, scored) this many times; the medians are
    # reported, as LM Lens's side reports the median of its warm runs: one run of either side drifts by
    # up to 30 % on a shared machine.
    repeats = int(sys.argv[6]) if len(sys.argv) > 6 else 3
    train, test = read(train_path), read(test_path)
    all_tokens = sum(len(s) + 1 for s in test)
    for order in [int(o) for o in orders.split(",")]:
        for name in methods.split(","):
            fits, scores = [], []
            for _ in range(repeats):
                t0 = time.perf_counter()
                grams, vocab = padded_everygram_pipeline(order, train)
                model = MODELS[name](order)
                model.fit(grams, vocab)
                fits.append(time.perf_counter() - t0)
                seconds, scored, tokens, log2_sum = score(model, order, test, budget)
                scores.append(seconds / tokens * all_tokens)
                if scored < len(test):
                    break  # scoring alone took the budget: one extrapolated run
            print(json.dumps({"order": order, "method": name, "fit_s": statistics.median(fits),
                              "score_s": seconds, "runs": len(fits), "sentences_scored": scored,
                              "sentences": len(test), "tokens_scored": tokens,
                              "score_all_s": statistics.median(scores),
                              "perplexity": 2 ** (-log2_sum / tokens) if tokens else None}), flush=True)


if __name__ == "__main__":
    main()

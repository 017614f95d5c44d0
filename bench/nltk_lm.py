#!/usr/bin/env python3
"""NLTK side of bench/compare.sh: fit nltk.lm models and score a test file, printing one JSON line per
(order, method) with the fit and score times. Scoring stops after BUDGET seconds (NLTK's Kneser-Ney is
very slow); the line then says how many sentences were scored and the extrapolated time for all."""
import json
import math
import sys
import time

from nltk.lm import KneserNeyInterpolated, Laplace, WittenBellInterpolated
from nltk.lm.preprocessing import pad_both_ends, padded_everygram_pipeline
from nltk.util import ngrams

MODELS = {"laplace": Laplace, "witten-bell": WittenBellInterpolated, "kneser-ney": KneserNeyInterpolated}


def read(path):
    with open(path, encoding="utf-8") as f:
        return [line.split() for line in f if line.split()]


def main():
    train_path, test_path, orders, methods, budget = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], float(sys.argv[5])
    train, test = read(train_path), read(test_path)
    for order in [int(o) for o in orders.split(",")]:
        for name in methods.split(","):
            t0 = time.perf_counter()
            grams, vocab = padded_everygram_pipeline(order, train)
            model = MODELS[name](order)
            model.fit(grams, vocab)
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
            t2 = time.perf_counter()
            per_token = (t2 - t1) / tokens
            all_tokens = sum(len(s) + 1 for s in test)
            print(json.dumps({"order": order, "method": name, "fit_s": t1 - t0, "score_s": t2 - t1,
                              "sentences_scored": scored, "sentences": len(test), "tokens_scored": tokens,
                              "score_all_s": per_token * all_tokens,
                              "perplexity": 2 ** (-log2_sum / tokens) if tokens else None}), flush=True)


if __name__ == "__main__":
    main()

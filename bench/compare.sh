#!/usr/bin/env bash
# LM Lens CLI vs NLTK's nltk.lm on identical work: a 5,000-sentence slice of Brown train, the first 500
# sentences of Brown test, orders 2 and 3, Laplace / Witten-Bell / Kneser-Ney (NLTK: Laplace,
# WittenBellInterpolated, KneserNeyInterpolated). Prints each pair's times and the ratio NLTK / LM Lens.
#
#   bash bench/compare.sh            # from the repository root; corpora in ../shared/corpora
#   NLTK_BUDGET=120 bash bench/compare.sh
#   NLTK_REPEATS=5 bash bench/compare.sh   # NLTK runs per model, medians reported (default 3)
#   LENS_REPEATS=5 bash bench/compare.sh   # LM Lens warm JVMs per model, median reported (default 3)
#
# LM Lens times are in-process, as NLTK's are (from --json, and warm: WarmEval); the JVM's start is
# left out, as Python's start and imports are. NLTK's scoring stops after NLTK_BUDGET seconds per model (default 60; its Kneser-Ney
# takes far longer for 500 sentences): then the score time for all 500 is extrapolated from the tokens
# scored and marked with '~'. A method LM Lens does not know yet is skipped with a message.
set -euo pipefail
cd "$(dirname "$0")/.."
CORPORA=${LMLENS_CORPORA:-../shared/corpora}
BUDGET=${NLTK_BUDGET:-60}
NLTK_REPEATS=${NLTK_REPEATS:-3}   # NLTK fits (and scores, within the budget) each model this many times: medians
ORDERS="2 3"
METHODS="laplace witten-bell kneser-ney"
# Debian's python3-nltk lives in the system interpreter, which a pyenv or venv python3 may shadow.
PY=${PYTHON:-python3}
[ -x /usr/bin/python3 ] && [ -z "${PYTHON:-}" ] && PY=/usr/bin/python3

if ! $PY -c 'import nltk.lm' 2>/dev/null; then
    echo "Installing NLTK (Debian package python3-nltk)…"
    if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq python3-nltk >/dev/null
    else sudo apt-get update -qq && sudo apt-get install -y -qq python3-nltk >/dev/null; fi
fi
if [ ! -f target/lm-lens.jar ] || [ ! -f target/benchmarks.jar ]; then
    mvn -q -B -Pbench -DskipTests package
fi
WARM_RUNS=${WARM_RUNS:-30}
# LM Lens's warm time of each model is measured in this many JVMs and the median kept, as NLTK's side keeps
# the median of NLTK_REPEATS runs: one JVM's median of the same command moved between 5.0 and 8.8 ms
# within 15 minutes on the shared 2-core machine this was written on.
LENS_REPEATS=${LENS_REPEATS:-3}

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
head -n 5000 "$CORPORA/brown/train.txt" > "$WORK/train.txt"
head -n 500 "$CORPORA/brown/test.txt" > "$WORK/test.txt"
echo "Data: $(wc -l < "$WORK/train.txt") training sentences ($(wc -w < "$WORK/train.txt") words)," \
     "$(wc -l < "$WORK/test.txt") test sentences ($(wc -w < "$WORK/test.txt") words)"
echo "Machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'); $(java -version 2>&1 | head -1);" \
     "python $($PY -c 'import sys; print(sys.version.split()[0])'), nltk $($PY -c 'import nltk; print(nltk.__version__)')"
echo

# NLTK first, all models in one process (one JSON line each).
$PY bench/nltk_lm.py "$WORK/train.txt" "$WORK/test.txt" "${ORDERS// /,}" "${METHODS// /,}" "$BUDGET" \
    "$NLTK_REPEATS" > "$WORK/nltk.jsonl"

printf '%-6s %-12s %14s %12s %11s %13s %12s %11s %10s %18s\n' order method "lens in-proc s" \
    "lens warm s" "nltk fit s" "nltk score s" "ratio in-proc" "ratio warm" "lens ppl" "nltk ppl"
for order in $ORDERS; do
    for method in $METHODS; do
        # fit_s, score time for all test sentences (extrapolated when cut by the budget), mark, perplexity
        read -r nltk_fit nltk_score nltk_mark nltk_ppl <<< "$(python3 - "$WORK/nltk.jsonl" "$order" "$method" <<'PY'
import json, sys
for line in open(sys.argv[1]):
    r = json.loads(line)
    if r["order"] == int(sys.argv[2]) and r["method"] == sys.argv[3]:
        partial = r["sentences_scored"] < r["sentences"]
        ppl = "%.2f" % r["perplexity"] + ("(%dsent)" % r["sentences_scored"] if partial else "")
        print(r["fit_s"], r["score_all_s"], "~" if partial else "=", ppl)
PY
)"
        if ! java -jar target/lm-lens.jar eval --train "$WORK/train.txt" --test "$WORK/test.txt" \
                --tokenizer whitespace --order "$order" --smoothing "$method" --json > "$WORK/lens.json" 2> "$WORK/lens.err"; then
            if grep -q "Unknown smoothing method" "$WORK/lens.err"; then
                printf '%-6s %-12s skipped: LM Lens has no method "%s" yet; NLTK alone: fit %.2f s, score %.2f%s s, ppl %s\n' \
                    "$order" "$method" "$method" "$nltk_fit" "$nltk_score" "${nltk_mark/=/}" "$nltk_ppl"
                continue
            fi
            cat "$WORK/lens.err" >&2
            exit 1
        fi
        # the same command again, run WARM_RUNS times in one JVM after at least 300 warm-up runs and 10 s
        # (WarmEval: fastest and median), in LENS_REPEATS JVMs: the median of their medians
        warm_medians=()
        for _ in $(seq "$LENS_REPEATS"); do
            read -r warm_min warm_median <<< "$(java -cp target/benchmarks.jar org.lmlens.bench.WarmEval "$WARM_RUNS" eval \
                --train "$WORK/train.txt" --test "$WORK/test.txt" --tokenizer whitespace --order "$order" \
                --smoothing "$method" --json)"
            warm_medians+=("$warm_median")
        done
        warm_median=$(printf '%s\n' "${warm_medians[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
        python3 - "$WORK/lens.json" "$order" "$method" "$nltk_fit" "$nltk_score" "$nltk_mark" "$nltk_ppl" "$warm_median" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
s = r["seconds"]
inproc = s["train"] + s["estimate"] + s["read_test"] + s["score"]
fit, score, ppl = float(sys.argv[4]), float(sys.argv[5]), sys.argv[7]
mark = "~" if sys.argv[6] == "~" else ""
nltk_total = fit + score
warm = float(sys.argv[8])
print("%-6s %-12s %14.3f %12.4f %11.2f %12.2f%1s %11.1fx%1s %10.0fx%1s %10.2f %18s" % (sys.argv[2], sys.argv[3],
      inproc, warm, fit, score, mark, nltk_total / inproc, mark, nltk_total / warm, mark, r["perplexity"], ppl))
PY
    done
done
echo
echo "ratio in-proc = NLTK (fit + score) / LM Lens's in-process time (read, count, estimate, read test, score) of that cold run; ratio warm = the same"
echo "over the median of ${WARM_RUNS} runs of the whole eval command in a warm JVM (at least 300 runs and 10 s of"
echo "warm-up), the median of ${LENS_REPEATS} such JVMs (the issue's 'warm, in-process'"
echo "targets; NLTK's times are in-process too, without Python's start or imports, medians of ${NLTK_REPEATS} fits"
echo "and scorings of each model); '~' = NLTK's score time"
echo "extrapolated from the sentences it scored within ${BUDGET} s. Perplexities differ slightly by design:"
echo "NLTK's vocabulary includes <s> and pads with N-1 <s>; LM Lens predicts no <s> (KenLM's convention)."

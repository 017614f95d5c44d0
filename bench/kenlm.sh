#!/usr/bin/env bash
# LM Lens's whole `eval` against KenLM's `lmplz` + `query` on the same work, in the same run: CPU time
# (user + system, all threads) and wall time of each process, medians of RUNS runs, runs alternated.
# LM Lens runs twice: as `java -jar target/lm-lens.jar` and through bin/lm-lens (class-data archive, quick
# compiler only).
#
#   bash bench/kenlm.sh                     # from the repository root; corpora in ../shared/corpora
#   RUNS=7 bash bench/kenlm.sh
#   KENLM=/path/to/kenlm/bin bash bench/kenlm.sh
#
# Work: Brown train → Brown test at order 5 (modified Kneser-Ney, KenLM's only method), and a text of about
# 10M tokens (the shared corpora concatenated, see below) → Brown test at orders 3 and 5. Both sides split on white space (`--tokenizer whitespace`). KenLM's `query` reads the ARPA file
# `lmplz` wrote (no `build_binary`, which would be a third process); `lmplz -S 1G -T /tmp` as in KenLM's
# README. The perplexities of both sides are printed, so a difference in the work shows.
set -euo pipefail
cd "$(dirname "$0")/.."
CORPORA=${LMLENS_CORPORA:-../shared/corpora}
KENLM=${KENLM:-../shared/tools/kenlm}
RUNS=${RUNS:-5}
JAR=${JAR:-target/lm-lens.jar}
[ -f "$JAR" ] || mvn -q -B -DskipTests package
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)"; exit 1; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
BIG=target/kenlm/ten-million.txt
if [ ! -f "$BIG" ]; then
    # Every distinct shared text once (Brown train and test, KJV, 全唐诗 with a space between characters, so
    # that both sides see the same tokens), then the same lines with their words in reverse order: about
    # 10M tokens with the count-of-counts of natural text (repeating a text would leave no n-gram seen
    # once or twice, and KenLM refuses such discounts).
    mkdir -p target/kenlm
    python3 - "$CORPORA" > "$BIG" <<'PY'
import sys
root = sys.argv[1]
lines = []
for name in ["brown/train.txt", "brown/test.txt", "kjv/kjv.txt", "tang/quantangshi.txt"]:
    with open(f"{root}/{name}", encoding="utf-8") as f:
        for line in f:
            words = line.split()
            if name.startswith("tang/"):
                words = [c for w in words for c in w]
            if words:
                lines.append(words)
for words in lines:
    print(" ".join(words))
for words in lines:
    print(" ".join(reversed(words)))
PY
fi
TEST=$CORPORA/brown/test.txt
echo "Machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'); $(java -version 2>&1 | head -1); load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "10M text: $(wc -w < "$BIG") tokens, $(wc -l < "$BIG") lines"
echo

# cpu seconds, wall seconds and peak RSS (MB) of one command; its standard output goes to $WORK/out
measure() {
    /usr/bin/time -f '%U %S %e %M' -o "$WORK/t" "$@" > "$WORK/out" 2> "$WORK/err" || { cat "$WORK/err"; exit 1; }
    awk '{printf "%.3f %.3f %.0f\n", $1 + $2, $3, $4 / 1024}' "$WORK/t"
}
median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

compare() { # name train order
    local name=$1 train=$2 order=$3
    : > "$WORK/jar"; : > "$WORK/launcher"; : > "$WORK/ken"
    local args=(eval --train "$train" --test "$TEST" --tokenizer whitespace --order "$order" --smoothing modified-kneser-ney)
    for _ in $(seq "$RUNS"); do
        measure java -jar "$JAR" "${args[@]}" >> "$WORK/jar"
        measure env LMLENS_JAR="$PWD/$JAR" bin/lm-lens "${args[@]}" >> "$WORK/launcher"
        lens_ppl=$(sed -n 's/^perplexity  *\([0-9.]*\).*/\1/p' "$WORK/out")
        read -r c1 w1 m1 < <(measure "$KENLM/lmplz" -o "$order" -S 1G -T /tmp --text "$train" --arpa "$WORK/k.arpa")
        read -r c2 w2 m2 < <(measure "$KENLM/query" -v summary "$WORK/k.arpa" < "$TEST")
        ken_ppl=$(sed -n 's/^Perplexity including OOVs:[[:space:]]*//p' "$WORK/out")
        echo "$(echo "$c1 + $c2" | bc) $(echo "$w1 + $w2" | bc) $(( m1 > m2 ? m1 : m2 ))" >> "$WORK/ken"
    done
    local kc kw km
    kc=$(cut -d' ' -f1 "$WORK/ken" | median); kw=$(cut -d' ' -f2 "$WORK/ken" | median)
    km=$(cut -d' ' -f3 "$WORK/ken" | median)
    echo "$name (perplexity: LM Lens $lens_ppl, KenLM $ken_ppl)"
    printf '  %-26s cpu %6.2f s  wall %6.2f s  peak %5d MB\n' "KenLM lmplz + query" "$kc" "$kw" "$km"
    for side in jar launcher; do
        local lc lw lm label
        lc=$(cut -d' ' -f1 "$WORK/$side" | median); lw=$(cut -d' ' -f2 "$WORK/$side" | median)
        lm=$(cut -d' ' -f3 "$WORK/$side" | median)
        label=$([ $side = jar ] && echo "LM Lens java -jar" || echo "LM Lens bin/lm-lens")
        printf '  %-26s cpu %6.2f s  wall %6.2f s  peak %5d MB  cpu / KenLM %.2f\n' "$label" "$lc" "$lw" "$lm" \
            "$(echo "$lc / $kc" | bc -l)"
    done
}

[ -z "${ONLY_BIG:-}" ] && compare "Brown, order 5" "$CORPORA/brown/train.txt" 5
compare "10M tokens, order 3" "$BIG" 3
compare "10M tokens, order 5" "$BIG" 5

package org.lmlens.engine;

/**
 * The engine's tuning constants, in one place. None changes a result: each trades one cost against
 * another, and each says which. How they were chosen (and what they bought on the machine of the day) is
 * in BENCHMARKS.md, not here.
 */
public final class Tuning {
    /**
     * Long loops over corpus positions check for a cancel (and, while reading, for memory) every this
     * many positions (a power of two). Lower: a cancel takes effect sooner; higher: fewer checks in the
     * hottest loops.
     */
    public static final int CHECK_STRIDE = 1 << 16;

    /**
     * Reading checks for a cancel and reports its progress every this many lines (a power of two). Lower:
     * a smoother progress bar and a quicker cancel; higher: less time in reporting.
     */
    public static final int PROGRESS_LINES = 4096;

    /**
     * A training text from this many bytes on is tokenized on several threads ({@code ShardedReader}):
     * below it, starting threads and merging their vocabularies costs more than the second core saves.
     * Same result either way.
     */
    public static final long SHARDED_MIN_BYTES = 1 << 20;

    /**
     * A training file is read as bytes ({@code ByteWordReader}, which holds the whole file in memory) only
     * while the free heap is at least this many times its size; else it streams by characters. Lower:
     * the faster path for larger files in a small heap; higher: more room left for counting.
     */
    public static final long BYTE_PATH_HEADROOM = 16;

    /**
     * Lines per batch of the sharded reader. Larger: fewer merges (each merge looks up the batch's distinct
     * words once more); smaller: less memory waiting in batches, and the threads start sooner.
     */
    public static final int SHARD_LINES = 2048;

    /**
     * A test text of this many tokens or more is scored on two threads. Below it, handing chunks to a
     * second thread costs more than it saves. Same result to the bit either way.
     */
    public static final int PARALLEL_SCORING_MIN_TOKENS = 4096;

    /** Sentences per chunk of test-set scoring: smaller chunks split more evenly and check cancels more often. */
    public static final int SCORING_CHUNK_SENTENCES = 128;

    /**
     * Precomputed scoring terms ({@code ScoringTerms}, 16 bytes per stored n-gram) are built only while
     * they take less than this fraction of the free heap: above, scoring asks the estimator per token
     * (slower, no memory).
     */
    public static final double SCORING_TERMS_MAX_HEAP_FRACTION = 0.25;

    private Tuning() {
    }
}

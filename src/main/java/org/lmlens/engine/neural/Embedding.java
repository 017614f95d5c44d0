package org.lmlens.engine.neural;

/**
 * Looks up rows of an embedding table C (V × d) and lays each example's rows side by side: for n examples
 * of c ids each, the output is n × (c·d), row i = [C[ids[i·c]], …, C[ids[i·c + c − 1]]] (Bengio et al.
 * 2003, the "x = (C(w_{t-1}), …, C(w_{t-n+1}))" of eq. 1). The same as a one-hot row times C, without the
 * multiplication by zeros: with c = 1 and d = V, this is the softmax bigram's one-hot · W. Backward adds
 * each output slice into the row of C it came from (a word met twice gets both).
 */
public final class Embedding implements Op {
    private final Tensor table;
    private final int[] ids;
    private final int perExample;
    private final Tensor out;

    private Embedding(Tensor table, int[] ids, int perExample, Tensor out) {
        this.table = table;
        this.ids = ids;
        this.perExample = perExample;
        this.out = out;
    }

    /** {@code ids} holds {@code perExample} ids per example, examples one after the other. */
    public static Tensor apply(Tape tape, Tensor table, int[] ids, int perExample) {
        if (perExample < 1 || ids.length % perExample != 0) {
            throw new IllegalArgumentException(ids.length + " ids are not examples of " + perExample);
        }
        int d = table.cols;
        for (int id : ids) {
            if (id < 0 || id >= table.rows) {
                throw new IllegalArgumentException("id " + id + " outside " + table);
            }
        }
        Tensor out = new Tensor("embedding", ids.length / perExample, perExample * d);
        for (int t = 0; t < ids.length; t++) {
            System.arraycopy(table.data, ids[t] * d, out.data, t * d, d);
        }
        tape.record(new Embedding(table, ids.clone(), perExample, out));
        return out;
    }

    @Override
    public void backward() {
        float[] dOut = out.grad();
        float[] dTable = table.gradForRows(ids);
        int d = table.cols;
        for (int t = 0; t < ids.length; t++) {
            int row = ids[t] * d;
            int from = t * d;
            for (int j = 0; j < d; j++) {
                dTable[row + j] += dOut[from + j];
            }
        }
    }
}

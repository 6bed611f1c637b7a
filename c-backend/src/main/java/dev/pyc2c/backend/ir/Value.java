package dev.pyc2c.backend.ir;

import java.util.Objects;

/**
 * One value on the stack of a function in lowering form: pushed once (by its {@link #producer()}, or
 * present when its block starts), popped at most once (by its {@link #consumer()}; a value still on the
 * stack when its block ends is {@link #exported()} to the successors, which find it in the stack variable
 * of its depth).
 *
 * <p>A value is the counterpart of a named stack item of CPython's instruction definitions
 * ({@code inst(BINARY_SUBSCR, (container, sub -- res))}): {@code res} is the value the BINARY_SUBSCR
 * node produces. The passes decide its {@link Repr} and record what is known of it.
 */
public final class Value {
    private final int id;
    private final IrBlock block;
    private final Node producer;
    private final int depth;
    private final Origin origin;
    private final Value movedFrom;
    private Node consumer;
    private boolean exported;
    private Repr repr = Repr.OWNED;
    private Facts facts = Facts.NONE;

    Value(int id, IrBlock block, Node producer, int depth, Origin origin, Value movedFrom) {
        this.id = id;
        this.block = Objects.requireNonNull(block, "block");
        this.producer = producer;
        this.depth = depth;
        this.origin = Objects.requireNonNull(origin, "origin");
        this.movedFrom = movedFrom;
        if (depth < 0) {
            throw new IllegalArgumentException("negative depth " + depth);
        }
    }

    public int id() {
        return id;
    }

    public IrBlock block() {
        return block;
    }

    /** The node that pushed the value; null for a value on the stack when its block starts. */
    public Node producer() {
        return producer;
    }

    /** Whether the value was on the stack when its block started (it is in {@code s<depth>}, owned). */
    public boolean isEntry() {
        return producer == null;
    }

    /** The stack depth the value occupies (0 is the bottom). */
    public int depth() {
        return depth;
    }

    public Origin origin() {
        return origin;
    }

    /**
     * The value this one is, moved to another depth by a stack permutation (SWAP): the same object and
     * the same reference. Null for a value made by its producer.
     */
    public Value movedFrom() {
        return movedFrom;
    }

    /** The value this one is, following moves back to where it was made. */
    public Value root() {
        Value v = this;
        while (v.movedFrom != null) {
            v = v.movedFrom;
        }
        return v;
    }

    /** The node that pops the value; null if nothing in its block does. */
    public Node consumer() {
        return consumer;
    }

    void consumedBy(Node node) {
        if (consumer != null) {
            throw new IllegalStateException(this + " consumed twice");
        }
        consumer = node;
    }

    /** Whether the value is still on the stack when its block ends (its successors find it in {@code s<depth>}). */
    public boolean exported() {
        return exported;
    }

    void markExported() {
        exported = true;
    }

    public Repr repr() {
        return repr;
    }

    public void setRepr(Repr repr) {
        this.repr = Objects.requireNonNull(repr, "repr");
    }

    public Facts facts() {
        return facts;
    }

    public void setFacts(Facts facts) {
        this.facts = Objects.requireNonNull(facts, "facts");
    }

    @Override
    public String toString() {
        return "v" + id + "@" + depth + "(" + repr + ")";
    }
}

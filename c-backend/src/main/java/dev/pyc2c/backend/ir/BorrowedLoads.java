package dev.pyc2c.backend.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * Borrowed loads: a fast local or a constant pushed on the stack is read where it lives instead of being
 * counted (Py_INCREF when pushed, Py_DECREF when consumed), when that is exact: the value is consumed
 * in its own block (not left on the stack for a successor), and nothing between its load and its
 * consumption can rebind the local (an instruction of the frame storing into it, or, on versions whose
 * frame.f_locals writes through, any code a call may run). Constants live as long as the code object, cached small ints for ever.
 *
 * <p>A consumer that keeps the value (a store, a container, a return) takes its own reference; a
 * consumer that only reads it releases nothing. Exception paths release only what is owned.
 */
final class BorrowedLoads implements Pass {
    private final LocalEffects effects;

    BorrowedLoads(LocalEffects effects) {
        this.effects = effects;
    }

    @Override
    public String name() {
        return "borrowed loads";
    }

    @Override
    public void run(IrFunction f) {
        for (Value v : f.values()) {
            if (v.movedFrom() != null || v.isEntry()) {
                continue; // decided with the value it was moved from
            }
            Origin o = v.origin();
            if (!(o instanceof Origin.Local) && !(o instanceof Origin.Const) && !(o instanceof Origin.SmallInt)) {
                continue;
            }
            List<Value> chain = chain(v);
            Value last = chain.get(chain.size() - 1);
            if (last.consumer() == null || chain.stream().anyMatch(Value::exported)) {
                continue; // a successor reached by a jump finds every value it gets owned, in its stack variable
            }
            if (o instanceof Origin.Local l && !localStable(f, v, last.consumer(), l.index())) {
                continue;
            }
            for (Value c : chain) {
                c.setRepr(Repr.BORROWED);
            }
        }
    }

    /** The value and its moves, in order (a value moved by a SWAP is consumed by it and lives on as the move). */
    private static List<Value> chain(Value v) {
        List<Value> out = new ArrayList<>();
        out.add(v);
        Value cur = v;
        while (cur.consumer() != null) {
            Value next = null;
            for (Value o : cur.consumer().outputValues()) {
                if (o.movedFrom() == cur) {
                    next = o;
                }
            }
            if (next == null) {
                break;
            }
            out.add(next);
            cur = next;
        }
        return out;
    }

    /** Whether local {@code index} keeps its value from {@code v}'s load until {@code consumer} runs. */
    private boolean localStable(IrFunction f, Value v, Node consumer, int index) {
        List<Node> between = f.between(v.producer(), consumer);
        if (between == null) {
            return false;
        }
        for (Node n : between) {
            if (effects.writesLocal(n.instruction(), index) || effects.othersMayWriteLocals(n.instruction())) {
                return false;
            }
        }
        // The consumer may rebind the local only after it has read its inputs (STORE_FAST x of x), and on
        // versions where a call can write locals, the consumer's own call must not free the value first.
        return !effects.consumerMayFreeLocal(consumer.instruction());
    }
}

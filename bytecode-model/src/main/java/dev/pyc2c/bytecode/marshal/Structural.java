package dev.pyc2c.bytecode.marshal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Equality and hash codes of containers ({@code tuple}, {@code list}, {@code set}, {@code frozenset},
 * {@code dict}, {@code slice}), computed without recursion so that the 2000 levels of nesting marshal allows cannot
 * overflow the stack. Elements that are not containers compare by their own {@code equals}.
 */
final class Structural {
    private Structural() {
    }

    /** The children of a container, in order (a dict's keys and values interleaved), or null for a leaf. */
    private static List<PyObject> children(PyObject o) {
        if (o instanceof PyTuple t) {
            return t.items();
        } else if (o instanceof PyList l) {
            return l.items();
        } else if (o instanceof PySet s) {
            return s.items();
        } else if (o instanceof PyFrozenSet s) {
            return s.items();
        } else if (o instanceof PySlice s) {
            return List.of(s.start(), s.stop(), s.step());
        } else if (o instanceof PyDict d) {
            List<PyObject> out = new ArrayList<>(2 * d.entries().size());
            for (PyDict.Entry e : d.entries()) {
                out.add(e.key());
                out.add(e.value());
            }
            return out;
        }
        return null;
    }

    static boolean equals(PyObject a, Object other) {
        if (!(other instanceof PyObject b)) {
            return false;
        }
        Deque<PyObject[]> work = new ArrayDeque<>();
        work.push(new PyObject[] {a, b});
        while (!work.isEmpty()) {
            PyObject[] pair = work.pop();
            PyObject x = pair[0];
            PyObject y = pair[1];
            if (x == y) {
                continue;
            }
            if (x.getClass() != y.getClass()) {
                return false;
            }
            List<PyObject> cx = children(x);
            if (cx == null) {
                if (!x.equals(y)) {
                    return false;
                }
                continue;
            }
            List<PyObject> cy = children(y);
            if (cx.size() != cy.size()) {
                return false;
            }
            for (int i = cx.size() - 1; i >= 0; i--) {
                work.push(new PyObject[] {cx.get(i), cy.get(i)});
            }
        }
        return true;
    }

    static int hashCode(PyObject root) {
        // Post-order: a frame's hash is 31 * (hash so far) + child hash, seeded by its class.
        Deque<Object[]> work = new ArrayDeque<>(); // {object, children, next index, hash}
        work.push(new Object[] {root, children(root), 0, root.getClass().hashCode()});
        int result = 0;
        while (!work.isEmpty()) {
            Object[] top = work.peek();
            @SuppressWarnings("unchecked")
            List<PyObject> kids = (List<PyObject>) top[1];
            int next = (Integer) top[2];
            if (next == kids.size()) {
                work.pop();
                int h = (Integer) top[3];
                if (work.isEmpty()) {
                    result = h;
                } else {
                    Object[] parent = work.peek();
                    parent[3] = 31 * (Integer) parent[3] + h;
                }
                continue;
            }
            top[2] = next + 1;
            PyObject child = kids.get(next);
            List<PyObject> grand = children(child);
            if (grand == null) {
                top[3] = 31 * (Integer) top[3] + child.hashCode();
            } else {
                work.push(new Object[] {child, grand, 0, child.getClass().hashCode()});
            }
        }
        return result;
    }
}

package dev.pyc2c.bytecode.marshal;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * How an object graph was laid out in a marshal stream, beyond the objects' values: which objects
 * carried {@code FLAG_REF} (CPython sets it on objects referenced more than once when it wrote them,
 * which the values alone cannot tell) and where each {@code bytes} object's data was, so that errors
 * found later in a code object can name a byte offset of the file.
 *
 * <p>Objects are tracked by identity: a {@code TYPE_REF} is read as the very same Java object it
 * refers to, and {@link MarshalWriter} writes an object it has already written as a reference.
 */
public final class MarshalLayout {
    private static final MarshalLayout NONE = new MarshalLayout(Map.of(), Map.of());

    private final Map<PyObject, Boolean> shared;
    private final Map<PyBytes, Long> dataOffsets;

    MarshalLayout(Map<PyObject, Boolean> shared, Map<PyBytes, Long> dataOffsets) {
        this.shared = shared;
        this.dataOffsets = dataOffsets;
    }

    /** The layout of objects built in memory: nothing shared, no offsets. */
    public static MarshalLayout none() {
        return NONE;
    }

    /** True if {@code o} carried {@code FLAG_REF}, so later occurrences are written as references. */
    public boolean isShared(PyObject o) {
        return shared.containsKey(o);
    }

    /** The number of objects that carried {@code FLAG_REF}. */
    public int sharedCount() {
        return shared.size();
    }

    /** Where the contents of {@code bytes} began in the input it was read from. */
    public OptionalLong dataOffset(PyBytes bytes) {
        Long offset = dataOffsets.get(bytes);
        return offset == null ? OptionalLong.empty() : OptionalLong.of(offset);
    }

    /** Where the bytecode ({@code co_code}) of {@code code} began in the input it was read from. */
    public OptionalLong bytecodeOffset(PyCode code) {
        return dataOffset(code.code());
    }

    static Set<PyObject> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }
}

package dev.pyc2c.backend.lower;

import dev.pyc2c.backend.ir.StackShapes;
import dev.pyc2c.bytecode.PythonVersion;
import dev.pyc2c.bytecode.code.Instruction;
import dev.pyc2c.bytecode.opcode.ResolvedItem;
import dev.pyc2c.bytecode.opcode.StackSignature;
import dev.pyc2c.bytecode.opcode.StackSignatures;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The stack shapes of a version, from its generated stack-signature table ({@code stack-3.X.txt}). */
final class TableStackShapes implements StackShapes {
    private static final Map<PythonVersion, TableStackShapes> CACHE = new ConcurrentHashMap<>();

    private final StackSignatures signatures;

    private TableStackShapes(PythonVersion version) {
        this.signatures = StackSignatures.of(version);
    }

    static TableStackShapes of(PythonVersion version) {
        return CACHE.computeIfAbsent(version, TableStackShapes::new);
    }

    @Override
    public Shape shape(Instruction in) {
        StackSignature sig = signatures.signature(in.opcode()).orElseThrow(() -> new IllegalArgumentException(
                "no stack signature for " + in.opcode()));
        return new Shape(items(sig.inputs(in.oparg())), items(sig.outputs(in.oparg())));
    }

    @Override
    public int disSkew(Instruction in) {
        StackSignature sig = signatures.signature(in.opcode()).orElseThrow(() -> new IllegalArgumentException(
                "no stack signature for " + in.opcode()));
        return sig.disEffect().map(dis -> sig.netEffect(in.oparg()) - dis.evaluate(in.oparg())).orElse(0);
    }

    private static List<Item> items(List<ResolvedItem> items) {
        return items.stream().map(i -> new Item(i.name(), i.count(), i.array())).toList();
    }
}

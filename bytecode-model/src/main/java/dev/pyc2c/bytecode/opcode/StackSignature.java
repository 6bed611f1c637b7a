package dev.pyc2c.bytecode.opcode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The named stack inputs and outputs of one opcode of one CPython version, as its
 * {@code Python/bytecodes.c} declares them (see {@link StackSignatures} for where they come from),
 * e.g. {@code BINARY_SUBSCR container sub -- res} or {@code CALL method callable args[oparg] -- res}.
 *
 * <p>Both lists are bottom first: the last input is the top of the stack before the instruction, the
 * last output the top after it. An output with the name of an input (other than
 * {@value StackItem#UNUSED}) is that same value where the instruction leaves it, so {@code SWAP} and
 * {@code COPY} are renamings: {@code SWAP bottom unused[oparg-2] top -- top unused[oparg-2] bottom}.
 * The signature describes the path that does not jump; where jumping changes the stack differently,
 * {@link #jumpEffect()} says by how much and {@link #note()} may say more.
 *
 * @param name the opcode's name (also for an opcode the {@link Opcode} enum does not have)
 * @param inputs the items taken from the stack, bottom first
 * @param outputs the items left on the stack, bottom first
 * @param jumpEffect the net stack effect when the instruction jumps, where it differs from
 *     {@link #netEffect(int)}: {@code dis.stack_effect(op, oparg, jump=True)}
 * @param disEffect where the signature's net effect deliberately differs from what
 *     {@code dis.stack_effect} says (3.11's {@code PRECALL} and {@code CALL}), dis's effect
 * @param note what else a consumer must know, in words (e.g. where {@code FOR_ITER} really jumps)
 */
public record StackSignature(String name, List<StackItem> inputs, List<StackItem> outputs,
        Optional<OpargExpression> jumpEffect, Optional<OpargExpression> disEffect, Optional<String> note) {

    public StackSignature {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("not an opcode name: \"" + name + "\"");
        }
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        Objects.requireNonNull(jumpEffect, "jumpEffect");
        Objects.requireNonNull(disEffect, "disEffect");
        Objects.requireNonNull(note, "note");
    }

    /** A signature with no jump effect, dis override or note of its own. */
    public static StackSignature of(String name, List<StackItem> inputs, List<StackItem> outputs) {
        return new StackSignature(name, inputs, outputs, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Reads a signature in the tables' form, {@code NAME INPUTS -- OUTPUTS} with the items separated by
     * single spaces (see {@link StackItem#parse}).
     *
     * @throws IllegalArgumentException if the text is not of that form
     */
    public static StackSignature parse(String text) {
        List<String> f = Arrays.asList(text.strip().split(" +"));
        int dashes = f.indexOf("--");
        if (f.size() < 2 || dashes < 1 || f.lastIndexOf("--") != dashes) {
            throw new IllegalArgumentException("not a stack signature (NAME INPUTS -- OUTPUTS): \"" + text + "\"");
        }
        List<StackItem> in = new ArrayList<>();
        for (String s : f.subList(1, dashes)) {
            in.add(StackItem.parse(s));
        }
        List<StackItem> out = new ArrayList<>();
        for (String s : f.subList(dashes + 1, f.size())) {
            out.add(StackItem.parse(s));
        }
        return of(f.get(0), in, out);
    }

    /** The {@link Opcode} of this name, if the enum has it (it has every opcode of 3.11 to 3.14). */
    public Optional<Opcode> opcode() {
        try {
            return Optional.of(Opcode.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The inputs for this oparg, bottom first: items whose condition is false and empty arrays left out. */
    public List<ResolvedItem> inputs(int oparg) {
        return resolve(inputs, oparg);
    }

    /** The outputs for this oparg, bottom first: items whose condition is false and empty arrays left out. */
    public List<ResolvedItem> outputs(int oparg) {
        return resolve(outputs, oparg);
    }

    private static List<ResolvedItem> resolve(List<StackItem> items, int oparg) {
        List<ResolvedItem> out = new ArrayList<>(items.size());
        for (StackItem i : items) {
            i.resolve(oparg).ifPresent(out::add);
        }
        return Collections.unmodifiableList(out);
    }

    /** The stack slots the inputs take for this oparg. */
    public int inputCount(int oparg) {
        return inputs.stream().mapToInt(i -> i.count(oparg)).sum();
    }

    /** The stack slots the outputs take for this oparg. */
    public int outputCount(int oparg) {
        return outputs.stream().mapToInt(i -> i.count(oparg)).sum();
    }

    /** The change in stack depth when the instruction does not jump: outputs minus inputs. */
    public int netEffect(int oparg) {
        return outputCount(oparg) - inputCount(oparg);
    }

    /** The change in stack depth when the instruction jumps (the same as {@link #netEffect} unless {@link #jumpEffect()} says otherwise). */
    public int jumpEffect(int oparg) {
        return jumpEffect.map(e -> e.evaluate(oparg)).orElseGet(() -> netEffect(oparg));
    }

    /**
     * The names that are the same value before and after the instruction: those (other than
     * {@value StackItem#UNUSED}) that occur once among the inputs and once among the outputs, in the
     * order of the inputs.
     */
    public List<String> passedThrough() {
        List<String> out = new ArrayList<>();
        for (StackItem i : inputs) {
            if (!i.isUnused() && count(inputs, i.name()) == 1 && count(outputs, i.name()) == 1) {
                out.add(i.name());
            }
        }
        return Collections.unmodifiableList(out);
    }

    private static long count(List<StackItem> items, String name) {
        return items.stream().filter(i -> i.name().equals(name)).count();
    }

    /** The tables' form, {@code NAME INPUTS -- OUTPUTS}, which {@link #parse} reads. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(name);
        inputs.forEach(i -> sb.append(' ').append(i));
        sb.append(" --");
        outputs.forEach(o -> sb.append(' ').append(o));
        return sb.toString();
    }
}

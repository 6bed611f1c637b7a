package dev.pyc2c.backend.model;

import java.util.List;

/**
 * One instruction: its comment (the source line where it changes, and the disassembly), the C label
 * if something jumps to it, and its C.
 */
public record CInstruction(List<String> comments, String label, List<OutputModelObject> ops)
        implements OutputModelObject {
}

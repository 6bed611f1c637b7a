package dev.pyc2c.bytecode.code;

/**
 * The source span of an instruction, from the location table (PEP 657). A field the table does not
 * give is -1: an instruction may have no location at all, or a line but no columns.
 *
 * @param line first line, 1-based (0 for the implicit {@code RESUME} of a module)
 * @param endLine last line
 * @param column first column, 0-based, in UTF-8 bytes
 * @param endColumn column after the last, in UTF-8 bytes
 */
public record Location(int line, int endLine, int column, int endColumn) {
    /** No location. */
    public static final Location NONE = new Location(-1, -1, -1, -1);

    public boolean hasLine() {
        return line >= 0;
    }
}

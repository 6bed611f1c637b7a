package dev.pyc2c.it;

/** Java code beside the Python: the jar packaging builds both. */
public final class Beta {
    private Beta() {
    }
}

package dev.pyc2c.backend.runtime;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The runtime module of a build: one extension module per build and interpreter that holds the pyc2c
 * runtime, which every compiled module of the build imports when it is executed (see
 * {@code pyc2c_runtime.h}). Its absolute name is baked into each module's C, and it must not collide with
 * the runtime of another pyc2c-built distribution installed in the same environment (pip would overwrite
 * one with the other, and uninstalling one would remove the other's). The rule:
 * <ul>
 *   <li>each compiled module has a <em>root</em>: the outermost package of its name that is a regular
 *       package of the build (its {@code __init__.py} is one of the compiled modules), or else the module
 *       itself; for an ordinary tree, the root is the module's top-level package or module;</li>
 *   <li>if every module has the same root and it is a package {@code P}, the runtime is
 *       {@code P._pyc2c_runtime}, beside {@code P/__init__};</li>
 *   <li>otherwise it is the top-level module {@code _pyc2c_runtime_<h>}, {@code h} being 8 hex digits of a
 *       SHA-256 of the sorted roots.</li>
 * </ul>
 * A distribution owns its roots (no other distribution installs a module inside them), so the name is its
 * own. Modules of a namespace package (one without {@code __init__.py}, which other distributions may share)
 * have their own roots below it, for the same reason.
 */
public final class RuntimeModule {
    /** The runtime module's name inside a package, and the stem of the top-level one. */
    public static final String STEM = "_pyc2c_runtime";

    private RuntimeModule() {
    }

    /**
     * The runtime module of a build of {@code modules} (dotted names).
     *
     * @param isPackage which of the modules are packages (made from an {@code __init__.py})
     * @throws IllegalArgumentException if there are no modules, or one of them has the runtime's name
     */
    public static String nameFor(Collection<String> modules, Predicate<String> isPackage) {
        if (modules.isEmpty()) {
            throw new IllegalArgumentException("a build without compiled modules has no runtime module");
        }
        Set<String> packages = new TreeSet<>();
        for (String m : modules) {
            if (isPackage.test(m)) {
                packages.add(m);
            }
        }
        TreeSet<String> roots = new TreeSet<>();
        for (String m : modules) {
            roots.add(root(m, packages));
        }
        String name = roots.size() == 1 && packages.contains(roots.first()) ? roots.first() + "." + STEM
                : STEM + "_" + hash(String.join("\n", roots));
        if (modules.contains(name)) {
            throw new IllegalArgumentException("the module " + name + " has the name of the build's pyc2c runtime"
                    + " module: rename it (names starting with " + STEM + " are pyc2c's)");
        }
        return name;
    }

    /** The outermost regular package of the build that {@code module} is in, or the module itself. */
    private static String root(String module, Set<String> packages) {
        for (int dot = module.indexOf('.'); dot >= 0; dot = module.indexOf('.', dot + 1)) {
            String prefix = module.substring(0, dot);
            if (packages.contains(prefix)) {
                return prefix;
            }
        }
        return module;
    }

    /** The runtime module's init function: {@code PyInit_} and the last component of its name. */
    public static String initFunction(String name) {
        return "PyInit_" + name.substring(name.lastIndexOf('.') + 1);
    }

    /** The macros {@code pyc2c_runtime.c} is compiled with, for the runtime module {@code name}. */
    public static List<String> defines(String name) {
        return List.of("PYC2C_RUNTIME_MODULE=\"" + name + "\"", "PYC2C_RUNTIME_INIT=" + initFunction(name));
    }

    /** The line of a generated module's C that names its runtime module, before it includes {@code pyc2c.h}. */
    public static String cDefine(String name) {
        return "#define PYC2C_RUNTIME_MODULE \"" + name + "\" /* imported first when the module is executed */";
    }

    /** The directory of the runtime module's extension, relative to the output tree ({@code ""} at the top). */
    public static String packageDirectory(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(0, dot).replace('.', '/');
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}

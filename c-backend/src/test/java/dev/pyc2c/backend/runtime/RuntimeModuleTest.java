package dev.pyc2c.backend.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The name of a build's runtime module ({@link RuntimeModule#nameFor}) and what is derived from it. */
class RuntimeModuleTest {
    private static String name(List<String> modules, Set<String> packages) {
        return RuntimeModule.nameFor(modules, packages::contains);
    }

    @Test
    void oneTopLevelPackageHoldsTheRuntime() {
        assertEquals("pkg._pyc2c_runtime", name(List.of("pkg", "pkg.a", "pkg.sub", "pkg.sub.b"), Set.of("pkg", "pkg.sub")));
        assertEquals("pkg._pyc2c_runtime", name(List.of("pkg"), Set.of("pkg")), "a package of its __init__ alone");
        assertEquals("pkg._pyc2c_runtime", name(List.of("pkg.b", "pkg.a", "pkg"), Set.of("pkg")), "in any order");
    }

    @Test
    void otherwiseATopLevelModuleNamedAfterTheTopLevelNames() {
        String two = name(List.of("pkg", "pkg.a", "tool"), Set.of("pkg"));
        assertTrue(two.matches("_pyc2c_runtime_[0-9a-f]{8}"), two);
        assertEquals(two, name(List.of("tool", "pkg.a", "pkg"), Set.of("pkg")), "sorted: the order does not matter");
        assertEquals(two, name(List.of("tool", "pkg"), Set.of("pkg")), "only the top-level names count");
        String solo = name(List.of("solo"), Set.of());
        assertTrue(solo.matches("_pyc2c_runtime_[0-9a-f]{8}"), solo);
        assertNotEquals(solo, name(List.of("other"), Set.of()), "another distribution, another runtime");
        assertNotEquals(two, name(List.of("pkg", "pkg.a"), Set.of("pkg")));
        assertEquals(solo, RuntimeModule.nameFor(List.of("solo"), m -> false));
    }

    /** A namespace package (no __init__.py) may be shared by several distributions: the roots are below it. */
    @Test
    void namespacePackagesDoNotHoldTheRuntime() {
        assertEquals("ns.a._pyc2c_runtime", name(List.of("ns.a", "ns.a.m"), Set.of("ns.a")));
        String loose = name(List.of("ns.x"), Set.of());
        assertTrue(loose.matches("_pyc2c_runtime_[0-9a-f]{8}"), loose);
        assertNotEquals(loose, name(List.of("ns.y"), Set.of()), "two distributions sharing the namespace ns");
        String both = name(List.of("ns.a", "ns.b"), Set.of("ns.a", "ns.b"));
        assertTrue(both.matches("_pyc2c_runtime_[0-9a-f]{8}"), both);
        assertNotEquals(both, name(List.of("ns.c"), Set.of("ns.c")));
    }

    @Test
    void aModuleWithTheRuntimesNameIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> name(List.of("pkg", "pkg._pyc2c_runtime"), Set.of("pkg")));
        assertTrue(e.getMessage().contains("pkg._pyc2c_runtime") && e.getMessage().contains("rename"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> name(List.of(), Set.of()));
    }

    @Test
    void initFunctionDefinesAndPlace() {
        assertEquals("PyInit__pyc2c_runtime", RuntimeModule.initFunction("pkg._pyc2c_runtime"));
        assertEquals("PyInit__pyc2c_runtime_0a1b2c3d", RuntimeModule.initFunction("_pyc2c_runtime_0a1b2c3d"));
        assertEquals(List.of("PYC2C_RUNTIME_MODULE=\"a.b._pyc2c_runtime\"", "PYC2C_RUNTIME_INIT=PyInit__pyc2c_runtime"),
                RuntimeModule.defines("a.b._pyc2c_runtime"));
        assertEquals("a/b", RuntimeModule.packageDirectory("a.b._pyc2c_runtime"));
        assertEquals("", RuntimeModule.packageDirectory("_pyc2c_runtime_0a1b2c3d"));
        assertTrue(RuntimeModule.cDefine("pkg._pyc2c_runtime").startsWith("#define PYC2C_RUNTIME_MODULE \"pkg._pyc2c_runtime\""));
    }

    @Test
    void theAbiTagIsAHashOfTheRuntime() {
        assertTrue(RuntimeSources.abiTag().matches("[0-9a-f]{12}"), RuntimeSources.abiTag());
        assertTrue(RuntimeSources.abiTagHeader().contains("#define PYC2C_ABI_TAG \"" + RuntimeSources.abiTag() + "\""));
    }
}

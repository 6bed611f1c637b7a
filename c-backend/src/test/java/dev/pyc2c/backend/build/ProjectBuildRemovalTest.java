package dev.pyc2c.backend.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.pyc2c.backend.testing.Pythons;
import dev.pyc2c.backend.toolchain.PythonInterpreter;
import dev.pyc2c.backend.toolchain.Sysconfig;
import dev.pyc2c.bytecode.PythonVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a removed source leaves behind, and what must never be removed. */
class ProjectBuildRemovalTest {
    @TempDir
    Path tmp;

    private static void write(Path f, String s) throws Exception {
        Files.createDirectories(f.getParent());
        Files.writeString(f, s);
    }

    private ProjectBuild project(boolean incremental) {
        return new ProjectBuild(SourceSet.of(tmp.resolve("src")), tmp.resolve("target/pyc2c"),
                tmp.resolve("target/generated-sources/pyc2c"), 2, List.of(), "", incremental);
    }

    private static void build(ProjectBuild pb, PythonInterpreter py, Sysconfig sc) {
        pb.generate(py, BuildLog.NONE);
        pb.compile(py, sc, BuildLog.NONE);
    }

    private static String tryImport(PythonInterpreter py, ProjectBuild.Layout l, String module) {
        return Pythons.run(py.command("-c", "try:\n    import " + module + "\n    print('imported')\n"
                + "except ImportError as e:\n    print(type(e).__name__)"), Map.of("PYTHONPATH", l.lib().toString(),
                "PYTHONDONTWRITEBYTECODE", "1")).stdout().strip();
    }

    @Test
    void nonIncrementalBuildStillRemovesWhatIsGone() throws Exception {
        PythonInterpreter py = Pythons.require(PythonVersion.V3_12);
        Sysconfig sc = Pythons.sysconfig(PythonVersion.V3_12);
        Path src = tmp.resolve("src");
        write(src.resolve("pkg/__init__.py"), "");
        write(src.resolve("pkg/b.py"), "B = 1\n");
        write(src.resolve("pkg/b.txt"), "b\n");
        build(project(true), py, sc);
        ProjectBuild.Layout l = project(true).layout(py);
        Files.delete(src.resolve("pkg/b.py"));
        Files.delete(src.resolve("pkg/b.txt"));

        build(project(false), py, sc);

        assertFalse(Files.exists(l.lib().resolve("pkg/" + sc.extensionFileName("b"))));
        assertFalse(Files.exists(l.generated().resolve("pkg.b.c")));
        assertFalse(Files.exists(l.lib().resolve("pkg/b.txt")));
        assertEquals("ModuleNotFoundError", tryImport(py, l, "pkg.b"));
    }

    @Test
    void removedSubpackageLeavesNoNamespacePackage() throws Exception {
        PythonInterpreter py = Pythons.require(PythonVersion.V3_12);
        Sysconfig sc = Pythons.sysconfig(PythonVersion.V3_12);
        Path src = tmp.resolve("src");
        write(src.resolve("pkg/__init__.py"), "");
        write(src.resolve("pkg/sub/__init__.py"), "S = 1\n");
        write(src.resolve("pkg/sub/deep/d.txt"), "d\n");
        build(project(true), py, sc);
        ProjectBuild.Layout l = project(true).layout(py);
        assertEquals("imported", tryImport(py, l, "pkg.sub"));
        Files.delete(src.resolve("pkg/sub/__init__.py"));
        Files.delete(src.resolve("pkg/sub/deep/d.txt"));
        Files.delete(src.resolve("pkg/sub/deep"));
        Files.delete(src.resolve("pkg/sub"));

        build(project(true), py, sc);

        assertFalse(Files.exists(l.lib().resolve("pkg/sub")), "the emptied directory is removed");
        assertEquals("ModuleNotFoundError", tryImport(py, l, "pkg.sub"));
    }

    @Test
    void theSameOutputsNamedAnotherWayAreKept() throws Exception {
        // A second build that names the same directories differently (relative to another working directory,
        // or through "..") must recognise its own outputs, not delete them as stale.
        PythonInterpreter py = Pythons.require(PythonVersion.V3_12);
        Sysconfig sc = Pythons.sysconfig(PythonVersion.V3_12);
        write(tmp.resolve("src/pkg/__init__.py"), "X = 1\n");
        Files.createDirectories(tmp.resolve("elsewhere"));
        Path detour = tmp.resolve("elsewhere/..");
        build(new ProjectBuild(SourceSet.of(tmp.resolve("src")), detour.resolve("target/pyc2c"),
                detour.resolve("target/generated-sources/pyc2c"), 2, List.of(), "", true), py, sc);
        ProjectBuild.Layout l = project(true).layout(py);
        build(project(true), py, sc);
        assertEquals("imported", tryImport(py, l, "pkg"));
    }
}

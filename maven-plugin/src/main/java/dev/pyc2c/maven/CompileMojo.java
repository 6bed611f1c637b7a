package dev.pyc2c.maven;

import dev.pyc2c.backend.build.BuildLog;
import dev.pyc2c.backend.build.ProjectBuild;
import dev.pyc2c.backend.toolchain.PythonInterpreter;
import dev.pyc2c.backend.toolchain.Sysconfig;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Compiles the generated C into extension modules, for each target interpreter, with the compiler and
 * flags of its sysconfig, several modules at once ({@code pyc2c.jobs}), optionally under a compiler
 * launcher ({@code pyc2c.compilerLauncher}). What is up to date is not recompiled.
 * {@code target/pyc2c/<cache_tag>/lib} is then the importable tree.
 */
@Mojo(name = "compile", defaultPhase = LifecyclePhase.COMPILE, threadSafe = true)
public class CompileMojo extends AbstractPyc2cMojo {
    @Override
    protected void run(ProjectBuild build, List<PythonInterpreter> interpreters, BuildLog log) {
        for (PythonInterpreter python : interpreters) {
            Sysconfig sysconfig = Sysconfig.read(python);
            log.info("pyc2c: compiling extension modules for " + python);
            build.compile(python, sysconfig, log);
        }
    }
}

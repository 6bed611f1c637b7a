package dev.pyc2c.maven;

import dev.pyc2c.backend.build.BuildLog;
import dev.pyc2c.backend.build.ProjectBuild;
import dev.pyc2c.backend.toolchain.PythonInterpreter;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Turns the Python sources into C, for each target interpreter: the interpreter compiles every
 * {@code .py} to bytecode (a syntax error fails the build, every such error reported), pyc2c translates
 * each module into {@code target/generated-sources/pyc2c/<cache_tag>/<module>.c}, the other files are
 * copied into {@code target/pyc2c/<cache_tag>/lib}, and {@code target/pyc2c/<cache_tag>/report.json}
 * says which code objects run as C and which stay bytecode, and why.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractPyc2cMojo {
    @Override
    protected void run(ProjectBuild build, List<PythonInterpreter> interpreters, BuildLog log) {
        for (PythonInterpreter python : interpreters) {
            log.info("pyc2c: generating C for " + python);
            build.generate(python, log);
        }
    }
}

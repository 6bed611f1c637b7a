package dev.pyc2c.maven;

import dev.pyc2c.backend.build.BuildLog;
import dev.pyc2c.backend.build.ProjectBuild;
import dev.pyc2c.backend.toolchain.PythonInterpreter;
import dev.pyc2c.backend.toolchain.Sysconfig;
import dev.pyc2c.backend.wheel.Pep440;
import dev.pyc2c.backend.wheel.WheelMetadata;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.model.License;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Packs each interpreter's tree of extension modules into a PEP 427 wheel in {@code target/}, tagged for
 * that interpreter ({@code cp312-cp312-linux_x86_64}), with the distribution's name, version, summary and
 * license taken from the pom (each overridable), and attaches it to the project (type {@code whl}, the tag
 * as classifier) so that {@code install} and {@code deploy} carry it.
 */
@Mojo(name = "wheel", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class WheelMojo extends AbstractPyc2cMojo {
    /** The distribution name; default: the artifactId. */
    @Parameter(property = "pyc2c.wheel.name", defaultValue = "${project.artifactId}")
    private String wheelName;

    /** The PEP 440 version; default: the project's version ({@code 1.0-SNAPSHOT} becomes {@code 1.0.dev0}). */
    @Parameter(property = "pyc2c.wheel.version")
    private String wheelVersion;

    /** The one-line summary; default: the project's description. */
    @Parameter(property = "pyc2c.wheel.summary", defaultValue = "${project.description}")
    private String wheelSummary;

    /** The license; default: the names of the project's licenses. */
    @Parameter(property = "pyc2c.wheel.license")
    private String wheelLicense;

    /** Requires-Python; default: the interpreter's series, e.g. {@code ==3.12.*}. */
    @Parameter(property = "pyc2c.wheel.requiresPython")
    private String wheelRequiresPython;

    /** Where the wheels go. */
    @Parameter(property = "pyc2c.wheel.outputDirectory", defaultValue = "${project.build.directory}")
    private File wheelDirectory;

    /** Whether to attach the wheels to the project. */
    @Parameter(property = "pyc2c.wheel.attach", defaultValue = "true")
    private boolean attach;

    @Component
    private MavenProjectHelper projectHelper;

    @Override
    protected void run(ProjectBuild build, List<PythonInterpreter> interpreters, BuildLog log)
            throws MojoFailureException {
        WheelMetadata metadata;
        try {
            String version = wheelVersion == null || wheelVersion.isBlank()
                    ? Pep440.fromMaven(project.getVersion()) : wheelVersion;
            String license = wheelLicense != null ? wheelLicense : project.getLicenses().stream()
                    .map(License::getName).filter(n -> n != null && !n.isBlank()).collect(Collectors.joining(", "));
            metadata = new WheelMetadata(wheelName, version, wheelSummary == null ? "" : wheelSummary, license,
                    wheelRequiresPython == null ? "" : wheelRequiresPython);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("pyc2c wheel: " + e.getMessage(), e);
        }
        for (PythonInterpreter python : interpreters) {
            Sysconfig sysconfig = Sysconfig.read(python);
            Path wheel = build.wheel(python, sysconfig, metadata, wheelDirectory.toPath(), log);
            if (attach) {
                projectHelper.attachArtifact(project, "whl", ProjectBuild.wheelTag(sysconfig).toString(),
                        wheel.toFile());
            }
        }
    }
}

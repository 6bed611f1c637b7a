package dev.pyc2c.pythons;

import java.util.Locale;
import java.util.Set;

/**
 * The platform classifier of the CPython builds on Maven Central, as JavaCPP names them ({@code linux-x86_64},
 * {@code linux-arm64}, {@code macosx-arm64}, {@code windows-x86_64}...), from the JVM's {@code os.name} and
 * {@code os.arch}. pyc2c uses those builds on {@link #SUPPORTED} platforms only: their layout
 * ({@code bin/python3.X}, {@code include/python3.X} with the internal headers, a relocatable {@code sysconfig})
 * was checked there.
 */
public final class Platform {
    /** The classifiers whose builds pyc2c unpacks and runs. */
    public static final Set<String> SUPPORTED = Set.of("linux-x86_64");

    private Platform() {
    }

    /** This JVM's classifier, e.g. {@code linux-x86_64}. */
    public static String current() {
        return classifier(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }

    /**
     * The classifier of an {@code os.name} and {@code os.arch}: {@code Linux}/{@code amd64} is
     * {@code linux-x86_64}, {@code Mac OS X}/{@code aarch64} is {@code macosx-arm64}.
     */
    public static String classifier(String osName, String osArch) {
        String n = osName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String os = n.startsWith("linux") ? "linux" : n.startsWith("macosx") || n.startsWith("darwin") || n.startsWith("osx")
                ? "macosx" : n.startsWith("windows") ? "windows" : n.isEmpty() ? "unknown" : n;
        String a = osArch.toLowerCase(Locale.ROOT);
        String arch = switch (a) {
            case "amd64", "x86_64", "x86-64", "em64t", "x64" -> "x86_64";
            case "x86", "i386", "i486", "i586", "i686" -> "x86";
            case "aarch64", "arm64" -> "arm64";
            case "ppc64le" -> "ppc64le";
            case "" -> "unknown";
            default -> a.startsWith("arm") ? "armhf" : a.replaceAll("[^a-z0-9_]", "");
        };
        return os + "-" + arch;
    }

    /**
     * This JVM's classifier, if pyc2c uses Maven's CPython builds there.
     *
     * @throws PythonsException {@code UNSUPPORTED_PLATFORM} saying what to do instead
     */
    public static String requireSupported(String what) {
        return requireSupported(current(), System.getProperty("os.name", "?") + " " + System.getProperty("os.arch", "?"),
                what);
    }

    static String requireSupported(String classifier, String description, String what) {
        if (!SUPPORTED.contains(classifier)) {
            throw new PythonsException(PythonsException.Kind.UNSUPPORTED_PLATFORM, "pyc2c takes CPython from Maven"
                    + " Central (org.bytedeco:cpython) on " + String.join(", ", SUPPORTED.stream().sorted().toList())
                    + " only, and this machine is " + description + " (" + classifier + "): install " + what
                    + " with its headers and name it by path or version instead.");
        }
        return classifier;
    }
}

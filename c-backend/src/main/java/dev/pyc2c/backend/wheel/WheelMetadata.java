package dev.pyc2c.backend.wheel;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a wheel says about its distribution: the fields of its {@code .dist-info/METADATA} file (Core Metadata
 * 2.1). Made with {@link #of} or the canonical constructor.
 *
 * @param name the distribution name, as PEP 508 allows it ({@code my-pkg}, {@code My.Pkg_2})
 * @param version the version, in PEP 440 normal form (a normalisable one such as {@code 1.0-RC1} is stored as
 *        {@link Pep440#normalize normalised}, {@code 1.0rc1}, so that the file name and METADATA agree with what
 *        pip reads)
 * @param summary a one-line description, empty for none (line breaks become spaces)
 * @param license the license, empty for none (may span lines)
 * @param requiresPython the Python versions the wheel runs on, as a PEP 440 specifier set such as
 *        {@code ==3.12.*} or {@code >=3.11,<3.14}; empty for any
 */
public record WheelMetadata(String name, String version, String summary, String license, String requiresPython) {
    private static final Pattern NAME = Pattern.compile("[A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9]",
            Pattern.CASE_INSENSITIVE);
    private static final String OPERATOR = "(?:~=|===|==|!=|<=|>=|<|>)";
    private static final Pattern SPECIFIERS = Pattern.compile(
            "[ \\t]*" + OPERATOR + "[ \\t]*[A-Za-z0-9_.*+!-]+[ \\t]*(?:,[ \\t]*" + OPERATOR
            + "[ \\t]*[A-Za-z0-9_.*+!-]+[ \\t]*)*");

    /**
     * Checks and normalises the fields.
     *
     * @throws IllegalArgumentException if the name is not a PEP 508 distribution name (the message says to set
     *         {@code pyc2c.wheel.name}), the version is not a PEP 440 version (the message says to set
     *         {@code pyc2c.wheel.version}), or {@code requiresPython} is not a specifier set
     * @throws NullPointerException if a field is {@code null} (give {@code ""} for an absent optional field)
     */
    public WheelMetadata {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(summary, "summary (give \"\" for none)");
        Objects.requireNonNull(license, "license (give \"\" for none)");
        Objects.requireNonNull(requiresPython, "requiresPython (give \"\" for any)");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not a distribution name (PEP 508: ASCII letters,"
                    + " digits, '.', '-' and '_', beginning and ending with a letter or digit): set pyc2c.wheel.name"
                    + " to one such as " + suggestName(name));
        }
        if (!Pep440.isValid(version)) {
            throw new IllegalArgumentException("wheel version '" + version + "' is not a PEP 440 version: set"
                    + " pyc2c.wheel.version to one such as 1.0, 1.0rc1 or 1.0.dev0");
        }
        version = Pep440.normalize(version);
        summary = summary.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
        license = license.strip();
        requiresPython = requiresPython.strip();
        if (!requiresPython.isEmpty() && !SPECIFIERS.matcher(requiresPython).matches()) {
            throw new IllegalArgumentException("Requires-Python '" + requiresPython + "' is not a PEP 440 version"
                    + " specifier set such as ==3.12.* or >=3.11,<3.14");
        }
    }

    /**
     * A distribution {@code name} at {@code version}, with no summary, license or Python requirement.
     *
     * @throws IllegalArgumentException as the constructor does
     */
    public static WheelMetadata of(String name, String version) {
        return new WheelMetadata(name, version, "", "", "");
    }

    /** This metadata with another summary. */
    public WheelMetadata withSummary(String newSummary) {
        return new WheelMetadata(name, version, newSummary, license, requiresPython);
    }

    /** This metadata with another license. */
    public WheelMetadata withLicense(String newLicense) {
        return new WheelMetadata(name, version, summary, newLicense, requiresPython);
    }

    /** This metadata with another Python requirement (a specifier set such as {@code ==3.12.*}). */
    public WheelMetadata withRequiresPython(String newRequiresPython) {
        return new WheelMetadata(name, version, summary, license, newRequiresPython);
    }

    /**
     * The name as wheel file names and {@code .dist-info} directories spell it: lower case, each run of
     * {@code -}, {@code _} and {@code .} written as one {@code _} ({@code My.Pkg--x} becomes {@code my_pkg_x}).
     */
    public String escapedName() {
        return name.replaceAll("[-_.]+", "_").toLowerCase(Locale.ROOT);
    }

    /**
     * The text of {@code METADATA}: {@code Metadata-Version: 2.1}, {@code Name}, {@code Version}, then
     * {@code Summary}, {@code License} and {@code Requires-Python} when not empty; each line ends with
     * {@code \n}. A license of several lines continues on lines indented by 8 spaces (as setuptools writes it).
     */
    public String metadataFile() {
        StringBuilder sb = new StringBuilder();
        sb.append("Metadata-Version: 2.1\n");
        sb.append("Name: ").append(name).append('\n');
        sb.append("Version: ").append(version).append('\n');
        if (!summary.isEmpty()) {
            sb.append("Summary: ").append(summary).append('\n');
        }
        if (!license.isEmpty()) {
            sb.append("License: ").append(String.join("\n        ", license.split("\\R", -1))).append('\n');
        }
        if (!requiresPython.isEmpty()) {
            sb.append("Requires-Python: ").append(requiresPython).append('\n');
        }
        return sb.toString();
    }

    private static String suggestName(String name) {
        String s = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[._-]+|[._-]+$", "");
        return s.isEmpty() ? "my-package" : s;
    }
}

package dev.pyc2c.backend.wheel;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PEP 440 versions, as the {@code packaging} library reads them: checking one ({@link #isValid}), writing it in
 * its normal form ({@link #normalize}) and deriving one from a Maven version ({@link #fromMaven}).
 */
public final class Pep440 {
    /**
     * {@code packaging.version.VERSION_PATTERN} (the regular expression of PEP 440's appendix B): every version
     * {@code packaging.version.Version} accepts, in canonical or normalisable form, without the surrounding
     * whitespace it would strip.
     */
    private static final Pattern VERSION = Pattern.compile(
            "v?"
            + "(?:(?<epoch>[0-9]+)!)?"
            + "(?<release>[0-9]+(?:\\.[0-9]+)*)"
            + "(?<pre>[-_.]?(?<preL>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?<preN>[0-9]+)?)?"
            + "(?<post>(?:-(?<postN1>[0-9]+))|(?:[-_.]?(?<postL>post|rev|r)[-_.]?(?<postN2>[0-9]+)?))?"
            + "(?<dev>[-_.]?(?<devL>dev)[-_.]?(?<devN>[0-9]+)?)?"
            + "(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?",
            Pattern.CASE_INSENSITIVE);

    /**
     * A Maven release with an optional pre-release qualifier Maven and PEP 440 agree on (alpha, beta, release
     * candidate), or a release qualifier Maven sorts as the plain release ({@code Final}, {@code GA},
     * {@code RELEASE}).
     */
    private static final Pattern MAVEN = Pattern.compile(
            "(?<release>[0-9]+(?:\\.[0-9]+)*)"
            + "(?:(?:[-.]?(?<pre>alpha|a|beta|b|rc|cr)[-._]?(?<preN>[0-9]+)?)|(?:[-.](?<final>final|ga|release)))?",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern MAVEN_SNAPSHOT = Pattern.compile("(?<base>.+?)[-.]SNAPSHOT", Pattern.CASE_INSENSITIVE);

    private static final Pattern LEADING_RELEASE = Pattern.compile("^[0-9]+(?:\\.[0-9]+)*");

    private Pep440() {
    }

    /**
     * Whether {@code version} is a PEP 440 version: canonical ({@code 1.0rc1}) or normalisable ({@code 1.0-RC1},
     * {@code v1.0}), with an optional local label ({@code 1.0+cu121}), as {@code packaging.version.Version}
     * accepts it (but without surrounding whitespace).
     */
    public static boolean isValid(String version) {
        return version != null && VERSION.matcher(version).matches();
    }

    /**
     * The normal form of a PEP 440 version, as {@code str(packaging.version.Version(version))} writes it:
     * {@code 1.0-RC-1} becomes {@code 1.0rc1}, {@code 1.0-1} becomes {@code 1.0.post1}, {@code v01.02} becomes
     * {@code 1.2}, {@code 1.0.DEV} becomes {@code 1.0.dev0} and {@code 1.0+Ubuntu-1} becomes {@code 1.0+ubuntu.1}.
     *
     * @throws IllegalArgumentException if {@code version} is not a PEP 440 version
     */
    public static String normalize(String version) {
        Objects.requireNonNull(version, "version");
        Matcher m = VERSION.matcher(version);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + version + "' is not a PEP 440 version (such as 1.0, 1.0rc1,"
                    + " 1.0.post1 or 1.0.dev0)");
        }
        StringBuilder sb = new StringBuilder();
        if (m.group("epoch") != null && !number(m.group("epoch")).equals("0")) {
            sb.append(number(m.group("epoch"))).append('!');
        }
        String[] release = m.group("release").split("\\.");
        for (int i = 0; i < release.length; i++) {
            sb.append(i == 0 ? "" : ".").append(number(release[i]));
        }
        if (m.group("pre") != null) {
            String letter = switch (m.group("preL").toLowerCase(Locale.ROOT)) {
                case "alpha", "a" -> "a";
                case "beta", "b" -> "b";
                default -> "rc"; // c, rc, pre, preview
            };
            sb.append(letter).append(number(m.group("preN")));
        }
        if (m.group("post") != null) {
            sb.append(".post").append(number(m.group("postN1") != null ? m.group("postN1") : m.group("postN2")));
        }
        if (m.group("dev") != null) {
            sb.append(".dev").append(number(m.group("devN")));
        }
        if (m.group("local") != null) {
            String[] parts = m.group("local").toLowerCase(Locale.ROOT).split("[-_.]");
            sb.append('+');
            for (int i = 0; i < parts.length; i++) {
                String p = parts[i];
                sb.append(i == 0 ? "" : ".").append(p.chars().allMatch(Character::isDigit) ? number(p) : p);
            }
        }
        return sb.toString();
    }

    /**
     * The PEP 440 version of a Maven version, normalised: {@code 1.2.3} stays {@code 1.2.3};
     * {@code 1.2.3-SNAPSHOT} becomes {@code 1.2.3.dev0}; {@code 1.0-rc1}, {@code 1.0-RC-1}, {@code 1.0.RC1} and
     * {@code 1.0-CR1} become {@code 1.0rc1}; {@code 1.0-alpha-2} and {@code 1.0-alpha2} become {@code 1.0a2};
     * {@code 1.0-beta1} becomes {@code 1.0b1}; {@code 2.0-rc1-SNAPSHOT} becomes {@code 2.0rc1.dev0};
     * {@code 1.0.Final}, {@code 1.0-GA} and {@code 1.0.RELEASE} become {@code 1.0}. Any other version is kept
     * (normalised) if it is already a PEP 440 version ({@code 1.0.post1}); milestones ({@code 1.0-M3}), which
     * PEP 440 has no place for, and other qualifiers are refused.
     *
     * @throws IllegalArgumentException if the version has no PEP 440 equivalent; the message says to set
     *         {@code pyc2c.wheel.version}
     */
    public static String fromMaven(String mavenVersion) {
        Objects.requireNonNull(mavenVersion, "mavenVersion");
        String base = mavenVersion.strip();
        boolean snapshot = false;
        Matcher s = MAVEN_SNAPSHOT.matcher(base);
        if (s.matches()) {
            base = s.group("base");
            snapshot = true;
        }
        String dev = snapshot ? ".dev0" : "";
        Matcher m = MAVEN.matcher(base);
        String candidate;
        if (m.matches()) {
            StringBuilder sb = new StringBuilder(m.group("release"));
            if (m.group("pre") != null) {
                String letter = switch (m.group("pre").toLowerCase(Locale.ROOT)) {
                    case "alpha", "a" -> "a";
                    case "beta", "b" -> "b";
                    default -> "rc"; // rc, cr
                };
                sb.append(letter).append(m.group("preN") == null ? "0" : m.group("preN"));
            }
            candidate = sb + dev;
        } else {
            candidate = base + dev;
        }
        if (!isValid(candidate)) {
            Matcher release = LEADING_RELEASE.matcher(base);
            String example = release.find() ? normalize(release.group()) : "1.0";
            throw new IllegalArgumentException("Maven version '" + mavenVersion + "' has no PEP 440 equivalent:"
                    + " set pyc2c.wheel.version to a PEP 440 version such as " + example);
        }
        return normalize(candidate);
    }

    /** A number without its leading zeros ({@code null}: an implicit 0). */
    private static String number(String digits) {
        if (digits == null) {
            return "0";
        }
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }
}

package dev.pyc2c.backend.wheel;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A wheel's compatibility tag (PEP 425): the Python implementation and version, the ABI and the platform it
 * runs on, e.g. {@code cp312-cp312-linux_x86_64}. Made with {@link #of} or, for a CPython extension wheel,
 * {@link #cpython}.
 *
 * @param python the Python tag, e.g. {@code cp312} (several joined by {@code .} are allowed: {@code py2.py3})
 * @param abi the ABI tag, e.g. {@code cp312}, {@code cp313t} or {@code abi3}
 * @param platform the platform tag, e.g. {@code linux_x86_64} or {@code macosx_11_0_arm64}
 */
public record WheelTag(String python, String abi, String platform) {
    private static final Pattern PART = Pattern.compile("[A-Za-z0-9_.]+");

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if a part is empty or holds anything but ASCII letters, digits,
     *         {@code _} and {@code .}
     */
    public WheelTag {
        check("python", python);
        check("abi", abi);
        check("platform", platform);
    }

    /**
     * The tag {@code pythonTag-abiTag-platformTag}.
     *
     * @throws IllegalArgumentException as the constructor does
     */
    public static WheelTag of(String pythonTag, String abiTag, String platformTag) {
        return new WheelTag(pythonTag, abiTag, platformTag);
    }

    /**
     * The tag of an extension built for CPython {@code major.minor}, as {@code bdist_wheel} writes it: Python
     * tag {@code cp3XY}; ABI tag {@code cp3XY}, followed by {@code t} for a free-threaded build and then
     * {@code d} for a debug one (the order of {@code sys.abiflags} and of the tags pip accepts:
     * {@code cp313t}, {@code cp313d}, {@code cp313td}); the platform is {@code sysconfigPlatform}
     * ({@code sysconfig.get_platform()} of the interpreter) in lower case with {@code -}, {@code .} and spaces
     * written as {@code _}: {@code linux-x86_64} becomes
     * {@code linux_x86_64}, {@code macosx-11.0-arm64} becomes {@code macosx_11_0_arm64} and {@code win-amd64}
     * becomes {@code win_amd64}.
     *
     * @throws IllegalArgumentException if a version number is negative or the platform is not a platform name
     */
    public static WheelTag cpython(int major, int minor, boolean debug, boolean freeThreaded,
                                   String sysconfigPlatform) {
        Objects.requireNonNull(sysconfigPlatform, "sysconfigPlatform");
        if (major < 0 || minor < 0) {
            throw new IllegalArgumentException("CPython " + major + "." + minor + " is not a version");
        }
        String version = "cp" + major + minor;
        String abi = version + (freeThreaded ? "t" : "") + (debug ? "d" : "");
        return new WheelTag(version, abi, sysconfigPlatform.toLowerCase(Locale.ROOT).replace('-', '_')
                .replace('.', '_').replace(' ', '_'));
    }

    /** {@code python-abi-platform}, e.g. {@code cp312-cp312-linux_x86_64}, as wheel file names write it. */
    @Override
    public String toString() {
        return python + "-" + abi + "-" + platform;
    }

    private static void check(String part, String value) {
        Objects.requireNonNull(value, part + " tag");
        if (!PART.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a wheel " + part + " tag: it must be"
                    + " non-empty and hold only ASCII letters, digits, '_' and '.'");
        }
    }
}

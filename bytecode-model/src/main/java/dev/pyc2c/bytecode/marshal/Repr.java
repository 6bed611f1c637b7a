package dev.pyc2c.bytecode.marshal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Python's {@code repr()} of marshal objects, as CPython prints them: the shortest round-tripping
 * float digits, the quote choice and escapes of {@code str} and {@code bytes}, the forms of
 * {@code complex}, tuples and sets. Code objects print without their address.
 *
 * <p>Which non-ASCII characters {@code str} prints unescaped follows the JDK's Unicode tables
 * ({@code Character.getType}); CPython uses its own, possibly newer, Unicode version, so a character
 * assigned after the JDK's Unicode version is escaped here but not by CPython.
 */
public final class Repr {
    private Repr() {
    }

    public static String of(PyObject o) {
        StringBuilder sb = new StringBuilder();
        append(sb, o);
        return sb.toString();
    }

    private static void append(StringBuilder sb, PyObject o) {
        if (o instanceof PyStr s) {
            appendStr(sb, s.codePoints());
        } else if (o instanceof PyBytes b) {
            appendBytes(sb, b.array());
        } else if (o instanceof PyFloat f) {
            sb.append(floatRepr(f.value(), true));
        } else if (o instanceof PyComplex c) {
            appendComplex(sb, c);
        } else if (o instanceof PyTuple t) {
            sb.append('(');
            appendItems(sb, t.items());
            if (t.size() == 1) {
                sb.append(',');
            }
            sb.append(')');
        } else if (o instanceof PyList l) {
            sb.append('[');
            appendItems(sb, l.items());
            sb.append(']');
        } else if (o instanceof PySet s) {
            if (s.items().isEmpty()) {
                sb.append("set()");
            } else {
                sb.append('{');
                appendItems(sb, s.items());
                sb.append('}');
            }
        } else if (o instanceof PyFrozenSet s) {
            if (s.items().isEmpty()) {
                sb.append("frozenset()");
            } else {
                sb.append("frozenset({");
                appendItems(sb, s.items());
                sb.append("})");
            }
        } else if (o instanceof PyDict d) {
            sb.append('{');
            String sep = "";
            for (PyDict.Entry e : d.entries()) {
                sb.append(sep);
                append(sb, e.key());
                sb.append(": ");
                append(sb, e.value());
                sep = ", ";
            }
            sb.append('}');
        } else if (o instanceof PySlice s) {
            sb.append("slice(");
            append(sb, s.start());
            sb.append(", ");
            append(sb, s.stop());
            sb.append(", ");
            append(sb, s.step());
            sb.append(')');
        } else if (o instanceof PyCode c) {
            sb.append("<code object ").append(c.name().value()).append(", file \"")
                    .append(c.filename().value()).append("\", line ").append(c.firstlineno()).append('>');
        } else {
            sb.append(o.toString()); // None, True, False, Ellipsis, StopIteration, int
        }
    }

    private static void appendItems(StringBuilder sb, List<PyObject> items) {
        String sep = "";
        for (PyObject item : items) {
            sb.append(sep);
            append(sb, item);
            sep = ", ";
        }
    }

    private static void appendStr(StringBuilder sb, int[] cps) {
        boolean single = false;
        boolean dbl = false;
        for (int cp : cps) {
            single |= cp == '\'';
            dbl |= cp == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        sb.append(quote);
        for (int cp : cps) {
            if (cp == quote || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < ' ' || cp == 0x7F) {
                hex(sb, "\\x", cp, 2);
            } else if (cp < 0x7F || isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xFF) {
                hex(sb, "\\x", cp, 2);
            } else if (cp <= 0xFFFF) {
                hex(sb, "\\u", cp, 4);
            } else {
                hex(sb, "\\U", cp, 8);
            }
        }
        sb.append(quote);
    }

    /** {@code Py_UNICODE_ISPRINTABLE}: not in Cc, Cf, Cs, Co, Cn, Zl, Zp, or Zs other than space. */
    private static boolean isPrintable(int cp) {
        switch (Character.getType(cp)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
                return false;
            case Character.SPACE_SEPARATOR:
                return cp == ' ';
            default:
                return true;
        }
    }

    private static void appendBytes(StringBuilder sb, byte[] bytes) {
        boolean single = false;
        boolean dbl = false;
        for (byte b : bytes) {
            single |= b == '\'';
            dbl |= b == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        sb.append('b').append(quote);
        for (byte x : bytes) {
            int c = x & 0xFF;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c >= 0x7F) {
                hex(sb, "\\x", c, 2);
            } else {
                sb.append((char) c);
            }
        }
        sb.append(quote);
    }

    private static void hex(StringBuilder sb, String prefix, int value, int digits) {
        String h = Integer.toHexString(value);
        sb.append(prefix);
        for (int i = h.length(); i < digits; i++) {
            sb.append('0');
        }
        sb.append(h);
    }

    private static void appendComplex(StringBuilder sb, PyComplex c) {
        double re = c.real();
        double im = c.imag();
        if (re == 0.0 && Double.doubleToRawLongBits(re) >= 0) {
            sb.append(floatRepr(im, false)).append('j');
        } else {
            String ims = floatRepr(im, false);
            if (!ims.startsWith("-")) {
                ims = "+" + ims;
            }
            sb.append('(').append(floatRepr(re, false)).append(ims).append("j)");
        }
    }

    /**
     * {@code repr(float)}: the shortest decimal that reads back as the same double (the nearest one
     * where several are equally short), in fixed notation for exponents -4 to 16 and in
     * {@code 1e+16} form outside. {@code addDotZero} appends {@code .0} to integral values, as
     * {@code float.__repr__} does and the parts of a complex do not.
     */
    public static String floatRepr(double d, boolean addDotZero) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        boolean negative = Double.doubleToRawLongBits(d) < 0;
        String sign = negative ? "-" : "";
        if (d == 0.0) {
            return sign + (addDotZero ? "0.0" : "0");
        }
        BigDecimal exact = new BigDecimal(Math.abs(d));
        BigDecimal best = shortest(exact, Math.abs(d));
        String digits = best.unscaledValue().toString();
        int trailing = 0;
        while (trailing < digits.length() - 1 && digits.charAt(digits.length() - 1 - trailing) == '0') {
            trailing++;
        }
        digits = digits.substring(0, digits.length() - trailing);
        // value = 0.DIGITS x 10^decpt
        int decpt = digits.length() + trailing - best.scale();
        StringBuilder sb = new StringBuilder(sign);
        if (decpt <= -4 || decpt > 16) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            int exp = decpt - 1;
            sb.append('e').append(exp < 0 ? '-' : '+');
            if (Math.abs(exp) < 10) {
                sb.append('0');
            }
            sb.append(Math.abs(exp));
        } else if (decpt <= 0) {
            sb.append("0.");
            sb.append("0".repeat(-decpt));
            sb.append(digits);
        } else if (decpt >= digits.length()) {
            sb.append(digits).append("0".repeat(decpt - digits.length()));
            if (addDotZero) {
                sb.append(".0");
            }
        } else {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return sb.toString();
    }

    /** The shortest decimal (fewest significant digits) that parses back to {@code d}; the nearest among equals. */
    private static BigDecimal shortest(BigDecimal exact, double d) {
        for (int p = 1; p <= 17; p++) {
            BigDecimal best = null;
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_EVEN, RoundingMode.FLOOR,
                    RoundingMode.CEILING}) {
                BigDecimal candidate = exact.round(new MathContext(p, mode));
                if (candidate.doubleValue() != d) {
                    continue;
                }
                if (best == null || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0) {
                    best = candidate;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
    }
}

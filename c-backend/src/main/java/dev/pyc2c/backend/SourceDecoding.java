package dev.pyc2c.backend;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a Python source file's bytes as the interpreter does (PEP 263): UTF-8 unless a byte-order mark
 * or a coding declaration in the first two lines says otherwise. The text only feeds the comments of the
 * generated C, so what cannot be decoded becomes U+FFFD rather than an error: the interpreter, which
 * compiled the same bytes, has already judged them.
 */
public final class SourceDecoding {
    private static final Pattern CODING = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    private SourceDecoding() {
    }

    public static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            return decode(bytes, 3, StandardCharsets.UTF_8);
        }
        return decode(bytes, 0, declared(bytes));
    }

    /** The charset a coding declaration in the first two lines names, UTF-8 if none (or unknown). */
    static Charset declared(byte[] bytes) {
        int start = 0;
        for (int line = 0; line < 2 && start < bytes.length; line++) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            String text = new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
            Matcher m = CODING.matcher(text);
            if (m.find()) {
                return charset(m.group(1));
            }
            if (!text.strip().isEmpty() && !text.strip().startsWith("#")) {
                break; /* the declaration must come before any code */
            }
            start = end + 1;
        }
        return StandardCharsets.UTF_8;
    }

    private static Charset charset(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace('_', '-');
        if (n.equals("utf-8") || n.startsWith("utf-8-") || n.equals("utf8")) {
            return StandardCharsets.UTF_8;
        }
        if (n.equals("latin-1") || n.startsWith("latin-1-") || n.equals("iso-latin-1") || n.equals("l1")) {
            return StandardCharsets.ISO_8859_1;
        }
        try {
            return Charset.forName(n);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static String decode(byte[] bytes, int offset, Charset cs) {
        try {
            CharBuffer out = cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return out.toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder failed", e);
        }
    }
}

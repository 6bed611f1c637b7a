package dev.pyc2c.backend.toolchain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Splitting configuration strings into arguments, and showing commands in messages. */
public final class CommandLine {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private CommandLine() {
    }

    /**
     * Splits a string such as sysconfig's {@code LDSHARED} into arguments as distutils'
     * {@code split_quoted} does, which is the shell's way for what such strings hold: runs of whitespace
     * separate arguments; single quotes keep everything literally; double quotes keep everything but
     * {@code \"} and {@code \\}; outside quotes a backslash keeps the next character.
     */
    public static List<String> split(String s) {
        List<String> args = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inArg = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                if (inArg) {
                    args.add(cur.toString());
                    cur.setLength(0);
                    inArg = false;
                }
                i++;
            } else if (c == '\'') {
                int end = s.indexOf('\'', i + 1);
                if (end < 0) {
                    end = s.length();
                }
                cur.append(s, i + 1, end);
                inArg = true;
                i = end + 1;
            } else if (c == '"') {
                i++;
                while (i < s.length() && s.charAt(i) != '"') {
                    char d = s.charAt(i);
                    if (d == '\\' && i + 1 < s.length() && (s.charAt(i + 1) == '"' || s.charAt(i + 1) == '\\')) {
                        d = s.charAt(++i);
                    }
                    cur.append(d);
                    i++;
                }
                inArg = true;
                i++;
            } else if (c == '\\' && i + 1 < s.length()) {
                cur.append(s.charAt(i + 1));
                inArg = true;
                i += 2;
            } else {
                cur.append(c);
                inArg = true;
                i++;
            }
        }
        if (inArg) {
            args.add(cur.toString());
        }
        return args;
    }

    /** A command as a shell would take it back, for messages: arguments with special characters quoted. */
    public static String render(List<String> command) {
        return command.stream().map(CommandLine::quote).collect(Collectors.joining(" "));
    }

    private static String quote(String arg) {
        if (!arg.isEmpty() && PLAIN.matcher(arg).matches()) {
            return arg;
        }
        return "'" + arg.replace("'", "'\\''") + "'";
    }

    /** The first non-blank line of a tool's output, shortened, for a one-line reason in a message. */
    static String firstLine(String output) {
        for (String line : output.split("\\R")) {
            if (!line.isBlank()) {
                String t = line.strip();
                return t.length() > 300 ? t.substring(0, 300) + "..." : t;
            }
        }
        return "";
    }
}

package dev.pyc2c.bytecode.dis;

import dev.pyc2c.bytecode.PycFormatException;
import dev.pyc2c.bytecode.PythonVersion;
import dev.pyc2c.bytecode.code.Code;
import dev.pyc2c.bytecode.pyc.PycFile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar pyc2c-bytecode-model.jar [--offsets] [--depths] [--no-recursive] FILE.pyc...}:
 * prints the disassembly of each {@code .pyc}. A bad file is reported in one line naming it and the
 * problem; the exit status is 1 if any file could not be read, 2 for a usage error.
 */
public final class DisassemblerMain {
    private DisassemblerMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        boolean offsets = false;
        boolean depths = false;
        boolean recursive = true;
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            switch (a) {
                case "--offsets" -> offsets = true;
                case "--depths" -> depths = true;
                case "--no-recursive" -> recursive = false;
                case "-h", "--help" -> {
                    usage(out);
                    return 0;
                }
                default -> {
                    if (a.startsWith("-")) {
                        err.println("error: unknown option " + a);
                        usage(err);
                        return 2;
                    }
                    files.add(Path.of(a));
                }
            }
        }
        if (files.isEmpty()) {
            usage(err);
            return 2;
        }
        Disassembler dis = new Disassembler(new Disassembler.Options(offsets, depths, recursive));
        int status = 0;
        for (Path f : files) {
            try {
                PycFile pyc = PycFile.read(f);
                if (files.size() > 1) {
                    out.println("== " + f + " (CPython " + pyc.version() + ")");
                }
                out.print(dis.disassemble(Code.decode(pyc)));
            } catch (PycFormatException e) {
                err.println("error: " + e.getMessage());
                status = 1;
            } catch (NoSuchFileException e) {
                err.println("error: " + f + ": no such file");
                status = 1;
            } catch (IOException e) {
                err.println("error: " + f + ": cannot read: " + e.getMessage());
                status = 1;
            }
        }
        return status;
    }

    private static void usage(PrintStream s) {
        s.println("usage: java -jar pyc2c-bytecode-model.jar [--offsets] [--depths] [--no-recursive] FILE.pyc...");
        s.println("Disassembles CPython " + PythonVersion.supportedList() + " .pyc files in the style of dis.");
        s.println("  --offsets       show each instruction's byte offset");
        s.println("  --depths        show the stack depth before each instruction");
        s.println("  --no-recursive  leave out nested code objects");
    }
}

package org.lmlens.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the CLI in-process and captures what it prints. */
final class CliRunner {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    record Result(int exitCode, String out, String err) {
        JsonNode json() {
            try {
                return MAPPER.readTree(out);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + out, e);
            }
        }
    }

    private CliRunner() {
    }

    /** Runs the command line as {@code main} builds it: with only the named command, when one is named. */
    static Result run(String... args) {
        LmLensCli.Invocation invocation = LmLensCli.invocationFor(args);
        CommandLine cl = invocation.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = invocation.execute();
        return new Result(code, out.toString(), err.toString());
    }
}

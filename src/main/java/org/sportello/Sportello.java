package org.sportello;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code java -jar sportello.jar} with no arguments serves, as
 * {@code mvn spring-boot:run} does; subcommands do operators' work.
 */
@Command(name = "sportello",
        mixinStandardHelpOptions = true,
        versionProvider = Sportello.Version.class,
        description = {
                "Sportello: a conversational banking gateway a bank runs next to its own systems.",
                "",
                "With no command it serves (the same as 'serve'): web chat and APIs on port 8080,",
                "H2 database under ./data, demo bank on. Spring properties may follow as --name=value."
        },
        subcommands = {ServeCommand.class, ImportCommand.class, BenchCommand.class, AuditCommand.class, NluCommand.class, FraudCommand.class, AtmCommand.class,
                HashPasswordCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Run 'sportello COMMAND --help' for a command's options."})
public final class Sportello implements Callable<Integer> {

    /** The exit code of a command that leaves the server running: main must not exit then. */
    static final int KEEP_RUNNING = -1;

    @CommandLine.Mixin
    ServeOptions options = new ServeOptions();

    @CommandLine.Unmatched
    List<String> springArguments = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return ServeCommand.serve(options.springArguments(spec.commandLine(), springArguments));
    }

    public static void main(String[] args) {
        // Charts are drawn with AWT into images: a server has no display, and a laptop running the
        // server must not open a window-system connection for it. Spring Boot sets this too, but only
        // once the server starts; set before any AWT class loads, whatever the command.
        System.setProperty("java.awt.headless", "true");
        int exitCode = commandLine().execute(args);
        if (exitCode != KEEP_RUNNING) {
            System.exit(exitCode);
        }
    }

    static CommandLine commandLine() {
        return new CommandLine(new Sportello()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Sportello.class.getPackage().getImplementationVersion();
            return new String[] {"sportello " + (version == null ? "(development build)" : version)};
        }
    }
}

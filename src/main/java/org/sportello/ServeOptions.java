package org.sportello;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options of serving, shared by 'sportello' (no command) and 'sportello serve'. */
final class ServeOptions {

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (default: 8080)")
    Integer port;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "where the embedded H2 database lives (default: ./data)")
    String dataDirectory;

    @Option(names = "--no-demo-feed", description = "do not generate live demo transactions")
    boolean noDemoFeed;

    /** Spring Boot's arguments: the options above, then each --name=value passed through as it is. */
    String[] springArguments(CommandLine command, List<String> passedThrough) {
        List<String> arguments = new ArrayList<>();
        for (String argument : passedThrough) {
            if (!argument.startsWith("--") || !argument.contains("=")) {
                throw new CommandLine.ParameterException(command, "Unknown command or option '" + argument
                        + "'. Spring properties take the form --name=value; run 'sportello --help' for the commands.");
            }
            arguments.add(argument);
        }
        if (port != null) {
            arguments.add("--server.port=" + port);
        }
        if (dataDirectory != null) {
            // H2 refuses paths implicitly relative to the working directory; an absolute one is unambiguous.
            arguments.add("--sportello.data-dir=" + Path.of(dataDirectory).toAbsolutePath().normalize());
        }
        if (noDemoFeed) {
            arguments.add("--sportello.demo.feed.enabled=false");
        }
        return arguments.toArray(String[]::new);
    }
}

package org.sportello;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** Starts the server: web chat, APIs, demo bank. */
@Command(name = "serve",
        header = "Start the server: web chat, APIs, demo bank (the default command).",
        mixinStandardHelpOptions = true,
        description = {
                "Starts Sportello: web chat and APIs over HTTP, the database, and (unless turned off) the demo bank"
                        + " with its live feed of card transactions.",
                "",
                "Any Spring property may follow as --name=value, for example"
                        + " --spring.profiles.active=postgres or --sportello.demo.feed.interval=2s."
        })
final class ServeCommand implements Callable<Integer> {

    @Mixin
    ServeOptions options = new ServeOptions();

    @CommandLine.Unmatched
    List<String> springArguments = new ArrayList<>();

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return serve(options.springArguments(spec.commandLine(), springArguments));
    }

    static int serve(String[] springArguments) {
        SpringApplication.run(SportelloApplication.class, springArguments);
        return Sportello.KEEP_RUNNING;
    }
}

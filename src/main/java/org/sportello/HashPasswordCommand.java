package org.sportello;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Makes the value of {@code sportello.admin.password-hash} without the password ever being stored. */
@Command(name = "hash-password",
        mixinStandardHelpOptions = true,
        header = "Print the encoded form of an operator's password for sportello.admin.password-hash.",
        description = "Reads the password from the terminal without echo (or one line from standard input when piped)"
                + " and prints it bcrypt-encoded, e.g. {bcrypt}$2a$10$..., ready for sportello.admin.password-hash."
                + " The password itself is never printed or stored.")
final class HashPasswordCommand implements Callable<Integer> {

    /** Shorter is guessable; the admin API can revoke consents and export customers' data. */
    static final int LENGTH_MIN = 12;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String password = read();
        if (password == null || password.length() < LENGTH_MIN) {
            spec.commandLine().getErr().println("hash-password: the password must have at least " + LENGTH_MIN
                    + " characters; nothing was printed");
            return 2;
        }
        spec.commandLine().getOut().println(PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password));
        return 0;
    }

    private static String read() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("operator password: ");
            return typed == null ? null : new String(typed);
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        return in.readLine();
    }
}

package org.sportello.assistant.domain.nlu;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.sportello.assistant.NluFileRefused;
import org.sportello.assistant.Utterance;

/**
 * Reads files of training examples, by their extension: CSV ({@code text,intent} or
 * {@code text,category}, see {@link CsvExamples}) or YAML (each intent with its list of examples, see
 * {@link YamlExamples}). A file is read whole or refused with a message that names it.
 */
public final class ExampleFiles {

    /** banking77 is under 1 MB; a file far larger is a mistake, not examples. */
    public static final long FILE_BYTES_MAX = 64L * 1024 * 1024;

    private ExampleFiles() {
    }

    public static List<Utterance> read(Path file) {
        String source = file.toString();
        String extension = extension(file.getFileName().toString());
        if (!List.of("csv", "yaml", "yml").contains(extension)) {
            throw new NluFileRefused(source + ": unknown format" + (extension.isEmpty() ? "" : " '." + extension + "'")
                    + ": give a .csv file with the header text,intent or a .yaml file that lists the examples of each intent");
        }
        try {
            if (Files.size(file) > FILE_BYTES_MAX) {
                throw new NluFileRefused(source + ": larger than " + FILE_BYTES_MAX + " bytes: split it into several files");
            }
            return parse(source, extension, decode(source, Files.readAllBytes(file)));
        } catch (IOException cannotRead) {
            throw new NluFileRefused("cannot read " + source + " (" + cannotRead + "): check the path and its permissions",
                    cannotRead);
        }
    }

    /** The examples of a CSV or YAML resource on the class path, such as the shipped {@code nlu/intents-en.csv}. */
    public static List<Utterance> readResource(String resource) {
        try (InputStream in = ExampleFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("cannot find " + resource + " on the class path");
            }
            byte[] bytes = in.readNBytes((int) FILE_BYTES_MAX + 1);
            if (bytes.length > FILE_BYTES_MAX) {
                throw new IllegalStateException(resource + " is larger than " + FILE_BYTES_MAX + " bytes");
            }
            return parse(resource, extension(resource), decode(resource, bytes));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource + " from the class path", e);
        }
    }

    static List<Utterance> parse(String source, String extension, String content) {
        List<Utterance> examples = extension.equals("csv") ? CsvExamples.parse(source, content) : YamlExamples.parse(source, content);
        if (examples.isEmpty()) {
            throw new NluFileRefused(source + ": no examples: add at least one text with its intent");
        }
        return examples;
    }

    private static String decode(String source, byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            throw new NluFileRefused(source + ": not UTF-8 text: save it as UTF-8", notUtf8);
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}

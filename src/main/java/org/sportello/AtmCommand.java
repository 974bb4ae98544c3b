package org.sportello;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sportello.atm.Atm;
import org.sportello.atm.AtmFileRefused;
import org.sportello.atm.AtmFormat;
import org.sportello.atm.AtmImportReport;
import org.sportello.assistant.PlaceNames;
import org.sportello.atm.AtmImports;
import org.sportello.atm.NamedPlace;
import org.sportello.atm.PlaceFiles;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The ATM locator's data: {@code sportello atm import FILE}, and {@code sportello atm places FILE} to check a gazetteer. */
@Command(name = "atm",
        mixinStandardHelpOptions = true,
        header = "ATMs and bank branches from OpenStreetMap (" + Atm.ATTRIBUTION + ", ODbL 1.0).",
        subcommands = {AtmCommand.Import.class, AtmCommand.Places.class, CommandLine.HelpCommand.class})
final class AtmCommand {

    @Command(name = "import",
            mixinStandardHelpOptions = true,
            header = "Import ATMs and branches from OpenStreetMap exports: GeoJSON from Overpass, or CSV.",
            description = {
                    "Each file is read whole, then its places replace those with the same OSM id and the others are added,"
                            + " in one transaction; a file with an error is refused whole, naming the line or feature and the field.",
                    "CSV columns: osm_id,lat,lon,amenity,name,operator,street,city,postcode,opening_hours,wheelchair.",
                    "The format comes from the name: .csv, or .geojson/.json.",
                    "",
                    "It opens the database itself: stop a running Sportello on the same data first, or POST the file to"
                            + " /api/v1/admin/atms. Exit codes: 0 imported, 1 refused, 2 usage, 3 environment.",
                    ""},
            footer = {"", "Example:", "  sportello atm import atm_iledefrance_osm.geojson"})
    static final class Import implements Callable<Integer> {

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "OpenStreetMap exports (.csv, .geojson or .json), in order")
        List<Path> files = new ArrayList<>();

        @Option(names = "--data-dir", paramLabel = "DIR", description = "the embedded database's directory (default: ./data)")
        Path dataDirectory;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            List<AtmFormat> formats = new ArrayList<>();
            for (Path file : files) {
                if (!Files.isReadable(file)) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "Cannot read " + file + ".");
                }
                formats.add(AtmFormat.ofFileName(file.getFileName().toString()).orElseThrow(() -> new CommandLine.ParameterException(
                        spec.commandLine(), "Cannot tell the format of " + file + ": name it .csv, .geojson or .json.")));
            }
            // The shipped Paris data would land first in an empty database: the operator's file is what they asked for.
            try (ConfigurableApplicationContext app = ImportCommand.startApplication(dataDirectory, "--sportello.atm.shipped-data=false")) {
                return importAll(app.getBean(AtmImports.class), formats);
            } catch (BeanCreationException | IllegalStateException cannotStart) {
                err().println("Cannot open the database: " + ImportCommand.rootCause(cannotStart)
                        + ". If Sportello is running on the same data, stop it or POST the file to /api/v1/admin/atms.");
                return ImportCommand.ENVIRONMENT;
            }
        }

        private int importAll(AtmImports imports, List<AtmFormat> formats) throws IOException {
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                out().printf("%s: reading (%,d bytes)...%n", file, Files.size(file));
                out().flush();
                long started = System.nanoTime();
                try (InputStream content = Files.newInputStream(file)) {
                    AtmImportReport report = imports.importFile(formats.get(i), content, file.getFileName().toString());
                    out().printf("%s: %,d places, %,d added, %,d updated, %,d unchanged in %.1f s. Data %s, ODbL 1.0.%n", file,
                            report.read(), report.added(), report.updated(), report.unchanged(), (System.nanoTime() - started) / 1e9,
                            report.attribution());
                } catch (AtmFileRefused refused) {
                    err().println(file + ": refused, nothing was imported: " + refused.detail());
                    return ImportCommand.REFUSED;
                }
            }
            return 0;
        }

        private PrintWriter out() {
            return spec.commandLine().getOut();
        }

        private PrintWriter err() {
            return spec.commandLine().getErr();
        }
    }

    @Command(name = "places",
            mixinStandardHelpOptions = true,
            header = "Check gazetteer files (named places customers may type) before Sportello reads them at startup.",
            description = {
                    "Reads each file as sportello.atm.gazetteer does (Overpass GeoJSON: name, name:it, name:en, alt_name,"
                            + " postal_code), says how many places and spellings it holds, and with --find reads sample"
                            + " messages the way the assistant does, naming the places found.",
                    "A file with an error is refused, naming the feature and the field. Needs no database.",
                    "Exit codes: 0 read, 1 refused, 2 usage.",
                    ""},
            footer = {"", "Example:", "  sportello atm places paris-places.geojson --find \"bancomat vicino alla Gare de Lyon\" --find \"near 75011\""})
    static final class Places implements Callable<Integer> {

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "gazetteer files (.geojson or .json), in order of preference")
        List<Path> files = new ArrayList<>();

        @Option(names = "--find", paramLabel = "MESSAGE", description = "a message to read for places (repeatable)")
        List<String> messages = new ArrayList<>();

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            List<NamedPlace> places = new ArrayList<>();
            for (Path file : files) {
                if (!Files.isReadable(file)) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "Cannot read " + file + ".");
                }
                if (Files.size(file) > AtmImports.FILE_BYTES_MAX) {
                    throw new CommandLine.ParameterException(spec.commandLine(), file + " is larger than " + AtmImports.FILE_BYTES_MAX
                            + " bytes: split it, or keep only the places customers name.");
                }
                try {
                    List<NamedPlace> read = PlaceFiles.read(file.getFileName().toString(), Files.readString(file));
                    out.printf("%s: %,d places, %,d spellings, %,d with a postcode.%n", file, read.size(),
                            read.stream().mapToInt(place -> place.spellings().size()).sum(),
                            read.stream().filter(place -> !place.postcode().isEmpty()).count());
                    places.addAll(read);
                } catch (AtmFileRefused refused) {
                    spec.commandLine().getErr().println(file + ": refused: " + refused.detail());
                    return ImportCommand.REFUSED;
                }
            }
            PlaceNames names = PlaceNames.of(places);
            for (String message : messages) {
                List<PlaceNames.Found> found = names.find(message);
                out.printf("\"%s\": %s%n", message, found.isEmpty() ? "no place" : String.join("; ", found.stream()
                        .map(place -> "\"" + place.text() + "\" is " + place.name() + " (" + place.position().latitude() + ", "
                                + place.position().longitude() + ")")
                        .toList()));
            }
            return 0;
        }
    }
}

package org.sportello.assistant.domain.nlu;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.sportello.assistant.NluFileRefused;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.protos.core.ModelProto;

/**
 * The file of a trained intent model, gzipped: a magic string and format version, the feature space
 * (each term with its inverse document frequency), then Tribuo's protobuf form of the classifier.
 * Protobuf rather than Java serialization: reading a model file then only ever reads data, whereas
 * deserializing Java objects from a file can run code from the class path.
 */
final class ModelFile {

    static final String MAGIC = "sportello-intent-model";
    static final int FORMAT = 1;
    /** Far above banking77's 80,000 terms; a larger count means a damaged file. */
    static final int TERMS_MAX = 5_000_000;

    private ModelFile() {
    }

    static void write(Path file, FeatureSpace features, Model<Label> model) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(file))))) {
            out.writeUTF(MAGIC);
            out.writeInt(FORMAT);
            Map<String, Float> terms = new TreeMap<>(features.inverseDocumentFrequency()); // sorted: same model, same bytes
            out.writeInt(terms.size());
            for (Map.Entry<String, Float> term : terms.entrySet()) {
                out.writeUTF(term.getKey());
                out.writeFloat(term.getValue());
            }
            model.serialize().writeDelimitedTo(out);
        }
    }

    static LinearIntentModel read(Path file) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(Files.newInputStream(file))))) {
            if (!MAGIC.equals(in.readUTF())) {
                throw notAModel(file, null);
            }
            int format = in.readInt();
            if (format != FORMAT) {
                throw new NluFileRefused(file + ": an intent model of format " + format + ", this Sportello reads format "
                        + FORMAT + ": train it again with 'sportello nlu train'");
            }
            FeatureSpace features = new FeatureSpace(terms(file, in));
            Model<?> model = Model.deserialize(ModelProto.parseDelimitedFrom(in));
            if (!model.validate(Label.class)) {
                throw notAModel(file, null);
            }
            return new LinearIntentModel(features, model.castModel(Label.class));
        } catch (NluFileRefused refused) {
            throw refused;
        } catch (NoSuchFileException missing) {
            throw new NluFileRefused(file + ": no such file: give the path of a model written by 'sportello nlu train'", missing);
        } catch (IOException | RuntimeException damaged) {
            // A truncated or foreign file fails anywhere in gzip, protobuf or Tribuo: all mean the same to the operator.
            throw notAModel(file, damaged);
        }
    }

    private static Map<String, Float> terms(Path file, DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > TERMS_MAX) {
            throw notAModel(file, null);
        }
        Map<String, Float> terms = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            terms.put(in.readUTF(), in.readFloat());
        }
        return terms;
    }

    private static NluFileRefused notAModel(Path file, Exception cause) {
        return new NluFileRefused(file + ": not a Sportello intent model" + (cause == null ? "" : " (" + cause + ")")
                + ": give a file written by 'sportello nlu train'", cause);
    }
}

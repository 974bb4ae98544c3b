package org.sportello.bank.adapter.in.camt;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.sportello.shared.RequestRefused;

/** The camt test files under src/test/resources/bank/camt, read through a fresh {@link CamtReader}. */
final class CamtFiles {

    private CamtFiles() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = CamtFiles.class.getResourceAsStream("/bank/camt/" + name)) {
            return Objects.requireNonNull(in, "no test file bank/camt/" + name).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CamtMessage read(String name) {
        return read(bytes(name), name);
    }

    static CamtMessage read(byte[] xml, String sourceName) {
        return new CamtReader().read(new ByteArrayInputStream(xml), sourceName);
    }

    static RequestRefused refusalOf(String name) {
        return refusalOf(bytes(name), name);
    }

    static RequestRefused refusalOf(byte[] xml, String sourceName) {
        return refusalOf(new ByteArrayInputStream(xml), sourceName);
    }

    static RequestRefused refusalOf(InputStream xml, String sourceName) {
        RequestRefused refused = catchThrowableOfType(RequestRefused.class, () -> new CamtReader().read(xml, sourceName));
        return Objects.requireNonNull(refused, sourceName + " was read, not refused");
    }
}

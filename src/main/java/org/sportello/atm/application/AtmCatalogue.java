package org.sportello.atm.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.sportello.atm.Atm;
import org.sportello.atm.AtmFileRefused;
import org.sportello.atm.AtmFormat;
import org.sportello.atm.AtmImportReport;
import org.sportello.atm.AtmImports;
import org.sportello.atm.AtmLocator;
import org.sportello.atm.NearbyAtm;
import org.sportello.atm.domain.NearestIndex;
import org.sportello.shared.GeoPoint;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The places Sportello knows: imported into the store, answered from an in-memory index that is
 * rebuilt from the store after every import, so readers never see half an import.
 */
@Service
public class AtmCatalogue implements AtmLocator, AtmImports {

    private final AtmStore store;
    private final Map<AtmFormat, AtmFileReader> readers = new EnumMap<>(AtmFormat.class);
    private final TransactionTemplate transaction;
    private volatile NearestIndex index = NearestIndex.of(List.of());

    public AtmCatalogue(AtmStore store, List<AtmFileReader> readers, TransactionTemplate transaction) {
        this.store = store;
        readers.forEach(reader -> this.readers.put(reader.format(), reader));
        this.transaction = transaction;
    }

    @Override
    public List<NearbyAtm> nearest(GeoPoint from, int k, Predicate<Atm> wanted) {
        if (k < 1 || k > NEAREST_MAX) {
            throw new IllegalArgumentException("k must be 1 to " + NEAREST_MAX + ", got " + k);
        }
        return index.nearest(from, k, wanted);
    }

    @Override
    public int size() {
        return index.size();
    }

    /** Imports run one at a time: two at once would count each other's places as theirs. */
    @Override
    public synchronized AtmImportReport importFile(AtmFormat format, InputStream content, String source) {
        List<Atm> atms = readers.get(format).read(source, text(content, source));
        AtmImportReport report = transaction.execute(status -> upsert(atms, source));
        reload();
        return report;
    }

    /** Rebuilds the index from the store, as at startup. */
    public void reload() {
        index = NearestIndex.of(store.all());
    }

    private AtmImportReport upsert(List<Atm> atms, String source) {
        Map<String, Atm> known = store.all().stream().collect(Collectors.toMap(Atm::osmId, Function.identity()));
        List<Atm> added = new ArrayList<>();
        List<Atm> changed = new ArrayList<>();
        for (Atm atm : atms) {
            Atm before = known.get(atm.osmId());
            if (before == null) {
                added.add(atm);
            } else if (!before.equals(atm)) {
                changed.add(atm);
            }
        }
        store.add(added);
        store.replace(changed);
        return new AtmImportReport(source, added.size(), changed.size(), atms.size() - added.size() - changed.size());
    }

    private static String text(InputStream content, String source) {
        try {
            byte[] bytes = content.readNBytes((int) FILE_BYTES_MAX + 1);
            if (bytes.length > FILE_BYTES_MAX) {
                throw new AtmFileRefused(source + ": larger than " + FILE_BYTES_MAX / (1024 * 1024) + " MB: split it into smaller files");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }
}

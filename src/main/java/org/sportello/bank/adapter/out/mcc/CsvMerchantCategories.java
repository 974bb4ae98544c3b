package org.sportello.bank.adapter.out.mcc;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.sportello.bank.application.MerchantCategories;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Merchant category codes from {@code bank/mcc/mcc_codes.csv}, a copy of greggles/mcc-codes
 * (Unlicense, see LICENSE.txt beside it).
 */
@Component
public class CsvMerchantCategories implements MerchantCategories {

    static final String RESOURCE = "bank/mcc/mcc_codes.csv";

    private final Map<String, String> descriptions;

    public CsvMerchantCategories() {
        this.descriptions = load(new ClassPathResource(RESOURCE));
    }

    private static Map<String, String> load(ClassPathResource resource) {
        Map<String, String> descriptions = new HashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord record : format.parse(reader)) {
                String mcc = record.get("mcc").strip();
                if (!mcc.matches("[0-9]{4}")) {
                    throw new IllegalStateException(RESOURCE + " line " + (record.getRecordNumber() + 1)
                            + ": mcc must be 4 digits, got '" + mcc + "'");
                }
                descriptions.put(mcc, record.get("edited_description").strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + " from the classpath", e);
        }
        return Map.copyOf(descriptions);
    }

    @Override
    public boolean isKnown(String mcc) {
        return descriptions.containsKey(mcc);
    }

    @Override
    public Optional<String> description(String mcc) {
        return Optional.ofNullable(descriptions.get(mcc));
    }

    @Override
    public int size() {
        return descriptions.size();
    }
}

package org.sportello.bank.application;

import java.util.Optional;

/** The ISO 18245 merchant category codes Sportello knows, with their English descriptions. */
public interface MerchantCategories {

    boolean isKnown(String mcc);

    Optional<String> description(String mcc);

    int size();
}

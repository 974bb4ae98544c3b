package org.sportello.bank.adapter.in.feed.json;

import java.util.TreeSet;
import org.sportello.bank.application.MerchantCategories;
import org.sportello.bank.domain.Merchant;
import org.sportello.shared.GeoPoint;
import tools.jackson.databind.JsonNode;

/** The {@code merchant} object of a transaction item. */
final class MerchantItem {

    private final TransactionItem item;
    private final MerchantCategories categories;

    MerchantItem(TransactionItem item, MerchantCategories categories) {
        this.item = item;
        this.categories = categories;
    }

    Merchant read(JsonNode merchant) {
        if (merchant == null || merchant.isNull()) {
            return null;
        }
        if (!merchant.isObject()) {
            item.refuse("merchant", "must be an object with \"name\" and optional \"mcc\", \"city\", \"latitude\", \"longitude\"");
            return null;
        }
        for (String name : merchant.propertyNames()) {
            if (!TransactionBatchReader.MERCHANT_FIELDS.contains(name)) {
                item.refuse("merchant." + name, "unknown field; known fields are " + new TreeSet<>(TransactionBatchReader.MERCHANT_FIELDS));
            }
        }
        int before = item.violationCount();
        String name = item.text(merchant, "merchant.name", "name", true, Merchant.NAME_CHARS_MAX);
        String mcc = item.text(merchant, "merchant.mcc", "mcc", false, 4);
        if (mcc != null && !categories.isKnown(mcc)) {
            item.refuse("merchant.mcc", "'" + mcc + "' is not an ISO 18245 merchant category code");
        }
        String city = item.text(merchant, "merchant.city", "city", false, Merchant.CITY_CHARS_MAX);
        GeoPoint location = location(merchant);
        if (item.violationCount() > before) {
            return null;
        }
        return new Merchant(name, mcc, city, location);
    }

    private GeoPoint location(JsonNode merchant) {
        JsonNode latitude = merchant.get("latitude");
        JsonNode longitude = merchant.get("longitude");
        boolean hasLatitude = latitude != null && !latitude.isNull();
        boolean hasLongitude = longitude != null && !longitude.isNull();
        if (!hasLatitude && !hasLongitude) {
            return null;
        }
        if (!hasLatitude || !hasLongitude || !latitude.isNumber() || !longitude.isNumber()) {
            item.refuse(hasLatitude && latitude.isNumber() ? "merchant.longitude" : "merchant.latitude",
                    "latitude and longitude come together, as numbers in decimal degrees");
            return null;
        }
        try {
            return new GeoPoint(latitude.doubleValue(), longitude.doubleValue());
        } catch (IllegalArgumentException outOfRange) {
            item.refuse(outOfRange.getMessage().startsWith("latitude") ? "merchant.latitude" : "merchant.longitude",
                    outOfRange.getMessage());
            return null;
        }
    }

}

package org.sportello.bank;


/**
 * A customer's own say on categories: "Netflix is entertainment, not a bill". The choice
 * outranks every rule for this customer, from now on and for what is already booked.
 */
public interface CategoryChoices {

    /**
     * @param merchant     the merchant as the customer names it ("netflix"); normalised like booked merchants
     * @param categoryCode a detailed or primary code of the taxonomy
     * @return how many of the customer's booked transactions changed category
     * @throws IllegalArgumentException naming the code when the taxonomy does not know it
     */
    int choose(Grant transactions, String merchant, String categoryCode);
}

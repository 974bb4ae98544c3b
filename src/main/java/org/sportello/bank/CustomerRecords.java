package org.sportello.bank;

import java.util.List;
import java.util.Map;

/**
 * Everything the bank side of Sportello holds about a customer, for a data access request:
 * profile, sign-in name (never the password hash), accounts, cards (last four digits only, all
 * that is stored) and every transaction, as stored.
 */
public interface CustomerRecords {

    /** Needs a grant for ACCOUNTS that an operator obtained for the export. */
    Export exportOf(Grant grant);

    record Export(Map<String, Object> profile, String username, List<Map<String, Object>> accounts,
                  List<Map<String, Object>> cards, List<Map<String, Object>> transactions) {
    }
}

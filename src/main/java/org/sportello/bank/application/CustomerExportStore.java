package org.sportello.bank.application;

import org.sportello.bank.CustomerRecords;
import org.sportello.shared.CustomerId;

/** Reads a customer's stored rows for a data export. */
public interface CustomerExportStore {

    CustomerRecords.Export exportOf(CustomerId customer);
}

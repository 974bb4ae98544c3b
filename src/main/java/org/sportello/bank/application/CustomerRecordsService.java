package org.sportello.bank.application;

import org.sportello.bank.CustomerRecords;
import org.sportello.bank.Grant;
import org.sportello.shared.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class CustomerRecordsService implements CustomerRecords {

    private final CustomerExportStore store;

    CustomerRecordsService(CustomerExportStore store) {
        this.store = store;
    }

    @Override
    public Export exportOf(Grant grant) {
        return store.exportOf(Grants.require(grant, Scope.ACCOUNTS));
    }
}

package org.sportello.assistant.application;

import java.time.ZoneId;
import java.util.List;
import java.util.StringJoiner;
import org.sportello.assistant.domain.Intent;
import org.sportello.bank.AccountSummary;
import org.sportello.bank.Accounts;
import org.sportello.bank.CustomerProfile;
import org.sportello.bank.Customers;
import org.sportello.bank.TransactionSummary;
import org.sportello.consent.AccessPurpose;
import org.sportello.consent.ConsentCheck;
import org.sportello.consent.Consents;
import org.sportello.shared.Scope;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.Language;
import org.springframework.stereotype.Component;

/**
 * Answers about the customer's own accounts. Each one asks for consent first and reads only for
 * the customer the consent names.
 */
@Component
class AccountSkills {

    static final int RECENT_TRANSACTIONS_SHOWN = 5;

    private final Consents consents;
    private final Accounts accounts;
    private final Customers customers;
    private final Replies replies;

    AccountSkills(Consents consents, Accounts accounts, Customers customers, Replies replies) {
        this.consents = consents;
        this.accounts = accounts;
        this.customers = customers;
        this.replies = replies;
    }

    Answer balance(ChatAddress chat, Language language) {
        ConsentCheck check = consents.check(chat, Scope.BALANCES, AccessPurpose.ANSWER);
        if (!(check instanceof ConsentCheck.Granted granted)) {
            return refused((ConsentCheck.Refused) check, language);
        }
        List<AccountSummary> owned = accounts.accountsOf(granted);
        if (owned.isEmpty()) {
            return Answer.of(replies.text("assistant.balance.no-accounts", language), List.of());
        }
        if (owned.size() == 1) {
            AccountSummary account = owned.get(0);
            String text = account.hasPending()
                    ? replies.text("assistant.balance.one.pending", language, account.maskedIban(),
                            account.available().format(language), account.balance().format(language),
                            account.available().minus(account.balance()).abs().format(language))
                    : replies.text("assistant.balance.one", language, account.maskedIban(), account.available().format(language));
            return Answer.of(text, List.of(replies.suggestion(Intent.TRANSACTIONS_RECENT, language)));
        }
        StringJoiner lines = new StringJoiner("\n");
        lines.add(replies.text("assistant.balance.many", language));
        for (AccountSummary account : owned) {
            lines.add(replies.text("assistant.balance.line", language, account.productName(), account.maskedIban(),
                    account.available().format(language)));
        }
        return Answer.of(lines.toString(), List.of(replies.suggestion(Intent.TRANSACTIONS_RECENT, language)));
    }

    Answer recentTransactions(ChatAddress chat, Language language) {
        ConsentCheck check = consents.check(chat, Scope.TRANSACTIONS, AccessPurpose.ANSWER);
        if (!(check instanceof ConsentCheck.Granted granted)) {
            return refused((ConsentCheck.Refused) check, language);
        }
        List<TransactionSummary> recent = accounts.recentTransactions(granted, RECENT_TRANSACTIONS_SHOWN);
        if (recent.isEmpty()) {
            return Answer.of(replies.text("assistant.transactions.none", language), List.of());
        }
        ZoneId zone = customers.profileOf(granted).map(CustomerProfile::timeZone).orElse(Replies.BANK_ZONE);
        StringJoiner lines = new StringJoiner("\n");
        lines.add(replies.text("assistant.transactions.header", language, recent.size()));
        recent.forEach(transaction -> lines.add(replies.transactionLine(transaction, zone, language)));
        return Answer.of(lines.toString(), List.of(replies.suggestion(Intent.BALANCE, language)));
    }

    private Answer refused(ConsentCheck.Refused refused, Language language) {
        return replies.refused(refused, language);
    }

}

package org.sportello.bank.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sportello.bank.CustomerProfile;
import org.sportello.bank.DemoCustomers;
import org.sportello.bank.application.BankSetup;
import org.sportello.bank.application.Categorisation;
import org.sportello.bank.application.CustomerStore;
import org.sportello.bank.application.LoginStore;
import org.sportello.bank.application.TransactionStore;
import org.sportello.bank.domain.BookedTransaction;
import org.sportello.bank.domain.TransactionDraft;
import org.sportello.bank.domain.category.CategoryAssignment;
import org.sportello.bank.domain.category.CategoryOverrides;
import org.sportello.shared.CustomerId;
import org.sportello.shared.IdGenerator;
import org.sportello.shared.Money;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo bank: at first start, four customers (two Italian-speaking, two English-speaking) with
 * a current account, a card and {@code sportello.demo.history-months} of history each, so that the
 * web chat has real data to talk about. A restart finds the seed recorded and leaves data alone.
 */
@Component
@ConditionalOnProperty(name = "sportello.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoBank implements DemoCustomers, SmartInitializingSingleton {

    static final String SEED_NAME = "demo-bank-v1";
    static final String LOGINS_SEED_NAME = "demo-logins-v1";
    /** Every demo customer's password on the bank's pages; the demo login page shows it. */
    static final String PASSWORD = "sportello-demo";
    static final String PRODUCT = "Conto Sportello";
    static final Currency EUR = Currency.getInstance("EUR");

    private static final Logger log = LoggerFactory.getLogger(DemoBank.class);

    private final BankSetup setup;
    private final TransactionStore transactions;
    private final CustomerStore customers;
    private final Categorisation categorisation;
    private final TransactionTemplate database;
    private final Clock clock;
    private final IdGenerator ids;
    private final DemoProperties properties;
    private final LoginStore logins;
    private final PasswordEncoder passwords;

    DemoBank(BankSetup setup, TransactionStore transactions, CustomerStore customers, Categorisation categorisation,
             TransactionTemplate database, Clock clock, IdGenerator ids, DemoProperties properties, LoginStore logins,
             PasswordEncoder passwords) {
        this.logins = logins;
        this.passwords = passwords;
        this.categorisation = categorisation;
        this.setup = setup;
        this.transactions = transactions;
        this.customers = customers;
        this.database = database;
        this.clock = clock;
        this.ids = ids;
        this.properties = properties;
    }

    /** Seeds before the web server opens, so the first page already lists the customers. */
    @Override
    public void afterSingletonsInstantiated() {
        long started = System.nanoTime();
        Integer booked = database.execute(status -> seedIfNew());
        if (booked != null && booked > 0) {
            log.info("demo bank seeded: {} customers, {} transactions over {} months, in {} ms", DemoCustomer.ALL.size(),
                    booked, properties.historyMonths(), (System.nanoTime() - started) / 1_000_000);
        } else {
            log.info("demo bank already seeded; data left as it is");
        }
    }

    /** @return how many transactions were written; 0 when the bank was seeded before */
    int seedIfNew() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, DemoCustomer.ZONE);
        LocalDate from = today.minusMonths(properties.historyMonths());
        int written = 0;
        if (setup.claimSeed(SEED_NAME, now, from, today)) {
            for (DemoCustomer customer : DemoCustomer.ALL) {
                written += seed(customer, from, today, now);
            }
        }
        // Databases seeded before the bank had its own login pages get their logins now.
        if (setup.claimSeed(LOGINS_SEED_NAME, now, from, today)) {
            String hash = passwords.encode(PASSWORD);
            for (DemoCustomer customer : DemoCustomer.ALL) {
                logins.add(new LoginStore.Login(new CustomerId(customer.id()), customer.id(), hash));
            }
        }
        return written;
    }

    private int seed(DemoCustomer customer, LocalDate from, LocalDate to, Instant now) {
        List<TransactionDraft> history = DemoHistory.of(customer, from, to, properties.seed());
        Money balance = Money.zero(EUR);
        List<BookedTransaction> booked = new ArrayList<>(history.size());
        CustomerId id = new CustomerId(customer.id());
        for (TransactionDraft draft : history) {
            balance = balance.plus(draft.amount());
            CategoryAssignment category = categorisation.categorise(draft, id, CategoryOverrides.NONE);
            booked.add(new BookedTransaction(ids.newId(), draft, customer.accountId(), balance, draft.fingerprint(), now, null,
                    category.category().code(), category.category().primaryCode(), category.merchant()));
        }
        setup.addCustomer(customer.profile(), now);
        setup.openAccount(customer.accountId(), new CustomerId(customer.id()), customer.iban(), EUR, PRODUCT, from, balance);
        setup.issueCard(customer.cardId(), customer.accountId(), customer.cardBrand(), customer.cardKind(), customer.cardProduct(),
                customer.cardLast4(), YearMonth.from(from).plusYears(4).atEndOfMonth());
        transactions.insertAll(booked);
        return booked.size();
    }

    @Override
    public String password() {
        return PASSWORD;
    }

    @Override
    public List<CustomerProfile> list() {
        return customers.findAll(DemoCustomer.ALL.stream().map(customer -> new CustomerId(customer.id())).toList());
    }
}

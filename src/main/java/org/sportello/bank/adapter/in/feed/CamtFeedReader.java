package org.sportello.bank.adapter.in.feed;

import java.io.InputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.sportello.bank.FeedFormat;
import org.sportello.bank.TransactionKind;
import org.sportello.bank.TransactionStatus;
import org.sportello.bank.adapter.in.camt.CamtEntry;
import org.sportello.bank.adapter.in.camt.CamtMessage;
import org.sportello.bank.adapter.in.camt.CamtReader;
import org.sportello.bank.adapter.in.camt.CamtReport;
import org.sportello.bank.application.MerchantCategories;
import org.sportello.bank.domain.ForeignAmount;
import org.sportello.bank.domain.Merchant;
import org.sportello.bank.domain.TransactionDetails;
import org.sportello.bank.domain.TransactionDraft;
import org.sportello.shared.Ellipsis;
import org.sportello.shared.Iban;
import org.sportello.shared.Money;
import org.sportello.shared.RequestRefused;
import org.sportello.shared.RequestRefused.Reason;
import org.sportello.shared.Violation;
import org.springframework.stereotype.Component;

/**
 * ISO 20022 camt.053 and camt.054 entries as feed entries: the reader checks the document (and a
 * statement's balances); here each BOOK or PDNG entry becomes a draft, keyed by its AcctSvcrRef,
 * and INFO entries are reported as skipped.
 */
@Component
class CamtFeedReader {

    private final CamtReader reader = new CamtReader();
    private final MerchantCategories categories;
    private final ZoneId bankZone;

    CamtFeedReader(MerchantCategories categories, IngestProperties properties) {
        this.categories = categories;
        this.bankZone = properties.timeZone();
    }

    List<FeedEntry> read(InputStream content, String source, FeedFormat format) {
        CamtMessage message = reader.read(content, source);
        requireKind(message, format, source);
        List<FeedEntry> entries = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        for (CamtReport report : message.reports()) {
            Iban account = Iban.parse(report.iban());
            for (CamtEntry entry : report.entries()) {
                entries.add(entry(entries.size(), account, entry, violations));
            }
        }
        if (!violations.isEmpty()) {
            throw new RequestRefused(Reason.INVALID, "invalid-camt", "Invalid camt document",
                    violations.size() + " entries of " + source + " cannot be booked; nothing was booked", violations);
        }
        return entries;
    }

    private static void requireKind(CamtMessage message, FeedFormat format, String source) {
        CamtMessage.Kind expected = format == FeedFormat.CAMT053 ? CamtMessage.Kind.STATEMENT_053
                : format == FeedFormat.CAMT054 ? CamtMessage.Kind.NOTIFICATION_054 : message.kind();
        if (message.kind() != expected) {
            throw new RequestRefused(Reason.INVALID, "unsupported-document", "Unsupported document", source + " is a "
                    + message.version() + " but " + format.code() + " was asked for; use --format camt to accept either");
        }
    }

    private FeedEntry entry(int index, Iban account, CamtEntry entry, List<Violation> violations) {
        String location = "Ntry at line " + entry.line();
        if (entry.status() == CamtEntry.Status.INFO) {
            return FeedEntry.skipped(index, location, "informational entry (Sts INFO): not booked");
        }
        String reference = entry.accountServicerReference();
        if (!TransactionDraft.isValidReference(reference)) {
            violations.add(violation(index, entry, "AcctSvcrRef", "AcctSvcrRef '" + reference + "' is not usable as an id:"
                    + " 1 to " + TransactionDraft.REFERENCE_CHARS_MAX + " letters, digits or . _ : / + - characters"));
            return FeedEntry.skipped(index, location, "refused");
        }
        if (entry.bookedAt(bankZone) == null) {
            violations.add(violation(index, entry, "BookgDt", "the entry has no booking date (BookgDt)"));
            return FeedEntry.skipped(index, location, "refused");
        }
        return FeedEntry.of(index, location, draft(account, entry, reference));
    }

    private TransactionDraft draft(Iban account, CamtEntry entry, String reference) {
        Money amount = Money.of(entry.amount(), Currency.getInstance(entry.currency()));
        Money signed = entry.credit() ? amount : amount.negate();
        TransactionKind kind = CamtKinds.kindOf(entry);
        boolean card = kind == TransactionKind.CARD_PAYMENT || kind == TransactionKind.CARD_REFUND
                || kind == TransactionKind.CASH_WITHDRAWAL;
        String party = clip(entry.counterpartyName(), Merchant.NAME_CHARS_MAX);
        Merchant merchant = card && party != null
                ? new Merchant(party, entry.mcc() != null && categories.isKnown(entry.mcc()) ? entry.mcc() : null, null, null)
                : null;
        var bookedAt = entry.bookedAt(bankZone);
        return new TransactionDraft(reference, account, signed, kind,
                entry.status() == CamtEntry.Status.PENDING ? TransactionStatus.PENDING : TransactionStatus.BOOKED,
                bookedAt.toInstant(), entry.valueDate() != null ? entry.valueDate() : bookedAt.toLocalDate(),
                entry.cardLast4(), merchant, merchant == null ? party : null,
                clip(entry.remittance(), TransactionDraft.DESCRIPTION_CHARS_MAX), details(entry));
    }

    private static TransactionDetails details(CamtEntry entry) {
        ForeignAmount original = entry.originalAmount() != null && entry.originalCurrency() != null && entry.exchangeRate() != null
                ? new ForeignAmount(entry.originalAmount(), Currency.getInstance(entry.originalCurrency()), entry.exchangeRate())
                : null;
        String endToEnd = entry.endToEndId() != null && entry.endToEndId().length() <= TransactionDetails.END_TO_END_ID_CHARS_MAX
                ? entry.endToEndId() : null;
        String reversed = TransactionDraft.isValidReference(entry.reversedReference()) ? entry.reversedReference() : null;
        String code = clip(entry.bankTransactionCode(), TransactionDetails.BANK_TRANSACTION_CODE_CHARS_MAX);
        return new TransactionDetails(entry.counterpartyIban() == null ? null : Iban.parse(entry.counterpartyIban()), endToEnd,
                code, original, entry.reversal(), reversed);
    }

    private static String clip(String text, int charsMax) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String plain = text.strip();
        return Ellipsis.cut(plain, charsMax);
    }

    private static Violation violation(int index, CamtEntry entry, String field, String detail) {
        return new Violation("/entries/" + index + "/" + field, field, "line " + entry.line() + ": " + detail, index,
                entry.accountServicerReference());
    }
}

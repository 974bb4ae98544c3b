package org.sportello.bank.adapter.in.camt;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes camt.053 and camt.054 documents for tests, escaping text as an XML writer would, in the
 * layout of the version asked for (plain Sts and party Nm before 001.08, Sts/Cd and Pty/Nm after).
 */
final class CamtXml {

    static final String IBAN = "IT60X0542811101000000123456";

    private final CamtMessage.Kind kind;
    private int version = 8;
    private String account = "<Id><IBAN>" + IBAN + "</IBAN></Id><Ccy>EUR</Ccy>";
    private final List<String> balances = new ArrayList<>();
    private final List<Ntry> entries = new ArrayList<>();
    private String summary = "";
    private int reports = 1;

    private CamtXml(CamtMessage.Kind kind) {
        this.kind = kind;
    }

    static CamtXml aNotification() {
        return new CamtXml(CamtMessage.Kind.NOTIFICATION_054);
    }

    static CamtXml aStatement() {
        return new CamtXml(CamtMessage.Kind.STATEMENT_053);
    }

    CamtXml version(int number) {
        this.version = number;
        return this;
    }

    /** The inside of Acct, as XML. */
    CamtXml account(String accountXml) {
        this.account = accountXml;
        return this;
    }

    CamtXml balance(String type, String amount, String creditDebit) {
        balances.add("<Bal><Tp><CdOrPrtry><Cd>" + type + "</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">" + amount
                + "</Amt><CdtDbtInd>" + creditDebit + "</CdtDbtInd><Dt><Dt>2026-11-17</Dt></Dt></Bal>");
        return this;
    }

    /** The inside of TxsSummry, as XML. */
    CamtXml summary(String summaryXml) {
        this.summary = "<TxsSummry>" + summaryXml + "</TxsSummry>";
        return this;
    }

    CamtXml entry(Ntry entry) {
        entries.add(entry);
        return this;
    }

    /** The same report (account, balances, entries) this many times. */
    CamtXml reports(int count) {
        this.reports = count;
        return this;
    }

    String namespace() {
        return "urn:iso:std:iso:20022:tech:xsd:" + kind.schema() + ".001." + String.format("%02d", version);
    }

    String xml() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<Document xmlns=\"").append(namespace()).append("\">\n")
                .append("<").append(kind.messageElement()).append(">\n")
                .append("<GrpHdr><MsgId>MSG-1</MsgId><CreDtTm>2026-11-18T10:15:00+01:00</CreDtTm></GrpHdr>\n");
        for (int report = 1; report <= reports; report++) {
            appendReport(xml, report);
        }
        return xml.append("</").append(kind.messageElement()).append(">\n</Document>\n").toString();
    }

    byte[] bytes() {
        return xml().getBytes(StandardCharsets.UTF_8);
    }

    private void appendReport(StringBuilder xml, int report) {
        xml.append("<").append(kind.reportElement()).append(">\n<Id>REPORT-").append(report).append("</Id>\n")
                .append("<Acct>").append(account).append("</Acct>\n");
        balances.forEach(balance -> xml.append(balance).append('\n'));
        if (!summary.isEmpty()) {
            xml.append(summary).append('\n');
        }
        entries.forEach(entry -> xml.append(entry.xml(version)));
        xml.append("</").append(kind.reportElement()).append(">\n");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }

    /** One Ntry; each starts on a line of its own. */
    static final class Ntry {

        private final String amount;
        private final boolean credit;
        private String currency = "EUR";
        private String status = "BOOK";
        private boolean reversal;
        private String booking = "<Dt>2026-11-18</Dt>";
        private String valueDate;
        private String reference;
        private String code = "<Domn><Cd>PMNT</Cd><Fmly><Cd>CCRD</Cd><SubFmlyCd>POSD</SubFmlyCd></Fmly></Domn>";
        private String endToEndId;
        private String partyName;
        private String partyIban;
        private final List<String> remittance = new ArrayList<>();
        private String purpose;
        private String more = "";

        private Ntry(String amount, boolean credit) {
            this.amount = amount;
            this.credit = credit;
        }

        static Ntry debit(String amount) {
            return new Ntry(amount, false);
        }

        static Ntry credit(String amount) {
            return new Ntry(amount, true);
        }

        Ntry currency(String code) {
            this.currency = code;
            return this;
        }

        Ntry status(String code) {
            this.status = code;
            return this;
        }

        Ntry reversal() {
            this.reversal = true;
            return this;
        }

        Ntry bookedOn(String date) {
            this.booking = "<Dt>" + date + "</Dt>";
            return this;
        }

        Ntry bookedAt(String dateTime) {
            this.booking = "<DtTm>" + dateTime + "</DtTm>";
            return this;
        }

        Ntry valued(String date) {
            this.valueDate = date;
            return this;
        }

        Ntry reference(String accountServicerReference) {
            this.reference = accountServicerReference;
            return this;
        }

        /** The inside of BkTxCd, as XML. */
        Ntry code(String codeXml) {
            this.code = codeXml;
            return this;
        }

        Ntry endToEnd(String id) {
            this.endToEndId = id;
            return this;
        }

        Ntry counterparty(String name, String iban) {
            this.partyName = name;
            this.partyIban = iban;
            return this;
        }

        Ntry remittance(String... lines) {
            remittance.addAll(List.of(lines));
            return this;
        }

        Ntry purpose(String code) {
            this.purpose = code;
            return this;
        }

        /** More XML inside the TxDtls, such as AmtDtls or CardTx. */
        Ntry details(String xml) {
            this.more = xml;
            return this;
        }

        String xml(int version) {
            StringBuilder xml = new StringBuilder("<Ntry>\n<Amt Ccy=\"").append(currency).append("\">").append(amount)
                    .append("</Amt><CdtDbtInd>").append(credit ? "CRDT" : "DBIT").append("</CdtDbtInd>")
                    .append(reversal ? "<RvslInd>true</RvslInd>" : "")
                    .append(version < 8 ? "<Sts>" + status + "</Sts>" : "<Sts><Cd>" + status + "</Cd></Sts>")
                    .append(booking == null ? "" : "<BookgDt>" + booking + "</BookgDt>")
                    .append(valueDate == null ? "" : "<ValDt><Dt>" + valueDate + "</Dt></ValDt>")
                    .append(reference == null ? "" : "<AcctSvcrRef>" + escape(reference) + "</AcctSvcrRef>")
                    .append(code == null ? "" : "<BkTxCd>" + code + "</BkTxCd>")
                    .append("\n<NtryDtls><TxDtls>")
                    .append(endToEndId == null ? "" : "<Refs><EndToEndId>" + escape(endToEndId) + "</EndToEndId></Refs>");
            appendParty(xml, version);
            xml.append(purpose == null ? "" : "<Purp><Cd>" + purpose + "</Cd></Purp>");
            if (!remittance.isEmpty()) {
                xml.append("<RmtInf>");
                remittance.forEach(line -> xml.append("<Ustrd>").append(escape(line)).append("</Ustrd>"));
                xml.append("</RmtInf>");
            }
            return xml.append(more).append("</TxDtls></NtryDtls>\n</Ntry>\n").toString();
        }

        private void appendParty(StringBuilder xml, int version) {
            if (partyName == null && partyIban == null) {
                return;
            }
            String role = credit ? "Dbtr" : "Cdtr";
            String name = partyName == null ? "" : version < 8
                    ? "<Nm>" + escape(partyName) + "</Nm>" : "<Pty><Nm>" + escape(partyName) + "</Nm></Pty>";
            xml.append("<RltdPties>").append(name.isEmpty() ? "" : "<" + role + ">" + name + "</" + role + ">");
            if (partyIban != null) {
                xml.append("<").append(role).append("Acct><Id><IBAN>").append(partyIban).append("</IBAN></Id></")
                        .append(role).append("Acct>");
            }
            xml.append("</RltdPties>");
        }
    }
}

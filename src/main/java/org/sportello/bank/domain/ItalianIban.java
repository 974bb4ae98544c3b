package org.sportello.bank.domain;

import org.sportello.shared.Iban;

/**
 * Italian IBANs: the BBAN is a check letter (CIN), the bank's ABI code, the branch's CAB code and
 * a 12-character account number; the CIN follows Banca d'Italia's odd/even table.
 */
public final class ItalianIban {

    private static final int[] ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22,
            25, 24, 23};

    private ItalianIban() {
    }

    public static Iban of(String abi, String cab, String account) {
        if (!abi.matches("[0-9]{5}") || !cab.matches("[0-9]{5}") || !account.matches("[0-9A-Z]{12}")) {
            throw new IllegalArgumentException("ABI and CAB are 5 digits, the account number 12 digits or capitals");
        }
        String code = abi + cab + account;
        return Iban.of("IT", cin(code) + code);
    }

    public static char cin(String code) {
        int sum = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : c - 'A';
            // Positions count from 1: odd positions go through the table, even ones count as they are.
            sum += i % 2 == 0 ? ODD[value] : value;
        }
        return (char) ('A' + sum % 26);
    }
}

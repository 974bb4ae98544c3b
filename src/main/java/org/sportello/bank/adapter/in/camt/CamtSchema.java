package org.sportello.bank.adapter.in.camt;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which camt message and version a document's root namespace names, if Sportello reads it. */
record CamtSchema(CamtMessage.Kind kind, String version) {

    static final int VERSION_MIN = 2;
    static final int VERSION_MAX = 13;
    static final String ISO_NAMESPACE_PREFIX = "urn:iso:std:iso:20022:tech:xsd:";
    static final String ACCEPTED = "Sportello reads camt.053 and camt.054, versions 001.02 to 001.13 (namespace "
            + ISO_NAMESPACE_PREFIX + "camt.053.001.NN or " + ISO_NAMESPACE_PREFIX + "camt.054.001.NN)";

    private static final Pattern ISO_MESSAGE = Pattern.compile(
            Pattern.quote(ISO_NAMESPACE_PREFIX) + "([a-z]{4}\\.[0-9]{3})\\.([0-9]{3})\\.([0-9]{2})");

    /** Refuses, as unsupported, a root that is not Document in a camt.053 or camt.054 namespace it reads. */
    static CamtSchema of(Element root) {
        String namespace = root.namespace();
        if (namespace.isEmpty()) {
            throw unsupported(root, "the root element <" + root.name() + "> has no namespace");
        }
        Matcher iso = ISO_MESSAGE.matcher(namespace);
        if (!iso.matches()) {
            throw unsupported(root, "the root element is in namespace " + CamtValues.quoted(namespace)
                    + ", not an ISO 20022 message namespace");
        }
        String version = iso.group(1) + "." + iso.group(2) + "." + iso.group(3);
        CamtMessage.Kind kind = kind(iso.group(1));
        int number = Integer.parseInt(iso.group(3));
        if (kind == null || !iso.group(2).equals("001") || number < VERSION_MIN || number > VERSION_MAX) {
            throw unsupported(root, "the document is a " + version + " message");
        }
        if (!root.is("Document")) {
            throw unsupported(root, "the root element is <" + root.name() + ">, not <Document>");
        }
        return new CamtSchema(kind, version);
    }

    private static CamtMessage.Kind kind(String schema) {
        for (CamtMessage.Kind kind : CamtMessage.Kind.values()) {
            if (kind.schema().equals(schema)) {
                return kind;
            }
        }
        return null;
    }

    private static RuntimeException unsupported(Element root, String found) {
        return CamtRefusals.unsupported(root.start(), root, found + "; " + ACCEPTED);
    }
}

package org.sportello.bank.adapter.in.camt;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_16;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sportello.shared.RequestRefused;

/**
 * Which encoding a document is in, from its byte order mark and XML declaration (XML 1.0
 * appendix F), refusing the combinations that contradict each other. Decoding is done here and
 * not by the parser so that a byte that is wrong for the encoding is named with its own line,
 * in words that do not depend on the JDK's locale.
 *
 * @param charset     what to decode the bytes with
 * @param bomBytes    how many bytes of byte order mark to skip
 * @param provenance  where the encoding came from, for messages about bytes that do not fit it
 */
record DeclaredEncoding(Charset charset, int bomBytes, String provenance) {

    /** How far ahead to look for the XML declaration; one with a long encoding name fits in 100 bytes. */
    static final int HEAD_BYTES = 512;

    /**
     * ISO 20022 documents are UTF-8; the others are here for banks whose older systems write
     * Latin-1 or UTF-16. Exotic encodings (UTF-7, EBCDIC, UTF-32) are refused rather than trusted.
     */
    static final List<Charset> ACCEPTED = List.of(UTF_8, UTF_16BE, UTF_16LE, ISO_8859_1,
            Charset.forName("ISO-8859-15"), US_ASCII, Charset.forName("windows-1252"));

    private static final Pattern DECLARATION = Pattern.compile(
            "^<\\?xml\\s+version\\s*=\\s*(['\"])[^'\"]{0,10}\\1\\s+encoding\\s*=\\s*(['\"])([^'\"]{0,60})\\2");

    private static final String DECLARED = "the encoding the XML declaration names";
    private static final String BY_BOM = "the encoding its byte order mark gives";
    private static final String BY_DEFAULT = "the encoding XML assumes when none is declared";

    /** Reads the encoding from the first bytes of the document ({@link #HEAD_BYTES} or fewer). */
    static DeclaredEncoding of(byte[] head) {
        int b0 = at(head, 0);
        int b1 = at(head, 1);
        int b2 = at(head, 2);
        int b3 = at(head, 3);
        boolean utf32 = b0 == 0 && b1 == 0 || b2 == 0 && b3 == 0 && (b0 == 0xFF && b1 == 0xFE || b0 == 0x3C && b1 == 0);
        if (utf32) {
            throw notAccepted("UTF-32");
        }
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            return resolve(head, UTF_8, 3);
        }
        if (b0 == 0xFE && b1 == 0xFF || b0 == 0x00 && b1 == 0x3C && b2 == 0x00 && b3 == 0x3F) {
            return resolve(head, UTF_16BE, b0 == 0xFE ? 2 : 0);
        }
        if (b0 == 0xFF && b1 == 0xFE || b0 == 0x3C && b1 == 0x00 && b2 == 0x3F && b3 == 0x00) {
            return resolve(head, UTF_16LE, b0 == 0xFF ? 2 : 0);
        }
        if (b0 == 0x4C && b1 == 0x6F && b2 == 0xA7 && b3 == 0x94) {
            throw notAccepted("EBCDIC");
        }
        return resolve(head, null, 0);
    }

    /** {@code family} is what the first bytes show (null: one byte per ASCII character, as UTF-8). */
    private static DeclaredEncoding resolve(byte[] head, Charset family, int bomBytes) {
        String declared = declaredName(head, family == null ? ISO_8859_1 : family, bomBytes);
        if (declared == null) {
            return new DeclaredEncoding(family == null ? UTF_8 : family, bomBytes,
                    bomBytes > 0 ? BY_BOM : BY_DEFAULT);
        }
        Charset named = lookUp(declared);
        boolean namesUtf16 = named.equals(UTF_16) || named.equals(UTF_16BE) || named.equals(UTF_16LE);
        if (family == null && namesUtf16) {
            throw mismatch("the XML declaration names " + declared + " but the document is written one byte per"
                    + " character, as UTF-8 is; declare encoding=\"UTF-8\" or save the file as UTF-16");
        }
        if (family != null && !family.equals(UTF_8)) {
            if (!namesUtf16 || !named.equals(UTF_16) && !named.equals(family)) {
                throw mismatch("the XML declaration names " + declared + " but the document's first bytes are "
                        + family.name() + "; make the declaration and the bytes agree");
            }
            return new DeclaredEncoding(family, bomBytes, DECLARED);
        }
        if (family != null && !named.equals(UTF_8)) {
            throw mismatch("the XML declaration names " + declared + " but the byte order mark says UTF-8;"
                    + " make the declaration and the bytes agree");
        }
        if (!ACCEPTED.contains(named)) {
            throw notAccepted(declared);
        }
        return new DeclaredEncoding(named, bomBytes, DECLARED);
    }

    private static String declaredName(byte[] head, Charset family, int bomBytes) {
        String start = new String(head, bomBytes, Math.max(0, head.length - bomBytes), family);
        Matcher declaration = DECLARATION.matcher(start);
        return declaration.find() ? declaration.group(3).strip() : null;
    }

    private static Charset lookUp(String name) {
        try {
            if (Charset.isSupported(name)) {
                return Charset.forName(name);
            }
        } catch (IllegalCharsetNameException badName) {
            throw notAccepted(name);
        }
        throw notAccepted(name);
    }

    private static int at(byte[] head, int index) {
        return index < head.length ? head[index] & 0xFF : -1;
    }

    private static RequestRefused mismatch(String what) {
        return CamtRefusals.malformed(Position.START, null, what);
    }

    private static RequestRefused notAccepted(String name) {
        String others = ACCEPTED.stream().skip(1).map(Charset::name).collect(Collectors.joining(", "));
        return CamtRefusals.malformed(Position.START, null, "encoding '" + name + "' is not accepted; use UTF-8 (also"
                + " accepted: " + others + ")");
    }
}

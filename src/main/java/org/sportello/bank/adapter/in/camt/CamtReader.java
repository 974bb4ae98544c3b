package org.sportello.bank.adapter.in.camt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.sportello.shared.RequestRefused;

/**
 * Reads one camt.053 statement or camt.054 notification document into a {@link CamtMessage}, in
 * a single streaming pass with the JDK's StAX parser. Nothing outside the document is ever read:
 * DTDs, entities, XInclude and schema locations are refused, not resolved. Everything is bounded
 * by the limits below. A document is read whole or refused whole, as a {@link RequestRefused}
 * with code malformed-xml, unsafe-xml, unsupported-document or invalid-camt. Holds no state, so
 * one instance serves any number of threads.
 */
public final class CamtReader {

    /**
     * The deepest camt.053/054 path (party identification or structured remittance below
     * Ntry/NtryDtls/TxDtls) is about 16 elements; twice that leaves room for SplmtryData.
     */
    public static final int ELEMENT_DEPTH_MAX = 32;

    /**
     * Text per element, and per attribute value, in characters. The longest text type in these
     * schemas is Max2048Text (an electronic remittance address); twice that, and no more, so a
     * hostile megabyte of text is refused after one parser buffer.
     */
    public static final int TEXT_CHARS_MAX = 4_096;

    /**
     * Attributes plus namespace declarations on one element. Camt elements carry one attribute
     * (Ccy); Document carries a default namespace and perhaps xsi; eight is generous.
     */
    public static final int ATTRIBUTES_PER_ELEMENT_MAX = 8;

    /**
     * Entries (Ntry) in one document. A retail account books tens of entries a day; ten thousand
     * covers a busy business account's daily statement, and bounds the records held in memory.
     */
    public static final int ENTRIES_PER_DOCUMENT_MAX = 10_000;

    /** Reports (Stmt or Ntfctn) in one document: a bank batching many accounts' statements in one file. */
    public static final int REPORTS_PER_DOCUMENT_MAX = 1_000;

    /**
     * Bytes per document: the sample entries are about 1.3 KiB each, so the entry limit needs some
     * 13 MiB; 32 MiB leaves room for verbose banks and bounds the parser's work.
     */
    public static final long DOCUMENT_BYTES_MAX = 32L * 1024 * 1024;

    /** Violations listed in one refusal; the count of all of them is in the detail. */
    public static final int VIOLATIONS_MAX = 100;

    private static final Pattern PARSER_MESSAGE = Pattern.compile("(?s)^ParseError at \\[row,col]:\\[\\d+,\\d+]\\s*Message:\\s*(.*)$");
    private static final Pattern NAMESPACE_MESSAGE = Pattern.compile("^http://www\\.w3\\.org/TR/1999/REC-xml-names-19990114#(\\w+)\\?(.*)$");

    /**
     * @param xml        the document's bytes; the caller owns the stream and closes it
     * @param sourceName names the document in messages, such as a file name
     * @throws RequestRefused        when the document is malformed, unsafe, unsupported or invalid
     * @throws java.io.UncheckedIOException when the stream itself fails: that is not the document's fault
     */
    public CamtMessage read(InputStream xml, String sourceName) {
        Objects.requireNonNull(xml, "xml == null");
        Objects.requireNonNull(sourceName, "sourceName == null");
        DecodedInput input = DecodedInput.open(xml, DOCUMENT_BYTES_MAX);
        XMLStreamReader parser;
        try {
            parser = parserFactory().createXMLStreamReader(input);
        } catch (XMLStreamException broken) {
            throw refusal(broken, input, null, false);
        }
        CamtAssembler assembler = new CamtAssembler(sourceName);
        ElementWalker walker = new ElementWalker(parser, assembler);
        try {
            walker.walk();
        } catch (XMLStreamException broken) {
            throw refusal(broken, input, walker.current(), walker.rootClosed());
        }
        // The JDK's reader holds nothing but the stream, which is the caller's to close.
        return assembler.message();
    }

    /**
     * A new factory per document: factories are not specified to be thread-safe, and this one
     * is cheap next to the parse. The JDK's own implementation, not whatever the classpath
     * offers, so the hardening below is known to hold.
     */
    private static XMLInputFactory parserFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_VALIDATING, false);
        // Text arrives in chunks, so an over-long text is refused before the parser holds all of it.
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        // Belt and braces: even if something asked, no protocol may be used and nothing resolves.
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("Sportello resolves no external resources");
        });
        return factory;
    }

    private static RuntimeException refusal(XMLStreamException broken, DecodedInput input, Element open,
                                            boolean rootClosed) {
        Throwable cause = broken.getNestedException();
        if (cause instanceof DecodedInput.UndecodableBytes bad) {
            String charset = bad.encoding().charset().name();
            return CamtRefusals.malformed(bad.at(), open, "these bytes are not valid " + charset + ", "
                    + bad.encoding().provenance() + "; save the file as " + charset
                    + " or declare the encoding it is really in");
        }
        if (cause instanceof DecodedInput.DocumentTooLarge large) {
            return CamtRefusals.unsafe(large.at(), open, "the document is larger than " + large.bytesMax()
                    + " bytes, the limit; split it into several documents");
        }
        if (cause instanceof IOException unreadable) {
            return new UncheckedIOException("cannot read the camt document", unreadable);
        }
        Position at = position(broken, input);
        if (rootClosed) {
            return CamtRefusals.malformed(at, null, "there is more after the root element ends; a document has exactly"
                    + " one root element");
        }
        if (input.endReached()) {
            return CamtRefusals.malformed(at, open, open == null
                    ? "the document ends before its root element"
                    : "the document ends inside <" + open.name() + "> (line " + open.line() + "): it was cut short");
        }
        return CamtRefusals.malformed(at, open, parserMessage(broken));
    }

    private static Position position(XMLStreamException broken, DecodedInput input) {
        Location location = broken.getLocation();
        return location == null || location.getLineNumber() < 1
                ? input.position() : new Position(location.getLineNumber(), location.getColumnNumber());
    }

    /** The JDK parser's own words, without its location prefix (the refusal has its own). */
    private static String parserMessage(XMLStreamException broken) {
        String message = Objects.requireNonNullElse(broken.getMessage(), "not well-formed");
        Matcher parsed = PARSER_MESSAGE.matcher(message);
        String text = parsed.matches() ? parsed.group(1).strip() : message.strip();
        // Namespace errors come out as a bare message key: say it in words.
        Matcher namespace = NAMESPACE_MESSAGE.matcher(text);
        return namespace.matches()
                ? "XML namespace error " + namespace.group(1) + " (" + namespace.group(2).replace('&', ' ') + ")"
                : text;
    }
}

package org.sportello.bank.adapter.in.camt;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * The document's bytes as characters in its declared encoding, for the parser. Refuses a byte
 * that is not valid in that encoding at the line and column it sits on, stops at
 * {@link CamtReader#DOCUMENT_BYTES_MAX}, and knows whether the parser has seen the end, which is
 * how a document that was cut short is told from one that is broken in the middle.
 */
final class DecodedInput extends Reader {

    private static final int BUFFER_BYTES = 8_192;
    private static final int BUFFER_CHARS = 8_192;

    private final InputStream bytes;
    private final DeclaredEncoding encoding;
    private final CharsetDecoder decoder;
    private final long bytesMax;
    private final ByteBuffer undecoded = ByteBuffer.allocate(BUFFER_BYTES).flip();
    private final CharBuffer decoded = CharBuffer.allocate(BUFFER_CHARS).flip();
    private long bytesRead;
    private boolean bytesEnded;
    private boolean endDelivered;
    private UndecodableBytes undecodable;
    private int line = 1;
    private int column = 1;
    private boolean afterCarriageReturn;

    private DecodedInput(InputStream bytes, DeclaredEncoding encoding, long bytesMax) {
        this.bytes = bytes;
        this.encoding = encoding;
        this.decoder = encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.bytesMax = bytesMax;
    }

    /** Looks at the first bytes for the encoding; refuses one that is not accepted or contradicts itself. */
    static DecodedInput open(InputStream source, long bytesMax) {
        try {
            PushbackInputStream stream = new PushbackInputStream(source, DeclaredEncoding.HEAD_BYTES);
            byte[] head = stream.readNBytes(DeclaredEncoding.HEAD_BYTES);
            DeclaredEncoding encoding = DeclaredEncoding.of(head);
            stream.unread(head, encoding.bomBytes(), head.length - encoding.bomBytes());
            DecodedInput input = new DecodedInput(stream, encoding, bytesMax);
            input.bytesRead = encoding.bomBytes();
            return input;
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the camt document", unreadable);
        }
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (endDelivered) {
            return -1;
        }
        if (length == 0) {
            return 0;
        }
        if (!decoded.hasRemaining() && !decodeMore()) {
            endDelivered = true;
            return -1;
        }
        int count = Math.min(length, decoded.remaining());
        decoded.get(target, offset, count);
        for (int i = offset; i < offset + count; i++) {
            advance(target[i]);
        }
        return count;
    }

    /** The caller owns the byte stream and closes it; the parser's close must not. */
    @Override
    public void close() {
        // nothing of our own to release
    }

    /** True once the parser has been told there is nothing more. */
    boolean endReached() {
        return endDelivered;
    }

    /** Where the next character handed to the parser sits. */
    Position position() {
        return new Position(line, column);
    }

    /**
     * Decodes the next chunk; false at the end. A bad byte is reported only once the parser has
     * taken every character before it, so the refusal can name the element the byte sits in.
     */
    private boolean decodeMore() throws IOException {
        if (undecodable != null) {
            throw undecodable;
        }
        decoded.clear();
        try {
            while (decoded.position() == 0) {
                CoderResult result = decoder.decode(undecoded, decoded, bytesEnded);
                if (result.isError()) {
                    undecodable = new UndecodableBytes(positionAfterDecoded(), encoding);
                    if (decoded.position() == 0) {
                        throw undecodable;
                    }
                    break;
                }
                if (result.isOverflow()) {
                    break;
                }
                if (bytesEnded) {
                    decoder.flush(decoded);
                    break;
                }
                fill();
            }
        } finally {
            decoded.flip();
        }
        return decoded.hasRemaining();
    }

    private void fill() throws IOException {
        undecoded.compact();
        int count = bytes.read(undecoded.array(), undecoded.position(), undecoded.remaining());
        if (count < 0) {
            bytesEnded = true;
        } else {
            undecoded.position(undecoded.position() + count);
            bytesRead += count;
        }
        undecoded.flip();
        if (bytesRead > bytesMax) {
            throw new DocumentTooLarge(position(), bytesMax);
        }
    }

    /** The position of the first character not yet decoded: where a bad byte sits. */
    private Position positionAfterDecoded() {
        int savedLine = line;
        int savedColumn = column;
        boolean savedCarriageReturn = afterCarriageReturn;
        for (int i = 0; i < decoded.position(); i++) {
            advance(decoded.get(i));
        }
        Position at = position();
        line = savedLine;
        column = savedColumn;
        afterCarriageReturn = savedCarriageReturn;
        return at;
    }

    // XML counts CR LF, CR and LF each as one line end.
    private void advance(char c) {
        if (c == '\n' && afterCarriageReturn) {
            afterCarriageReturn = false;
            return;
        }
        afterCarriageReturn = c == '\r';
        if (c == '\n' || c == '\r') {
            line++;
            column = 1;
        } else {
            column++;
        }
    }

    /** Bytes that the declared encoding cannot decode. */
    static final class UndecodableBytes extends IOException {

        private final Position at;
        private final DeclaredEncoding encoding;

        UndecodableBytes(Position at, DeclaredEncoding encoding) {
            super("bytes not valid in " + encoding.charset().name() + " at line " + at.line());
            this.at = at;
            this.encoding = encoding;
        }

        Position at() {
            return at;
        }

        DeclaredEncoding encoding() {
            return encoding;
        }
    }

    /** More bytes than {@link CamtReader#DOCUMENT_BYTES_MAX}. */
    static final class DocumentTooLarge extends IOException {

        private final Position at;
        private final long bytesMax;

        DocumentTooLarge(Position at, long bytesMax) {
            super("document larger than " + bytesMax + " bytes");
            this.at = at;
            this.bytesMax = bytesMax;
        }

        Position at() {
            return at;
        }

        long bytesMax() {
            return bytesMax;
        }
    }
}

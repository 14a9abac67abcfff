package org.corridor.observatory.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;

/**
 * Reads text from bytes with a strict decoder, handing on every character decoded before
 * a byte not of the encoding, and throwing only on the next read: so the reader of the
 * text knows the row the bad byte is in. {@link java.io.InputStreamReader} throws as soon
 * as its decoder finds one and loses the characters decoded with it in the same read.
 */
final class StrictReader extends Reader {

	private final InputStream in;

	private final CharsetDecoder decoder;

	private final ByteBuffer bytes;

	private boolean ended;

	private boolean flushed;

	/** A decoding error found after characters that were handed on first. */
	private CoderResult error;

	StrictReader(InputStream in, CharsetDecoder decoder, int buffer) {
		this.in = in;
		this.decoder = decoder;
		this.bytes = ByteBuffer.allocate(buffer);
		this.bytes.flip();
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		if (this.error != null) {
			this.error.throwException();
		}
		if (this.flushed) {
			return -1;
		}
		if (length == 0) {
			return 0;
		}
		CharBuffer out = CharBuffer.wrap(buffer, offset, length);
		while (out.position() == offset) {
			CoderResult result = this.decoder.decode(this.bytes, out, this.ended);
			if (result.isError()) {
				if (out.position() > offset) {
					this.error = result;
					break;
				}
				result.throwException();
			}
			if (result.isOverflow()) {
				break;
			}
			if (this.ended) {
				// UTF-8 and GB18030 keep no state to flush
				this.flushed = true;
				this.decoder.flush(out);
				break;
			}
			fill();
		}
		int read = out.position() - offset;
		return (read == 0 && this.flushed) ? -1 : read;
	}

	private void fill() throws IOException {
		this.bytes.compact();
		int read = this.in.read(this.bytes.array(), this.bytes.position(), this.bytes.remaining());
		if (read < 0) {
			this.ended = true;
		}
		else {
			this.bytes.position(this.bytes.position() + read);
		}
		this.bytes.flip();
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

}

package org.corridor.observatory.registry.enterprise;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Rows in PostgreSQL's binary {@code COPY} format, written to the driver's copy stream:
 * numbers, dates and times go as the server stores them, so it parses no text and the
 * import formats none. Copying a million yearly figures cost the server about 40 % less
 * this way than as text (bench/README.md). The format: a signature and two zero words;
 * per row the number of fields, then each field's length (-1 for null) and bytes, big end
 * first; a -1 to end (PostgreSQL's documentation, "COPY", "Binary Format"). The bytes are
 * gathered in a buffer of its own: {@link java.io.DataOutputStream} over a
 * {@link java.io.BufferedOutputStream} takes a lock for every byte of a number.
 */
final class BinaryCopy {

	private static final byte[] SIGNATURE = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0 };

	private static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);

	private static final LocalDateTime EPOCH_TIME = EPOCH.atStartOfDay();

	private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);

	private static final long[] POWERS = { 1, 10, 100, 1000 };

	private final OutputStream out;

	private final byte[] buffer;

	private int at;

	private int rows;

	BinaryCopy(OutputStream copy, int buffer) throws IOException {
		this(copy, buffer, true);
	}

	private BinaryCopy(OutputStream copy, int buffer, boolean header) throws IOException {
		this.out = copy;
		this.buffer = new byte[Math.max(buffer, 64)];
		if (header) {
			raw(SIGNATURE);
			putInt(0);
			putInt(0);
		}
	}

	/** Fields encoded once, to be put into many rows with {@link #fields}. */
	static byte[] encoded(Fields fields) {
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			BinaryCopy copy = new BinaryCopy(bytes, 256, false);
			fields.write(copy);
			copy.flush();
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Fields {@link #encoded} before. */
	BinaryCopy fields(byte[] encoded) throws IOException {
		raw(encoded);
		return this;
	}

	/** Writes fields. */
	@FunctionalInterface
	interface Fields {

		void write(BinaryCopy out) throws IOException;

	}

	/** Starts a row of {@code fields} fields. */
	BinaryCopy row(int fields) throws IOException {
		putShort(fields);
		this.rows++;
		return this;
	}

	int rows() {
		return this.rows;
	}

	BinaryCopy text(String value) throws IOException {
		return (value != null) ? bytes(value.getBytes(StandardCharsets.UTF_8)) : nul();
	}

	/** A field's bytes as they are: a text encoded once for many rows. */
	BinaryCopy bytes(byte[] value) throws IOException {
		putInt(value.length);
		raw(value);
		return this;
	}

	BinaryCopy int4(Integer value) throws IOException {
		if (value == null) {
			return nul();
		}
		putInt(4);
		putInt(value);
		return this;
	}

	BinaryCopy float8(Double value) throws IOException {
		if (value == null) {
			return nul();
		}
		putInt(8);
		putLong(Double.doubleToRawLongBits(value));
		return this;
	}

	BinaryCopy bool(boolean value) throws IOException {
		putInt(1);
		room(1);
		this.buffer[this.at++] = (byte) (value ? 1 : 0);
		return this;
	}

	BinaryCopy date(LocalDate value) throws IOException {
		if (value == null) {
			return nul();
		}
		putInt(4);
		putInt((int) ChronoUnit.DAYS.between(EPOCH, value));
		return this;
	}

	/** A {@code timestamp} (without time zone): microseconds since 2000-01-01 00:00. */
	BinaryCopy timestamp(LocalDateTime value) throws IOException {
		putInt(8);
		putLong(ChronoUnit.MICROS.between(EPOCH_TIME, value));
		return this;
	}

	/**
	 * A {@code numeric}: the digits in base 10 000, most significant first, with the
	 * weight of the first (its power of 10 000), the sign and the decimal places shown.
	 */
	BinaryCopy numeric(BigDecimal value) throws IOException {
		if (value == null) {
			return nul();
		}
		BigDecimal magnitude = value.abs();
		if (magnitude.scale() < 0) {
			magnitude = magnitude.setScale(0);
		}
		int scale = magnitude.scale();
		// whole groups of four decimal places after the point
		int pad = (4 - scale % 4) % 4;
		int fraction = (scale + pad) / 4;
		BigInteger unscaled = magnitude.unscaledValue();
		short[] groups = new short[unscaled.bitLength() / 13 + 3];
		int count = 0;
		if (unscaled.bitLength() < 53) {
			for (long rest = unscaled.longValue() * POWERS[pad]; rest > 0; rest /= 10_000) {
				groups[count++] = (short) (rest % 10_000);
			}
		}
		else {
			for (BigInteger rest = unscaled.multiply(BigInteger.TEN.pow(pad)); rest.signum() > 0;) {
				BigInteger[] split = rest.divideAndRemainder(TEN_THOUSAND);
				groups[count++] = split[1].shortValue();
				rest = split[0];
			}
		}
		// trailing zero groups say nothing the scale does not
		int lowest = 0;
		while (lowest < count && groups[lowest] == 0) {
			lowest++;
		}
		int shown = count - lowest;
		putInt(8 + 2 * shown);
		putShort(shown);
		putShort((shown == 0) ? 0 : count - fraction - 1);
		putShort((value.signum() < 0) ? 0x4000 : 0);
		putShort(scale);
		for (int i = count - 1; i >= lowest; i--) {
			putShort(groups[i]);
		}
		return this;
	}

	BinaryCopy nul() throws IOException {
		putInt(-1);
		return this;
	}

	/** Writes the end of the rows and ends the copy. */
	void end() throws IOException {
		putShort(-1);
		flush();
		this.out.close();
	}

	private void putShort(int value) throws IOException {
		room(2);
		this.buffer[this.at++] = (byte) (value >>> 8);
		this.buffer[this.at++] = (byte) value;
	}

	private void putInt(int value) throws IOException {
		room(4);
		this.buffer[this.at++] = (byte) (value >>> 24);
		this.buffer[this.at++] = (byte) (value >>> 16);
		this.buffer[this.at++] = (byte) (value >>> 8);
		this.buffer[this.at++] = (byte) value;
	}

	private void putLong(long value) throws IOException {
		putInt((int) (value >>> 32));
		putInt((int) value);
	}

	private void raw(byte[] bytes) throws IOException {
		if (bytes.length > this.buffer.length) {
			flush();
			this.out.write(bytes);
			return;
		}
		room(bytes.length);
		System.arraycopy(bytes, 0, this.buffer, this.at, bytes.length);
		this.at += bytes.length;
	}

	private void room(int bytes) throws IOException {
		if (this.at + bytes > this.buffer.length) {
			flush();
		}
	}

	private void flush() throws IOException {
		this.out.write(this.buffer, 0, this.at);
		this.at = 0;
	}

}

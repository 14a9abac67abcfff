package org.corridor.observatory.tabular;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns the bytes of a CSV file into text. Excel in China saves CSV in GBK unless told
 * otherwise, so the encoding is found by trying strict UTF-8 first: GBK text almost never
 * happens to be valid UTF-8, while the reverse is common. A file on disk is decoded as a
 * stream: {@link #detect} tells the encoding from the file's first megabyte when that
 * holds text beyond ASCII (else from the whole file), {@link #open} then reads it as
 * text, a buffer at a time, so neither holds more than a buffer of it. A byte further on
 * that is not of the encoding the start told ends the reading with a
 * {@link CharacterCodingException}, which {@link CsvParser} reports at its row: a file
 * must be in one encoding. Telling it from the whole file first cost a tenth of a
 * million-row import (bench/README.md).
 */
public final class TextDecoder {

	public static final String UTF_8 = "UTF-8";

	public static final String GB18030 = "GB18030";

	private static final int BUFFER = 1 << 16;

	/** How much of a file's start tells its encoding, when it holds text beyond ASCII. */
	private static final int START = 1 << 20;

	private TextDecoder() {
	}

	/**
	 * The decoded text, or null when the bytes are text in neither encoding.
	 * @param bytes the file content
	 */
	public static Decoded decode(byte[] bytes) {
		int start = hasUtf8Bom(bytes) ? 3 : 0;
		ByteBuffer content = ByteBuffer.wrap(bytes, start, bytes.length - start);
		String text = strictly(StandardCharsets.UTF_8, content.duplicate());
		String encoding = UTF_8;
		if (text == null) {
			// GB18030 is a superset of GBK and GB2312, so one attempt covers all three.
			text = strictly(Charset.forName(GB18030), content.duplicate());
			encoding = GB18030;
		}
		if (text == null || hasControlCharacters(text)) {
			return null;
		}
		return new Decoded(text, encoding);
	}

	/**
	 * The encoding of the text file, {@link #UTF_8} or {@link #GB18030}, by the same
	 * rules as {@link #decode(byte[])}, from its first megabyte when that holds a byte
	 * beyond ASCII, else in a first pass over the whole file that keeps only a buffer of
	 * it; null when it is text in neither encoding.
	 */
	public static String detect(Path file) throws IOException {
		byte[] start;
		try (InputStream in = Files.newInputStream(file)) {
			start = in.readNBytes(START);
		}
		boolean whole = start.length < START || Files.size(file) == start.length;
		if (whole || !ascii(start)) {
			int from = hasUtf8Bom(start) ? 3 : 0;
			Boolean utf8 = clean(start, from, whole, StandardCharsets.UTF_8);
			if (utf8 != null) {
				return utf8 ? UTF_8 : null;
			}
			return Boolean.TRUE.equals(clean(start, from, whole, Charset.forName(GB18030))) ? GB18030 : null;
		}
		Boolean utf8 = clean(file, StandardCharsets.UTF_8);
		if (utf8 != null) {
			// Valid UTF-8 with control characters is binary, not GBK.
			return utf8 ? UTF_8 : null;
		}
		Boolean gb = clean(file, Charset.forName(GB18030));
		return Boolean.TRUE.equals(gb) ? GB18030 : null;
	}

	/**
	 * The file's text in {@code encoding} (as {@link #detect} found it), a byte-order
	 * mark left out; a byte that is not of the encoding ends the reading with a
	 * {@link CharacterCodingException}.
	 */
	public static Reader open(Path file, String encoding) throws IOException {
		InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER);
		try {
			in.mark(3);
			byte[] start = in.readNBytes(3);
			if (!hasUtf8Bom(start)) {
				in.reset();
			}
			return new StrictReader(in, strict(Charset.forName(encoding)), BUFFER);
		}
		catch (IOException | RuntimeException ex) {
			in.close();
			throw ex;
		}
	}

	/**
	 * Whether the file decodes in {@code charset} without control characters: null when
	 * it does not decode at all.
	 */
	private static Boolean clean(Path file, Charset charset) throws IOException {
		try (Reader in = open(file, charset.name())) {
			char[] buffer = new char[BUFFER];
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				for (int i = 0; i < read; i++) {
					if (isControl(buffer[i])) {
						return false;
					}
				}
			}
			return true;
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	/**
	 * Whether the bytes from {@code from} decode in {@code charset} without control
	 * characters: null when they do not decode at all. Unless they are the {@code whole}
	 * file, they may end inside a character.
	 */
	private static Boolean clean(byte[] bytes, int from, boolean whole, Charset charset) {
		CharsetDecoder decoder = strict(charset);
		ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
		CharBuffer out = CharBuffer.allocate(BUFFER);
		while (true) {
			CoderResult result = decoder.decode(in, out, whole);
			if (result.isError()) {
				return null;
			}
			out.flip();
			while (out.hasRemaining()) {
				if (isControl(out.get())) {
					return false;
				}
			}
			out.clear();
			if (result.isUnderflow()) {
				return true;
			}
		}
	}

	private static boolean ascii(byte[] bytes) {
		for (byte b : bytes) {
			if (b < 0) {
				return false;
			}
		}
		return true;
	}

	private static CharsetDecoder strict(Charset charset) {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	private static boolean hasUtf8Bom(byte[] bytes) {
		return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
	}

	private static String strictly(Charset charset, ByteBuffer bytes) {
		try {
			return strict(charset).decode(bytes).toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	/**
	 * Whether the text holds control characters no spreadsheet writes into a CSV. Binary
	 * files (a renamed XLSX, a UTF-16 export, an image) can decode without error yet are
	 * full of them.
	 */
	private static boolean hasControlCharacters(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (isControl(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	static boolean isControl(char c) {
		return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
	}

	/**
	 * Text and the encoding it was read with.
	 *
	 * @param text the decoded text, without byte-order mark
	 * @param encoding {@link #UTF_8} or {@link #GB18030}
	 */
	public record Decoded(String text, String encoding) {
	}

}

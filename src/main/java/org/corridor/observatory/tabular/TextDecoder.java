package org.corridor.observatory.tabular;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a CSV file into text. Excel in China saves CSV in GBK unless told
 * otherwise, so the encoding is found by trying strict UTF-8 first: GBK text almost never
 * happens to be valid UTF-8, while the reverse is common.
 */
public final class TextDecoder {

	public static final String UTF_8 = "UTF-8";

	public static final String GB18030 = "GB18030";

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

	private static boolean hasUtf8Bom(byte[] bytes) {
		return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
	}

	private static String strictly(Charset charset, ByteBuffer bytes) {
		try {
			return charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(bytes)
				.toString();
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
			char c = text.charAt(i);
			if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
				return true;
			}
		}
		return false;
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

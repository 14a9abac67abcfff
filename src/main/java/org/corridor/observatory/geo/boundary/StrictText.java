package org.corridor.observatory.geo.boundary;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decoding that fails rather than guesses. Chinese GIS files are UTF-8 or GBK, and GBK
 * text almost never happens to be valid UTF-8, so strict UTF-8 first and GB18030 (a
 * superset of GBK and GB2312) second tells them apart.
 */
final class StrictText {

	static final Charset GB18030 = Charset.forName("GB18030");

	private StrictText() {
	}

	/** The text in {@code charset}, or null when the bytes are not valid in it. */
	static String decode(byte[] bytes, int offset, int length, Charset charset) {
		try {
			return charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, offset, length))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	/** UTF-8 (without its byte-order mark) if valid, else GB18030, else null. */
	static String utf8OrGbk(byte[] bytes) {
		int start = hasUtf8Bom(bytes) ? 3 : 0;
		String text = decode(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
		return (text != null) ? text : decode(bytes, start, bytes.length - start, GB18030);
	}

	static boolean hasUtf8Bom(byte[] bytes) {
		return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
	}

}

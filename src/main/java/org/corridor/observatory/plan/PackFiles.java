package org.corridor.observatory.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;

/** Where the files of a pack are read from: a folder, or a location on the class path. */
public interface PackFiles {

	/** A readable name of the pack's location, for messages. */
	String location();

	/** The raw bytes of a file of the pack, or empty if it has no such file. */
	Optional<byte[]> read(String name);

	static PackFiles folder(Path folder) {
		return new PackFiles() {
			@Override
			public String location() {
				return folder.toString();
			}

			@Override
			public Optional<byte[]> read(String name) {
				Path file = folder.resolve(name);
				if (!Files.isRegularFile(file)) {
					return Optional.empty();
				}
				try {
					return Optional.of(Files.readAllBytes(file));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		};
	}

	static PackFiles classpath(String prefix) {
		return new PackFiles() {
			@Override
			public String location() {
				return "classpath:" + prefix;
			}

			@Override
			public Optional<byte[]> read(String name) {
				ClassPathResource resource = new ClassPathResource(prefix + "/" + name);
				if (!resource.exists()) {
					return Optional.empty();
				}
				try (InputStream in = resource.getInputStream()) {
					return Optional.of(in.readAllBytes());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		};
	}

	/**
	 * Decodes strict UTF-8, so a file saved in another encoding is reported, not garbled.
	 */
	static String utf8(byte[] bytes) throws CharacterCodingException {
		String text = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(java.nio.ByteBuffer.wrap(bytes))
			.toString();
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

}

package org.corridor.observatory.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The Chinese and English message bundles name the same keys, none of them empty. */
class MessagesSyncTest {

	@Test
	void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
		Properties zh = load("messages.properties");
		Properties en = load("messages_en.properties");

		assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(zh.stringPropertyNames());
		assertThat(zh.values()).allSatisfy((value) -> assertThat(value.toString()).isNotBlank());
		assertThat(en.values()).allSatisfy((value) -> assertThat(value.toString()).isNotBlank());
		assertThat(zh.getProperty("status.LAGGING")).isEqualTo("滞后");
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = new ClassPathResource(name).getInputStream()) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}

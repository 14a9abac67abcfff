package org.corridor.observatory.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A page as it prints: the browser switched to print media (Chrome DevTools Protocol
 * {@code Emulation.setEmulatedMedia}) so that the print style sheet applies to what the
 * test reads, and the page printed to an A4 PDF ({@code Page.printToPDF}) kept beside the
 * screenshots in {@code target/screenshots/}.
 */
public final class Printed {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private Printed() {
	}

	/**
	 * Applies the print style sheet to the page shown, laid out as wide as an A4 sheet
	 * within its margins (186 mm, 703 CSS pixels), until {@link #screen}.
	 */
	public static void media(ChromeDriver browser) {
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 703, "height", 1000, "deviceScaleFactor", 1, "mobile", false));
		browser.executeScript("window.dispatchEvent(new Event('beforeprint'))");
		browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
	}

	/** Back to the screen's style sheet. */
	public static void screen(ChromeDriver browser) {
		browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		browser.executeScript("window.dispatchEvent(new Event('afterprint'))");
	}

	/** Whether an element of the page is laid out (its display is not none). */
	public static boolean shown(ChromeDriver browser, String selector) {
		return (Boolean) browser.executeScript("const e = document.querySelector(arguments[0]);"
				+ "return e !== null && getComputedStyle(e).display !== 'none' && e.getClientRects().length > 0;",
				selector);
	}

	/** Prints the page to an A4 PDF, with backgrounds, saved as {@code name}. */
	public static Path pdf(ChromeDriver browser, String name) throws IOException {
		Map<String, Object> result = browser.executeCdpCommand("Page.printToPDF",
				Map.of("printBackground", true, "paperWidth", 8.27, "paperHeight", 11.69, "preferCSSPageSize", true));
		Files.createDirectories(SCREENSHOTS);
		Path file = SCREENSHOTS.resolve(name);
		Files.write(file, Base64.getDecoder().decode((String) result.get("data")));
		return file;
	}

}

package org.corridor.observatory.security.web;

import java.io.IOException;
import java.lang.reflect.Array;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real OpenID Connect server for tests: mock-oauth2-server, started in the test's JVM
 * on a random port. It is built on a newer Nimbus OAuth SDK than the one Spring Security
 * ships with (and the application with it), so it runs in a class loader of its own that
 * takes the server and the Nimbus libraries from {@code target/mock-idp} (copied there by
 * Maven, see the pom) before the test class path: the application is tested on the
 * libraries it ships with. Called by reflection for that reason.
 */
final class MockIdentityProvider implements AutoCloseable {

	private static final Path LIBRARIES = Path.of("target", "mock-idp");

	private static final String PACKAGE = "no.nav.security.mock.oauth2.";

	private final URLClassLoader loader;

	private final Object server;

	private MockIdentityProvider(URLClassLoader loader, Object server) {
		this.loader = loader;
		this.server = server;
	}

	static MockIdentityProvider start() {
		assertThat(LIBRARIES).as("copied by Maven's generate-test-resources phase").isDirectory();
		URLClassLoader loader = new OwnFirst(jars());
		ClassLoader context = Thread.currentThread().getContextClassLoader();
		Thread.currentThread().setContextClassLoader(loader);
		try {
			Class<?> route = loader.loadClass(PACKAGE + "http.Route");
			Object server = loader.loadClass(PACKAGE + "MockOAuth2Server")
				.getConstructor(route.arrayType())
				.newInstance(Array.newInstance(route, 0));
			server.getClass().getMethod("start").invoke(server);
			return new MockIdentityProvider(loader, server);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("mock-oauth2-server did not start", ex);
		}
		finally {
			Thread.currentThread().setContextClassLoader(context);
		}
	}

	/** The issuer URI of one issuer: every path is an issuer of its own. */
	String issuerUri(String issuer) {
		return call("issuerUrl", issuer).toString();
	}

	String authorizationEndpoint(String issuer) {
		return call("authorizationEndpointUrl", issuer).toString();
	}

	/** The subject and claims of the next token the issuer issues. */
	void enqueue(String issuer, String subject, Map<String, Object> claims) {
		try {
			Class<?> callback = this.loader.loadClass(PACKAGE + "token.OAuth2TokenCallback");
			Object next = this.loader.loadClass(PACKAGE + "token.DefaultOAuth2TokenCallback")
				.getConstructor(String.class, String.class, String.class, List.class, Map.class, long.class)
				.newInstance(issuer, subject, "JWT", null, claims, 3600L);
			this.server.getClass().getMethod("enqueueCallback", callback).invoke(this.server, next);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() throws IOException {
		call("shutdown");
		this.loader.close();
	}

	private Object call(String method, String... arguments) {
		try {
			Class<?>[] types = Stream.of(arguments).map((argument) -> String.class).toArray(Class<?>[]::new);
			return this.server.getClass().getMethod(method, types).invoke(this.server, (Object[]) arguments);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static URL[] jars() {
		try (Stream<Path> files = Files.list(LIBRARIES)) {
			return files.filter((file) -> file.toString().endsWith(".jar")).map((file) -> {
				try {
					return file.toUri().toURL();
				}
				catch (MalformedURLException ex) {
					throw new IllegalStateException(ex);
				}
			}).toArray(URL[]::new);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Loads the server's and Nimbus's classes from its own jars first, everything else
	 * (Kotlin, OkHttp, Jackson …) from the test class path.
	 */
	private static final class OwnFirst extends URLClassLoader {

		OwnFirst(URL[] jars) {
			super("mock-idp", jars, MockIdentityProvider.class.getClassLoader());
		}

		@Override
		protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
			if (!name.startsWith("com.nimbusds.") && !name.startsWith("no.nav.security.mock.")) {
				return super.loadClass(name, resolve);
			}
			synchronized (getClassLoadingLock(name)) {
				Class<?> loaded = findLoadedClass(name);
				if (loaded == null) {
					try {
						loaded = findClass(name);
					}
					catch (ClassNotFoundException ex) {
						loaded = getParent().loadClass(name);
					}
				}
				if (resolve) {
					resolveClass(loaded);
				}
				return loaded;
			}
		}

	}

}

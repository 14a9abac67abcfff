package org.corridor.observatory.plan;

/**
 * One problem found in a plan pack, located by file and YAML path.
 *
 * @param file the file inside the pack
 * @param path the path inside the file, such as {@code indicators[2].targets[0].year}
 * @param zh the reason in Chinese
 * @param en the reason in English
 */
public record PackProblem(String file, String path, String zh, String en) {

	@Override
	public String toString() {
		return this.file + " : " + this.path + " : " + this.zh + " / " + this.en;
	}

}

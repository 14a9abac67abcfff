package org.corridor.observatory.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.corridor.observatory.registry.Uscc;

/**
 * A seeded enterprise CSV for the import benchmark: firms of two rows each (two years),
 * valid credit codes, real GB/T 4754 classes, the plan's chain, segment and tier codes,
 * GCJ-02 positions in the corridor for four firms in five, figures on every row. The same
 * seed and size always give the same file. {@link #writeXlsx} turns it into the workbook
 * someone would get by typing the same rows into Excel.
 */
public final class EnterpriseFileGenerator {

	static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final String[][] CHAINS = { { "AI_CHAIN", "AI_INTELLIGENT_COMPUTING" },
			{ "AI_CHAIN", "AI_SMART_TERMINALS" }, { "IC_CHAIN", "IC_CHIP_DESIGN" },
			{ "IC_CHAIN", "IC_MANUFACTURING_TECH" }, { "CLOUD_BIG_DATA_CHAIN", "" },
			{ "DIGITAL_TRADE_CHAIN", "DT_DIGITAL_GAMES" }, { "MEDICAL_DEVICES_CHAIN", "" }, { "", "" } };

	private static final String[] TIERS = { "TECH_SME", "LITTLE_GIANT", "HIDDEN_CHAMPION", "LISTED_COMPANY" };

	private static final String[] WORDS = { "西溪", "未来", "智能", "云栖", "数字", "创新", "科技", "信息", "网络", "生物", "医疗", "微电子",
			"紫金", "良渚", "青山", "湖畔", "之江", "钱塘" };

	private EnterpriseFileGenerator() {
	}

	public static void write(Path file, int rows, long seed) throws IOException {
		Random random = new Random(seed);
		List<String> classes = industryClasses();
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("统一社会信用代码,企业名称,行业代码,产业链,环节,经度,纬度,坐标系,梯队,年度,营业收入,研发费用,从业人员,发明专利\n");
			for (int firm = 0; firm * 2 < rows; firm++) {
				String uscc = uscc(firm);
				String name = "杭州" + WORDS[random.nextInt(WORDS.length)] + WORDS[random.nextInt(WORDS.length)] + "有限公司"
						+ firm;
				String industry = classes.get(random.nextInt(classes.size()));
				String[] chain = CHAINS[random.nextInt(CHAINS.length)];
				boolean located = random.nextInt(5) > 0;
				String position = located ? String.format("%.6f,%.6f,gcj02", 119.95 + random.nextDouble() * 0.25,
						30.20 + random.nextDouble() * 0.15) : ",,";
				String tiers = (random.nextInt(10) < 3) ? TIERS[random.nextInt(TIERS.length)] + ":2019-05-01"
						+ ((random.nextBoolean()) ? "~2023-12-31;LITTLE_GIANT:2024-01-15" : "") : "";
				for (int year = 2023; year <= 2024 && firm * 2 + year - 2023 < rows; year++) {
					double revenue = random.nextInt(10_000_000) / 10.0;
					out.write(uscc + "," + name + "," + industry + "," + chain[0] + "," + chain[1] + ","
							+ ((year == 2023) ? position : ",,") + "," + ((year == 2023) ? tiers : "") + "," + year
							+ "," + revenue + "," + (random.nextInt(100_000) / 10.0) + "," + random.nextInt(5000) + ","
							+ random.nextInt(200) + "\n");
				}
			}
		}
	}

	/** Columns of the CSV that a person would type into Excel as numbers. */
	private static final Set<Integer> NUMERIC = Set.of(5, 6, 9, 10, 11, 12, 13);

	/**
	 * The CSV's rows as the first sheet of an XLSX workbook, written by POI's streaming
	 * writer: text cells in a shared strings table as Excel keeps them, positions, years
	 * and figures as number cells, empty cells left out. The CSV has no quoted field, so
	 * a line splits at its commas.
	 */
	static void writeXlsx(Path csv, Path xlsx) throws IOException {
		try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
				SXSSFWorkbook workbook = new SXSSFWorkbook(null, 1000, false, true);
				OutputStream out = Files.newOutputStream(xlsx)) {
			Sheet sheet = workbook.createSheet("企业");
			int r = 0;
			for (String line = in.readLine(); line != null; line = in.readLine(), r++) {
				String[] cells = line.split(",", -1);
				Row row = sheet.createRow(r);
				for (int c = 0; c < cells.length; c++) {
					if (cells[c].isEmpty()) {
						continue;
					}
					if (r > 0 && NUMERIC.contains(c)) {
						row.createCell(c).setCellValue(Double.parseDouble(cells[c]));
					}
					else {
						row.createCell(c).setCellValue(cells[c]);
					}
				}
			}
			workbook.write(out);
		}
	}

	/**
	 * The n-th valid code: authority 9, type 1, Hangzhou's Xihu district, n as the body.
	 */
	static String uscc(int n) {
		StringBuilder code = new StringBuilder("91330106");
		String body = Integer.toString(n, 31);
		StringBuilder digits = new StringBuilder();
		for (char c : body.toCharArray()) {
			digits.append(ALPHABET.charAt(Character.digit(c, 31)));
		}
		code.append("0".repeat(8 - digits.length())).append(digits);
		code.append(organisationCheck(code));
		return code.append(Uscc.checkCharacterOf(code)).toString();
	}

	/** GB 11714's check over characters 9–16, as {@link Uscc} verifies it. */
	static char organisationCheck(CharSequence code) {
		int[] weights = { 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < weights.length; i++) {
			char c = code.charAt(8 + i);
			sum += ((c <= '9') ? c - '0' : c - 'A' + 10) * weights[i];
		}
		int check = 11 - sum % 11;
		return (check == 10) ? 'X' : (char) ('0' + check % 11);
	}

	private static List<String> industryClasses() throws IOException {
		List<String> classes = new ArrayList<>();
		try (InputStream in = EnterpriseFileGenerator.class.getResourceAsStream("/registry/gbt4754-2017.csv")) {
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String[] fields = line.split(",", -1);
				if (fields.length > 2 && "class".equals(fields[2])) {
					classes.add(fields[0]);
				}
			}
		}
		return classes;
	}

}

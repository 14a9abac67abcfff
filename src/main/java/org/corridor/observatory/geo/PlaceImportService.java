package org.corridor.observatory.geo;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.tabular.ImportProblem;
import org.corridor.observatory.tabular.ImportRejectedException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports positions of firms: coordinates converted to WGS84, each point assigned to
 * every zone containing it, and the firms of the registry moved there
 * ({@link FirmPositions}), the whole file or none of it. A firm's position belongs to the
 * firm, so a code that is no firm of the registry rejects the file: the firm is imported
 * first (enterprise import), with or without a position. Platforms are located by the
 * platform registry's own import, which keeps their type and status with the position.
 */
@Service
public class PlaceImportService {

	static final Set<String> KINDS = Set.of("firm");

	private final PlanCatalog catalog;

	private final ZoneShapes shapes;

	private final FirmPositions firms;

	PlaceImportService(PlanCatalog catalog, ZoneShapes shapes, FirmPositions firms) {
		this.catalog = catalog;
		this.shapes = shapes;
		this.firms = firms;
	}

	/**
	 * @return the points as the registry now holds them: the registry's names, not the
	 * file's
	 * @throws ImportRejectedException with every problem of the file, unknown firms
	 * included; nothing is stored then
	 */
	@Transactional
	public List<Place> importPlaces(String planId, String kind, String fileName, byte[] content, Crs fileCrs) {
		if (!KINDS.contains(kind)) {
			throw new IllegalArgumentException("类型应为 firm；平台的位置随平台导入（/platforms）/ kind must be firm;"
					+ " platform locations come with the platform import (/platforms): " + kind);
		}
		this.catalog.getPlan(planId);
		List<PlaceRow> rows = PlaceFileReader.read(fileName, content, fileCrs, Map.of());
		Set<String> unknown = this.firms.findUnknown(planId, rows.stream().map(PlaceRow::code).toList());
		if (!unknown.isEmpty()) {
			throw new ImportRejectedException(rows.stream()
				.filter((row) -> unknown.contains(row.code()))
				.map((row) -> new ImportProblem(row.row(), "代码 / code", row.code(),
						"企业名录中没有这家企业：位置属于名录中的企业，请先导入企业（/enterprises）",
						"no firm of the registry has this code: a position belongs to a firm of the registry,"
								+ " import the firm first (/enterprises)"))
				.toList());
		}
		List<Place> places = rows.stream()
			.map((row) -> new Place(kind, row.code(), row.nameZh(), row.nameEn(), row.wgs84().lon(), row.wgs84().lat(),
					row.crs(), row.inputLon(), row.inputLat(),
					this.shapes.zonesAt(row.wgs84().lon(), row.wgs84().lat()), false, fileName))
			.toList();
		return this.firms.relocate(planId, places, fileName);
	}

}

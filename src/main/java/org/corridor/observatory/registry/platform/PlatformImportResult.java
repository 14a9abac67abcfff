package org.corridor.observatory.registry.platform;

/**
 * What an import did to the platform registry.
 *
 * @param platforms how many platforms the import held
 * @param added how many were new
 * @param changed how many replaced a stored record, which was kept as a revision
 * @param unchanged how many were already stored as given
 * @param demo whether the import was demo data
 */
public record PlatformImportResult(int platforms, int added, int changed, int unchanged, boolean demo) {
}

package org.corridor.observatory.plan;

/**
 * A category grouping indicators (指标类别).
 *
 * @param code the category code
 * @param name the name
 */
public record Category(String code, LocalizedText name) {
}

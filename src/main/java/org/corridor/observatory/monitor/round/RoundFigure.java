package org.corridor.observatory.monitor.round;

import java.math.BigDecimal;

/**
 * A figure of a zone in a round, as the reporter entered it.
 *
 * @param indicator the indicator
 * @param value the figure, or null while not filled in
 * @param note the reporter's note, or null
 */
public record RoundFigure(String indicator, BigDecimal value, String note) {
}

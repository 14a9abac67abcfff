package org.corridor.observatory.monitor;

/**
 * One line of the working behind an evaluation (计算过程): an input or a formula with its
 * numbers written in, so that a reader can check the result by hand.
 *
 * @param zh what the line is, in Chinese
 * @param en what the line is, in English
 * @param formula the formula with numbers substituted, or the rule that applied
 * @param value the value it comes to, or null when the line is a rule or a note
 */
public record Step(String zh, String en, String formula, Double value) {
}

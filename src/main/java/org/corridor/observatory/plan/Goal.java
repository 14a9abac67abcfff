package org.corridor.observatory.plan;

/**
 * A goal of the plan for one milestone year (发展目标).
 *
 * @param code the goal code
 * @param milestone the milestone year
 * @param name the goal as the plan states it
 * @param source the sentence it comes from
 */
public record Goal(String code, int milestone, LocalizedText name, String source) {
}

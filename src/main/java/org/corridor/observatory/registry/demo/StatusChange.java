package org.corridor.observatory.registry.demo;

import java.time.LocalDate;

/**
 * A step of a platform's life: planned, under construction, operating, accredited.
 *
 * @param status the status entered, as the plan pack writes it
 * @param date the day it was entered
 */
public record StatusChange(String status, LocalDate date) {
}

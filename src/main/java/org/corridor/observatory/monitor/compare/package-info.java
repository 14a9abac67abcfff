/**
 * Comparisons between zones of one level (区县比较): an indicator's figures for every
 * district (or every zone of another level) year by year, each year's rank among them and
 * the change on the year before; and a zone's rank among its peers for every indicator.
 * Ranks follow the indicator's direction: where the plan's target is an upper bound
 * ({@code <}, {@code ≤}: energy use, emissions) the lowest figure ranks first, otherwise
 * the highest. Equal figures share a rank (1, 2, 2, 4); a zone without a figure in a year
 * has no rank that year. Nothing is stored: comparisons are computed from the figures.
 */
package org.corridor.observatory.monitor.compare;

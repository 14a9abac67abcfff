/**
 * Industry chains (产业链): the plan's chains and segments measured on the enterprise
 * registry — firms, revenue, R&amp;D, employees, growth, share of the corridor, location
 * quotient against a reference region, concentration, chain leaders, single points of
 * failure and a 0–3 star rating per segment — with the gaps to close (补链强链), the outside
 * firms that would close them, and what a firm landing in a zone would change.
 */
package org.corridor.observatory.chain;
